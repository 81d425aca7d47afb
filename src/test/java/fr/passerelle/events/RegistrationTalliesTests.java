package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Tallies;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts of registrations that the database keeps for the reports (V44, V58, V75) stay equal to counting the rows
 * themselves, through statements of one and of many rows, changes of status and an event deleted with its
 * registrations. The tally is compared whole with the live count (every event), so any drift anywhere in the test
 * database fails.
 * The tallies are the database's own (triggers): the test runs in the platform's shared context, on its demo data.
 */
@PlatformTest
class RegistrationTalliesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTalliesCountWhatTheRowsSayAfterEveryKindOfChange() {
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
        // A refused registration is no longer counted among the people registered, nor on the waitlist.
        jdbc.sql("update registration set status = 'refused' where event_id = :e and email = 'p6@tally.invalid'")
                .param("e", kept)
                .update();
        jdbc.sql("delete from event where id = :e").param("e", deleted).update();

        assertThat(
                        Tallies.drift(
                                jdbc,
                                """
                        select event_id, registered, partners, attended, absent, waitlisted
                        from event_registration_tally
                        where registered <> 0 or partners <> 0 or attended <> 0 or absent <> 0 or waitlisted <> 0
                        """,
                                """
                        select event_id,
                               count(*) filter (where status not in ('cancelled', 'expired', 'held', 'refused'))::int,
                               count(*) filter (where status not in ('cancelled', 'expired', 'held', 'refused')
                                                and organisation is not null)::int,
                               count(*) filter (where status = 'attended')::int,
                               count(*) filter (where status = 'no_show')::int,
                               count(*) filter (where status = 'waitlisted')::int
                        from registration group by event_id
                        having count(*) filter (where status not in ('cancelled', 'expired', 'held', 'refused')) > 0
                        """))
                .isZero();

        // And the figures it gives are the ones expected from the changes above.
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
                .isEqualTo("5/2/4/1/0");
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
}
