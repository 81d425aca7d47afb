package fr.passerelle.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counts the database keeps for the reports (V42–V44) stay equal to counting the rows themselves, through
 * statements of one and of many rows, changes of status, outcome, date and desk, unrelated updates, deletions and
 * an event deleted with its registrations. Each tally is compared whole with the live count (every month, status,
 * structure, desk, event), so any drift anywhere in the test database fails.
 */
@SpringBootTest(properties = "passerelle.demo-data=true")
@AutoConfigureMockMvc
class ReportTalliesTests {

    private static final UUID STRUCTURE = UUID.randomUUID();
    private static final UUID DESK = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    /**
     * A national network has thousands of desks: the statistics show the 30 busiest one by one, the others added
     * up in one row, and the total, read from the tallies.
     */
    @Test
    void theStatisticsShowTheBusiestDesksAndAddTheOthersUp() throws Exception {
        UUID project = project();
        // In March 2016 (the dashboard's first year): desk n receives n requests (n = 1..35), the network's
        // coordinators 3.
        jdbc.sql(
                        """
                        insert into intake_request (reference, project_id, channel, desk_organisation_id, created_at)
                        select 'DESKS-' || left(:salt, 8) || '-' || d || '-' || i, :project, 'form', case when d > 0 then md5(:salt || d)::uuid end,
                               timestamptz '2016-03-10 10:00:00+01'
                        from generate_series(0, 35) d
                        cross join lateral generate_series(1, case when d = 0 then 3 else d end) i
                        """)
                .param("project", project)
                .param("salt", UUID.randomUUID().toString())
                .update();
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        String csv = mvc.perform(get("/statistiques.csv").param("annee", "2016").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> desks =
                csv.lines().skip(2).takeWhile(line -> !line.isEmpty()).toList();
        assertThat(desks).hasSize(32);
        assertThat(desks.get(0)).endsWith(";0;0;35;0;0;0;0;0;0;0;0;0;35");
        assertThat(desks.get(29)).endsWith(";0;0;6;0;0;0;0;0;0;0;0;0;6");
        // Desks 1 to 5 (15 requests) and the network's coordinators (3).
        assertThat(desks.get(30)).isEqualTo("Les 6 autres guichets;0;0;18;0;0;0;0;0;0;0;0;0;18");
        assertThat(desks.get(31)).isEqualTo("Total;0;0;633;0;0;0;0;0;0;0;0;0;633");
    }

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

        // Welcome requests: to a desk, to the network (no desk), then one moved to another desk, one removed.
        UUID project = project();
        jdbc.sql(
                        """
                        insert into intake_request (reference, project_id, channel, desk_organisation_id, created_at)
                        select 'TALLY-' || i || '-' || left(:desk::text, 8), :project,
                               (array['form', 'desk', 'stand'])[1 + i % 3],
                               case when i % 2 = 0 then :desk end, now() - make_interval(days => 40 * i)
                        from generate_series(1, 6) i
                        """)
                .param("desk", DESK)
                .param("project", project)
                .update();
        jdbc.sql("update intake_request set desk_organisation_id = :desk"
                        + " where reference = 'TALLY-1-' || left(:desk::text, 8)")
                .param("desk", DESK)
                .update();
        jdbc.sql("delete from intake_request where reference = 'TALLY-2-' || left(:desk::text, 8)")
                .param("desk", DESK)
                .update();

        // Registrations: an event's people register (two of them held until they confirm their address: one does, the
        // other's hold expires), cancel, come or not; another event is deleted with its own.
        UUID kept = event("Atelier des tallies gardé");
        UUID deleted = event("Atelier des tallies supprimé");
        for (UUID event : List.of(kept, deleted)) {
            jdbc.sql(
                            """
                            insert into registration (event_id, name, email, organisation, consent, status, token,
                                                      confirm_by)
                            select :event, 'Personne ' || i, 'p' || i || '@tally.invalid',
                                   case when i % 2 = 0 then 'Structure' end, true,
                                   case when i <= 4 then 'confirmed' when i <= 6 then 'waitlisted' else 'held' end,
                                   gen_random_uuid()::text, case when i > 6 then now() + interval '30 minutes' end
                            from generate_series(1, 8) i
                            """)
                    .param("event", event)
                    .update();
        }
        jdbc.sql(
                        "update registration set status = case email when 'p7@tally.invalid' then 'confirmed' else 'expired' end,"
                                + " confirm_by = case email when 'p8@tally.invalid' then confirm_by end"
                                + " where event_id = :e and status = 'held'")
                .param("e", kept)
                .update();
        jdbc.sql("update registration set status = 'cancelled' where event_id = :e and email = 'p1@tally.invalid'")
                .param("e", kept)
                .update();
        jdbc.sql("update registration set status = 'confirmed' where event_id = :e and email = 'p5@tally.invalid'")
                .param("e", kept)
                .update();
        jdbc.sql("update registration set status = case when email = 'p2@tally.invalid' then 'no_show'"
                        + " else 'attended' end where event_id = :e and status = 'confirmed'")
                .param("e", kept)
                .update();
        jdbc.sql("delete from event where id = :e").param("e", deleted).update();

        assertThat(
                        drift(
                                """
                        select month, status, outcome, referrals from referral_month_tally where referrals <> 0
                        """,
                                """
                        select date_trunc('month', sent_at at time zone 'Europe/Paris')::date, status,
                               coalesce(outcome, ''), count(*)::int from referral group by 1, 2, 3
                        """))
                .isZero();
        assertThat(
                        drift(
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
                        drift(
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
                        drift(
                                "select month, channel, requests from intake_channel_tally where requests <> 0",
                                """
                        select date_trunc('month', created_at at time zone 'Europe/Paris')::date, channel, count(*)::int
                        from intake_request group by 1, 2
                        """))
                .isZero();
        assertThat(
                        drift(
                                "select desk_organisation_id, month, requests from intake_desk_tally where requests <> 0",
                                """
                        select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date,
                               count(*)::int
                        from intake_request group by 1, 2
                        """))
                .isZero();
        assertThat(
                        drift(
                                "select year, desk_organisation_id, requests from intake_desk_year_tally where requests <> 0",
                                """
                        select extract(year from created_at at time zone 'Europe/Paris')::int, desk_organisation_id,
                               count(*)::int
                        from intake_request group by 1, 2
                        """))
                .isZero();
        assertThat(
                        drift(
                                """
                        select event_id, registered, partners, attended, absent, waitlisted
                        from event_registration_tally
                        where registered <> 0 or partners <> 0 or attended <> 0 or absent <> 0 or waitlisted <> 0
                        """,
                                """
                        select event_id, count(*) filter (where status not in ('cancelled', 'expired', 'held'))::int,
                               count(*) filter (where status not in ('cancelled', 'expired', 'held')
                                                and organisation is not null)::int,
                               count(*) filter (where status = 'attended')::int,
                               count(*) filter (where status = 'no_show')::int,
                               count(*) filter (where status = 'waitlisted')::int
                        from registration group by event_id
                        having count(*) filter (where status not in ('cancelled', 'expired', 'held')) > 0
                        """))
                .isZero();

        // And the figures they give are the ones expected from the changes above.
        assertThat(jdbc.sql("select count(*) from event_registration_tally where event_id = :e")
                        .param("e", deleted)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "select registered || '/' || partners || '/' || attended || '/' || absent || '/' || waitlisted"
                                        + " from event_registration_tally where event_id = :e")
                        .param("e", kept)
                        .query(String.class)
                        .single())
                .isEqualTo("6/3/4/1/1");
        // Sent from 29 December 2025 to 1 January 2026 in Paris: four on 1 January, one moved a year back.
        assertThat(jdbc.sql("select year || ':' || received || '/' || answered from referral_structure_tally"
                                + " where organisation_id = :s order by year")
                        .param("s", STRUCTURE)
                        .query(String.class)
                        .list())
                .containsExactly("2025:9/8", "2026:2/1");
    }

    /** A project for welcome requests, its holder's file made up. */
    private UUID project() {
        return jdbc.sql(
                        """
                        with holder as (
                            insert into project_holder (kind, name, email) values ('person', 'Porteur des tallies',
                                                                                  'porteur@tally.invalid') returning id)
                        insert into project (holder_id, title, kind, stage, needs, target_scope)
                        select id, 'Projet des tallies', 'reprise', 'idee', '{financement}', 'communes' from holder
                        returning id
                        """)
                .query(UUID.class)
                .single();
    }

    private UUID event(String title) {
        return jdbc.sql(
                        """
                        insert into event (kind, title, mode, starts_at) values ('atelier', :title, 'sur_place',
                                           now() + interval '30 days') returning id
                        """)
                .param("title", title)
                .query(UUID.class)
                .single();
    }

    /** The rows one query gives and the other does not, both ways. */
    private int drift(String tally, String live) {
        return jdbc.sql("select count(*) from ((" + tally + " except " + live + ") union all (" + live + " except "
                        + tally + ")) drift")
                .query(Integer.class)
                .single();
    }
}
