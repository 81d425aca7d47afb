package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.testing.ScheduledJobs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record of scheduled runs ({@code scheduled_job_run}) that tells an operator each job ran once across the
 * instances: a run that did the work writes one row, a run skipped for another instance's lock or rolled back writes
 * none.
 */
@SpringBootTest
class ScheduledJobRunsTests {

    /** Not run under SingleRun: it only deletes old rows, and is moving elsewhere. */
    private static final String SIGN_IN_PURGE = "fr.passerelle.accounts.SignInThrottle.forgetOldFailures";

    private static final String REFERRAL_REMINDERS = "fr.passerelle.pathway.ReferralFollowUp.everyHour";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SingleRun single;

    private record Run(String job, String instance, int handled, boolean ordered) {}

    private List<Run> runsAfter(long id) {
        return jdbc.sql(
                        """
                        select job, instance, handled, finished_at >= started_at as ordered
                        from scheduled_job_run where id > :id order by id
                        """)
                .param("id", id)
                .query(Run.class)
                .list();
    }

    private long lastRun() {
        return jdbc.sql("select coalesce(max(id), 0) from scheduled_job_run")
                .query(Long.class)
                .single();
    }

    @Test
    void eachJobRunByTheSchedulerWritesOneRowWithItsOwnNameAndThisInstance() {
        List<String> jobs = ScheduledJobs.names(context).stream()
                .filter(name -> name.startsWith("fr.passerelle.") && !name.equals(SIGN_IN_PURGE))
                .toList();
        assertThat(jobs).hasSize(9);
        Set<String> recordedNames = new HashSet<>();
        for (String job : jobs) {
            long before = lastRun();
            ScheduledJobs.run(context, job);
            List<Run> runs = runsAfter(before);
            assertThat(runs).as(job).hasSize(1);
            Run run = runs.get(0);
            assertThat(run.instance()).isEqualTo(single.instance());
            assertThat(run.handled()).isNotNegative();
            assertThat(run.ordered()).isTrue();
            recordedNames.add(run.job());
        }
        assertThat(recordedNames).hasSize(jobs.size());
    }

    @Test
    void aRunSkippedForAnotherInstancesLockWritesNothing() throws Exception {
        long before = lastRun();
        ScheduledJobs.whileAnotherInstanceHolds(
                context, 7_301_001L, () -> ScheduledJobs.run(context, REFERRAL_REMINDERS));
        assertThat(runsAfter(before)).isEmpty();

        ScheduledJobs.run(context, REFERRAL_REMINDERS);
        assertThat(runsAfter(before)).extracting(Run::job).containsExactly("referral-reminders");
    }

    @Test
    void aFiringAnotherInstanceRanAlreadyIsSkippedAndTheNextOneRuns() {
        long before = lastRun();
        jdbc.sql(
                        """
                        insert into scheduled_job_run (job, instance, started_at, finished_at, handled)
                        values ('referral-reminders', 'other:8080', now() - interval '2 seconds', now(), 0)
                        """)
                .update();
        ScheduledJobs.run(context, REFERRAL_REMINDERS);
        assertThat(runsAfter(before)).extracting(Run::instance).containsExactly("other:8080");

        jdbc.sql("update scheduled_job_run set started_at = started_at - interval '1 minute' where id > :id")
                .param("id", before)
                .update();
        ScheduledJobs.run(context, REFERRAL_REMINDERS);
        assertThat(runsAfter(before)).extracting(Run::instance).containsExactly("other:8080", single.instance());
    }

    @Test
    void aRunThatFailsIsRolledBackWithItsRow() {
        long before = lastRun();
        assertThatThrownBy(() -> single.alone("failing", 7_399_001L, () -> {
                    throw new IllegalStateException("the work failed");
                }))
                .hasMessage("the work failed");
        assertThat(runsAfter(before)).isEmpty();
        assertThat(single.alone("working", 7_399_001L, () -> 3)).isEqualTo(3);
        assertThat(runsAfter(before)).containsExactly(new Run("working", single.instance(), 3, true));
    }
}
