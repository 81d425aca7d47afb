package fr.passerelle.intake;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Tallies;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts of welcome requests that the database keeps for the reports (V43, by desk and channel V98) stay equal to counting the rows
 * themselves, through a statement of many rows, a change of desk and a deletion. Each tally is compared whole with
 * the live count (every month, channel, desk), so any drift anywhere in the test database fails.
 * The tallies are the database's own (triggers): the test runs in the platform's shared context, on its demo data.
 */
@PlatformTest
class IntakeTalliesTests {

    private static final UUID DESK = UUID.randomUUID();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTalliesCountWhatTheRowsSayAfterEveryKindOfChange() {
        // Welcome requests: to a desk, to the network (no desk), then one moved to another desk, one removed.
        UUID project = IntakeTestData.project(jdbc);
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
        jdbc.sql("update intake_request set channel = 'partner' where reference = 'TALLY-4-' || left(:desk::text, 8)")
                .param("desk", DESK)
                .update();

        assertThat(
                        Tallies.drift(
                                jdbc,
                                "select month, channel, requests from intake_channel_tally where requests <> 0",
                                """
                        select date_trunc('month', created_at at time zone 'Europe/Paris')::date, channel, count(*)::int
                        from intake_request group by 1, 2
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                "select desk_organisation_id, month, requests from intake_desk_tally where requests <> 0",
                                """
                        select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date,
                               count(*)::int
                        from intake_request group by 1, 2
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                "select year, desk_organisation_id, requests from intake_desk_year_tally where requests <> 0",
                                """
                        select extract(year from created_at at time zone 'Europe/Paris')::int, desk_organisation_id,
                               count(*)::int
                        from intake_request group by 1, 2
                        """))
                .isZero();
        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select desk_organisation_id, month, channel, requests from intake_desk_channel_tally
                        where requests <> 0
                        """,
                                """
                        select desk_organisation_id, date_trunc('month', created_at at time zone 'Europe/Paris')::date,
                               channel, count(*)::int
                        from intake_request group by 1, 2, 3
                        """))
                .isZero();
        assertThat(jdbc.sql("select sum(requests)::int from intake_desk_channel_tally"
                                + " where desk_organisation_id = :desk and channel = 'partner'")
                        .param("desk", DESK)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
