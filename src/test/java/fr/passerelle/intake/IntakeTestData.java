package fr.passerelle.intake;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Welcome requests of another time, as the intake module's own tests write them, for the tests of the reports that
 * count them: the module's API receives a request now, not in a year gone by.
 */
public final class IntakeTestData {

    private IntakeTestData() {}

    /** A project for welcome requests, its holder's file made up. */
    public static UUID project(JdbcClient jdbc) {
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

    /** That many requests of the project by the form, received by the desk (null: the network's coordinators). */
    public static void requests(JdbcClient jdbc, UUID project, UUID desk, int count, OffsetDateTime at) {
        jdbc.sql(
                        """
                        insert into intake_request (reference, project_id, channel, desk_organisation_id, created_at)
                        select 'TEST-' || gen_random_uuid(), :project, 'form', cast(:desk as uuid), :at
                        from generate_series(1, :count)
                        """)
                .param("project", project)
                .param("desk", desk)
                .param("count", count)
                .param("at", at)
                .update();
    }
}
