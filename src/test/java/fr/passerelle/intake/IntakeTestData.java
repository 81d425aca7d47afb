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

    /**
     * What Sam Durand, living in {@code home}, types to be welcomed for a project aimed at one commune: a person's
     * creation at the emergence stage, needing funding, with both consents given.
     */
    public static fr.passerelle.intake.internal.IntakeDraft welcome(
            String email, String title, String home, String target) {
        return new fr.passerelle.intake.internal.IntakeDraft(
                fr.passerelle.intake.internal.HolderKind.PERSON,
                "Sam Durand",
                email,
                null,
                null,
                home,
                java.util.List.of(),
                title,
                "Un projet qui accueille.",
                fr.passerelle.common.ProjectKind.CREATION_INDIVIDUELLE,
                fr.passerelle.common.ProjectStage.EMERGENCE,
                java.util.List.of(),
                false,
                java.util.List.of(fr.passerelle.common.Need.FINANCEMENT),
                fr.passerelle.intake.internal.TargetScope.COMMUNES,
                java.util.List.of(target),
                true,
                true);
    }
}
