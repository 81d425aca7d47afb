package fr.passerelle.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Polling;
import fr.passerelle.testing.Tallies;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts of referrals and installations that the database keeps for the reports (V42, per network and département
 * V97, each installation's outcomes V105) stay equal to counting
 * the rows themselves, through statements of one and of many rows, changes of status, outcome, date and structure,
 * unrelated updates and deletions. Each tally is compared whole with the live count (every month, status,
 * structure), so any drift anywhere in the test database fails.
 * The tallies are the database's own (triggers): the test runs in the platform's shared context, on its demo data.
 */
@PlatformTest
class ReferralTalliesTests {

    private static final UUID STRUCTURE = UUID.randomUUID();
    /** A network the test's referrals are moved to (no foreign key: the pathway does not read accounts' tables). */
    private static final UUID OTHER_NETWORK = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theTalliesCountWhatTheRowsSayAfterEveryKindOfChange() {
        transactions.executeWithoutResult(status -> {
            // Referrals: many in one statement, across a new year's midnight in Paris (23:30 UTC on 31 December).
            jdbc.sql(
                            """
                            insert into referral (project_id, organisation_id, message, sent_by, sent_by_name, sent_at)
                            select gen_random_uuid(), :structure, 'Test', gen_random_uuid(), 'Test',
                                   timestamptz '2025-12-31 23:30:00+00' - make_interval(days => i % 3)
                            from generate_series(1, 12) i
                            """)
                    .param("structure", STRUCTURE)
                    .update();
        });
        List<UUID> referrals = jdbc.sql("select id from referral where organisation_id = :s order by sent_at, id")
                .param("s", STRUCTURE)
                .query(UUID.class)
                .list();
        jdbc.sql("update referral set status = 'accepted', answered_at = sent_at + interval '2 days',"
                        + " answered_by_name = 'Test' where id = any(:ids)")
                .param("ids", referrals.subList(0, 8).toArray(UUID[]::new))
                .update();
        jdbc.sql("update referral set status = 'declined', decline_reason = 'Hors champ', answered_at = now(),"
                        + " answered_by_name = 'Test' where id = :id")
                .param("id", referrals.get(8))
                .update();
        jdbc.sql("update referral set status = 'closed', outcome = 'installe', closed_at = now() where id = any(:ids)")
                .param("ids", referrals.subList(0, 3).toArray(UUID[]::new))
                .update();
        jdbc.sql("update referral set reminders_sent = 1 where id = :id") // nothing counted changes
                .param("id", referrals.get(10))
                .update();
        jdbc.sql("update referral set sent_at = sent_at - interval '1 year' where id = :id") // another month and year
                .param("id", referrals.get(11))
                .update();
        jdbc.sql("delete from referral where id = :id")
                .param("id", referrals.get(9))
                .update();
        jdbc.sql("update referral set network_id = :network where id = any(:ids)") // counted for another network
                .param("network", OTHER_NETWORK)
                .param("ids", referrals.subList(2, 6).toArray(UUID[]::new))
                .update();

        // Installations: answered (an update), one taken back, one dated in another month.
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on)
                        select id, project_id, organisation_id, 'installation', current_date from referral
                        where id = any(:ids)
                        """)
                .param("ids", referrals.subList(0, 3).toArray(UUID[]::new))
                .update();
        jdbc.sql(
                        """
                        update outcome_follow_up set answer = 'installe', answered_at = now(), answered_by_name = 'Test',
                               commune_code = '26113', installed_on = date '2026-03-15', jobs = 2
                        where organisation_id = :s
                        """)
                .param("s", STRUCTURE)
                .update();
        jdbc.sql("update outcome_follow_up set installed_on = date '2026-04-02', jobs = 5 where referral_id = :id")
                .param("id", referrals.get(0))
                .update();
        jdbc.sql("delete from outcome_follow_up where referral_id = :id")
                .param("id", referrals.get(1))
                .update();
        jdbc.sql("update outcome_follow_up set commune_code = '97411' where referral_id = :id") // overseas
                .param("id", referrals.get(2))
                .update();
        // Anniversaries: asked (nothing counted changes), one question withdrawn, a late answer given alone, then the
        // others answered in one statement (an update, last, so that no later write mends what it would miss).
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on)
                        select referral_id, project_id, organisation_id, m, installed_on + interval '1 year'
                        from outcome_follow_up, unnest(array['one_year', 'three_years']) m
                        where referral_id = any(:ids) and answer = 'installe'
                        """)
                .param("ids", new UUID[] {referrals.get(0), referrals.get(2)})
                .update();
        jdbc.sql(
                        "update outcome_follow_up set asked_at = now() where organisation_id = :s and milestone <> 'installation'")
                .param("s", STRUCTURE)
                .update();
        jdbc.sql("delete from outcome_follow_up where referral_id = :id and milestone = 'three_years'")
                .param("id", referrals.get(2))
                .update();
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on,
                                                       answered_at, answered_by_name, answer)
                        select referral_id, project_id, organisation_id, 'one_year', due_on + 1, now(), 'Test', 'arretee'
                        from outcome_follow_up where referral_id = :id and milestone = 'one_year'
                        """)
                .param("id", referrals.get(0))
                .update();
        jdbc.sql(
                        """
                        update outcome_follow_up set answer = 'active', answered_at = now() - interval '1 day',
                               answered_by_name = 'Test'
                        where organisation_id = :s and milestone <> 'installation' and answer is null
                        """)
                .param("s", STRUCTURE)
                .update();

        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select month, status, outcome, referrals from referral_month_tally where referrals <> 0
                        """,
                                """
                        select date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status,
                               coalesce(outcome, ''), count(*)::int from referral group by 1, 2, 3
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select year, organisation_id, received, answered from referral_structure_tally
                        where received <> 0 or answered <> 0
                        """,
                                """
                        select extract(year from sent_at at time zone 'Europe/Paris')::int, organisation_id,
                               count(*)::int, count(answered_at)::int from referral group by 1, 2
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select month, installations, jobs from installation_month_tally
                        where installations <> 0 or jobs <> 0
                        """,
                                """
                        select date_trunc('month', installed_on)::date, count(*)::int, sum(jobs)::int
                        from outcome_follow_up where answer = 'installe' group by 1
                        """))
                .isZero();

        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select network_id, month, status, outcome, referrals from referral_network_month_tally
                        where referrals <> 0
                        """,
                                """
                        select network_id, date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status,
                               coalesce(outcome, ''), count(*)::int from referral group by 1, 2, 3, 4
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select network_id, year, organisation_id, received, answered
                        from referral_network_structure_tally where received <> 0 or answered <> 0
                        """,
                                """
                        select network_id, extract(year from sent_at at time zone 'Europe/Paris')::int,
                               organisation_id, count(*)::int, count(answered_at)::int from referral group by 1, 2, 3
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select departement, month, installations, jobs from installation_departement_month_tally
                        where installations <> 0 or jobs <> 0
                        """,
                                """
                        select case when commune_code like '97%' then left(commune_code, 3)
                                    else left(commune_code, 2) end,
                               date_trunc('month', installed_on)::date, count(*)::int, sum(jobs)::int
                        from outcome_follow_up where answer = 'installe' group by 1, 2
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select follow_up_id, referral_id, commune_code, departement, installed_on, jobs, at_one,
                               at_three
                        from installation_outcome
                        """,
                                """
                        select i.id, i.referral_id, i.commune_code,
                               case when i.commune_code like '97%' then left(i.commune_code, 3)
                                    else left(i.commune_code, 2) end,
                               i.installed_on, i.jobs,
                               (select f.answer from outcome_follow_up f where f.referral_id = i.referral_id
                                and f.milestone = 'one_year' and f.answer is not null
                                order by f.answered_at desc limit 1),
                               (select f.answer from outcome_follow_up f where f.referral_id = i.referral_id
                                and f.milestone = 'three_years' and f.answer is not null
                                order by f.answered_at desc limit 1)
                        from outcome_follow_up i where i.milestone = 'installation' and i.answer = 'installe'
                        """))
                .isZero();
        assertThat(jdbc.sql("select coalesce(at_one, '-') || '/' || coalesce(at_three, '-') from installation_outcome"
                                + " where referral_id = any(:ids) order by installed_on")
                        .param("ids", referrals.subList(0, 3).toArray(UUID[]::new))
                        .query(String.class)
                        .list())
                .as("the latest answer at one year; the answer at three years taken back")
                .containsExactly("active/-", "arretee/active");
        assertThat(jdbc.sql("select sum(received)::int from referral_network_structure_tally"
                                + " where organisation_id = :s and network_id = :n")
                        .param("s", STRUCTURE)
                        .param("n", OTHER_NETWORK)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select departement from installation_departement_month_tally"
                                + " where departement like '97%' and installations <> 0")
                        .query(String.class)
                        .list())
                .contains("974");

        // And the figures they give are the ones expected from the changes above.
        // Sent from 29 December 2025 to 1 January 2026 in Paris: four on 1 January, one moved a year back.
        assertThat(jdbc.sql("select year || ':' || received || '/' || answered from referral_structure_tally"
                                + " where organisation_id = :s order by year")
                        .param("s", STRUCTURE)
                        .query(String.class)
                        .list())
                .containsExactly("2025:9/8", "2026:2/1");
    }

    /**
     * Two answers to the same installation's anniversaries given at the same moment: the second waits for the first
     * to commit (V105's lock on the referral), then reads it. Without the lock the second failed on the kept row's key.
     */
    @Test
    void answersGivenAtTheSameMomentAreBothKept() throws Exception {
        UUID structure = UUID.randomUUID();
        UUID referral = jdbc.sql(
                        """
                        insert into referral (project_id, organisation_id, message, sent_by, sent_by_name, sent_at,
                                              status, outcome, answered_at, answered_by_name, closed_at)
                        values (gen_random_uuid(), :s, 'Test', gen_random_uuid(), 'Test', now() - interval '4 years',
                                'closed', 'installe', now() - interval '4 years', 'Test', now() - interval '4 years')
                        returning id
                        """)
                .param("s", structure)
                .query(UUID.class)
                .single();
        jdbc.sql(
                        """
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on,
                                                       answered_at, answered_by_name, answer, commune_code, installed_on,
                                                       jobs)
                        select id, project_id, organisation_id, 'installation', current_date - 1460, now(), 'Test',
                               'installe', '26113', current_date - 1460, 1 from referral where id = :r
                        union all
                        select id, project_id, organisation_id, m, current_date, null, null, null, null, null, null
                        from referral, unnest(array['one_year', 'three_years']) m where id = :r
                        """)
                .param("r", referral)
                .update();
        String answer = "update outcome_follow_up set answer = 'active', answered_at = now(), answered_by_name = 'Test'"
                + " where referral_id = :r and milestone = :m";

        CountDownLatch firstAnswered = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql(answer).param("r", referral).param("m", "one_year").update();
            firstAnswered.countDown();
            await(commitFirst);
        }));
        assertThat(firstAnswered.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx ->
                jdbc.sql(answer).param("r", referral).param("m", "three_years").update()));
        Polling.within(
                Duration.ofSeconds(30),
                Duration.ofMillis(20),
                () -> second.isDone()
                        || jdbc.sql("select count(*) from pg_stat_activity where wait_event_type in ('Lock')"
                                                + " and query like 'update outcome_follow_up set answer%'")
                                        .query(Integer.class)
                                        .single()
                                > 0);
        assertThat(second).as("the second answer waits for the first").isNotDone();
        commitFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertThat(jdbc.sql("select at_one || '/' || at_three from installation_outcome where referral_id = :r")
                        .param("r", referral)
                        .query(String.class)
                        .list())
                .containsExactly("active/active");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
