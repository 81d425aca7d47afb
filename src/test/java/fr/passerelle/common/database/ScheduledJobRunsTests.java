package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Polling;
import fr.passerelle.testing.ScheduledJobs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of scheduled runs ({@code scheduled_job_run}) that tells an operator each job ran once across the
 * instances: a run that did the work writes one row, a run skipped for another instance's lock, or for a firing
 * another instance ran already, or rolled back, writes none.
 */
@PlatformTest
class ScheduledJobRunsTests {

    /** Not run under SingleRun: it only deletes old rows, and is moving elsewhere. */
    private static final String THROTTLE_PURGE = "fr.passerelle.common.Throttle.forgetPastWindows";

    private static final String REFERRAL_REMINDERS = "fr.passerelle.pathway.internal.ReferralFollowUp.everyHour";

    /** Each scheduled method and the name its runs are recorded under. */
    private static final Map<String, String> JOBS = Map.ofEntries(
            Map.entry("fr.passerelle.directory.internal.StaleDigest.everyMorning", "stale-digest"),
            Map.entry("fr.passerelle.events.internal.ParticipantMails.everyHour", "event-reminders"),
            Map.entry("fr.passerelle.events.internal.ConfirmationDeadlines.everyMinute", "confirmation-deadlines"),
            Map.entry("fr.passerelle.events.internal.SurveyInvitations.everyHour", "event-surveys"),
            Map.entry("fr.passerelle.intake.internal.HolderRights.everyNight", "erasure"),
            Map.entry("fr.passerelle.offers.internal.OfferAlerts.everyHour", "offer-alerts"),
            Map.entry("fr.passerelle.offers.internal.OfferLifecycle.everyHour", "offer-expiry"),
            Map.entry("fr.passerelle.pathway.internal.FollowUpPrompts.everyHour", "outcome-questions"),
            Map.entry(REFERRAL_REMINDERS, "referral-reminders"),
            Map.entry("fr.passerelle.pathway.internal.ResponseRecordSnapshot.everyNight", "response-records"),
            Map.entry("fr.passerelle.directory.internal.SchemeAlerts.everyMorning", "scheme-alerts"),
            Map.entry("fr.passerelle.directory.internal.ReachChangePrune.everyHour", "reach-changes"));

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SingleRun single;

    private record Run(String job, String instance, int handled, boolean ordered) {}

    /** The response records' catch-up at start runs on a thread of its own, and is recorded: let it finish first. */
    @BeforeEach
    void afterTheCatchUpAtStart() {
        Polling.within(Duration.ofSeconds(10), Duration.ofMillis(100), () -> !catchUpPending());
    }

    private boolean catchUpPending() {
        return jdbc.sql(
                        """
                        select coalesce((select max(computed_on) from response_record), date '1970-01-01') < :today
                           and not exists (select 1 from scheduled_job_run where job = 'response-records'
                                           and instance = :instance and started_at >= :started)
                        """)
                .param("today", LocalDate.now(ZoneId.of("Europe/Paris")))
                .param("instance", single.instance())
                .param("started", Instant.ofEpochMilli(context.getStartupDate()).atOffset(java.time.ZoneOffset.UTC))
                .query(Boolean.class)
                .single();
    }

    private List<Run> runsAfter(long id, String job) {
        return jdbc.sql(
                        """
                        select job, instance, handled, finished_at >= started_at as ordered
                        from scheduled_job_run where id > :id and job = :job order by id
                        """)
                .param("id", id)
                .param("job", job)
                .query(Run.class)
                .list();
    }

    private long lastRun() {
        return jdbc.sql("select coalesce(max(id), 0) from scheduled_job_run")
                .query(Long.class)
                .single();
    }

    @Test
    void eachJobRunByTheSchedulerWritesOneRowUnderItsNameWithThisInstance() {
        assertThat(ScheduledJobs.names(context).stream()
                        .filter(name -> name.startsWith("fr.passerelle.") && !name.equals(THROTTLE_PURGE)))
                .containsExactlyInAnyOrderElementsOf(JOBS.keySet());
        JOBS.forEach((task, job) -> {
            long before = lastRun();
            ScheduledJobs.run(context, task);
            List<Run> runs = runsAfter(before, job);
            assertThat(runs).as(task).hasSize(1);
            assertThat(runs.get(0).instance()).isEqualTo(single.instance());
            assertThat(runs.get(0).handled()).isNotNegative();
            assertThat(runs.get(0).ordered()).isTrue();
        });
    }

    @Test
    void aRunSkippedForAnotherInstancesLockWritesNothing() throws Exception {
        long before = lastRun();
        ScheduledJobs.whileAnotherInstanceHolds(
                context, 7_301_001L, () -> ScheduledJobs.run(context, REFERRAL_REMINDERS));
        assertThat(runsAfter(before, "referral-reminders")).isEmpty();

        ScheduledJobs.run(context, REFERRAL_REMINDERS);
        assertThat(runsAfter(before, "referral-reminders")).hasSize(1);
    }

    @Test
    void aFiringAnotherInstanceRanAlreadyIsSkippedAndTheNextOneRuns() {
        Duration window = Duration.ofSeconds(30);
        SingleRun first = new SingleRun(jdbc, transactions, "first:8080", 8080, window, 500);
        SingleRun second = new SingleRun(jdbc, transactions, "second:8080", 8080, window, 500);
        long before = lastRun();

        assertThat(first.alone("firing", 7_399_002L, () -> 1)).isEqualTo(1);
        assertThat(second.alone("firing", 7_399_002L, () -> 1)).isEqualTo(SingleRun.TAKEN);
        assertThat(first.alone("firing", 7_399_002L, () -> 2)).isEqualTo(2);
        assertThat(runsAfter(before, "firing")).extracting(Run::instance).containsExactly("first:8080", "first:8080");

        jdbc.sql("update scheduled_job_run set started_at = started_at - interval '31 seconds' where id > :id")
                .param("id", before)
                .update();
        assertThat(second.alone("firing", 7_399_002L, () -> 3)).isEqualTo(3);
        assertThat(runsAfter(before, "firing"))
                .extracting(Run::instance)
                .containsExactly("first:8080", "first:8080", "second:8080");
    }

    /**
     * A backlog longer than a batch is worked through in one run, a transaction and a recorded row per batch; what the
     * batches before a failing one did stays done; another instance's lock stops the run before its first batch.
     */
    @Test
    void aBacklogIsWorkedThroughInBatchesEachInItsOwnTransaction() throws Exception {
        SingleRun batches = new SingleRun(jdbc, transactions, "batches:8080", 8080, Duration.ZERO, 4);
        long before = lastRun();
        int[] left = {10};
        List<Long> transactionIds = new java.util.ArrayList<>();
        int handled = batches.inBatches("backlog", 7_399_003L, size -> {
            transactionIds.add(
                    jdbc.sql("select txid_current()").query(Long.class).single());
            int taken = Math.min(size, left[0]);
            left[0] -= taken;
            return taken;
        });
        assertThat(handled).isEqualTo(10);
        assertThat(transactionIds).hasSize(3).doesNotHaveDuplicates();
        assertThat(runsAfter(before, "backlog")).extracting(Run::handled).containsExactly(4, 4, 2);

        long failing = lastRun();
        int[] batch = {0};
        assertThatThrownBy(() -> batches.inBatches("backlog", 7_399_003L, size -> {
                    if (++batch[0] == 2) {
                        throw new IllegalStateException("the second batch failed");
                    }
                    return size;
                }))
                .hasMessage("the second batch failed");
        assertThat(runsAfter(failing, "backlog")).extracting(Run::handled).containsExactly(4);

        long taken = lastRun();
        ScheduledJobs.whileAnotherInstanceHolds(
                context, 7_399_003L, () -> assertThat(batches.inBatches("backlog", 7_399_003L, size -> size))
                        .isEqualTo(SingleRun.TAKEN));
        assertThat(runsAfter(taken, "backlog")).isEmpty();
    }

    @Test
    void aRunThatFailsIsRolledBackWithItsRow() {
        long before = lastRun();
        assertThatThrownBy(() -> single.alone("failing", 7_399_001L, () -> {
                    throw new IllegalStateException("the work failed");
                }))
                .hasMessage("the work failed");
        assertThat(runsAfter(before, "failing")).isEmpty();
        assertThat(single.alone("failing", 7_399_001L, () -> 3)).isEqualTo(3);
        assertThat(runsAfter(before, "failing")).containsExactly(new Run("failing", single.instance(), 3, true));
    }
}
