package fr.passerelle.events;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.common.MonthRange;
import fr.passerelle.common.Paris;
import fr.passerelle.testing.ModuleTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reports count the events held: one that has begun counts with its people, one still to come does not. */
@ModuleTest(extraIncludes = {"accounts", "contacts"})
class HeldEventsReportTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventIndicators indicators;

    @Test
    void anEventStillToComeIsNotCountedAsHeld() {
        int year = Paris.today().getYear();
        MonthRange around = MonthRange.years(year - 1, year + 1);
        int heldBefore = heldByMonth(around);
        UUID begun = event("now() - interval '2 hours'");
        UUID toCome = event("now() + interval '2 hours'");

        EventIndicators.PeriodFigures figures = indicators.period(around, null, null, List.of(begun, toCome));

        assertThat(figures.byKind()).containsEntry(EventKind.ATELIER, 1);
        assertThat(figures.registered()).isEqualTo(2);
        assertThat(figures.attended()).isEqualTo(1);
        assertThat(heldByMonth(around)).isEqualTo(heldBefore + 1);
    }

    private int heldByMonth(MonthRange range) {
        return indicators.byMonth(range).stream()
                .mapToInt(EventIndicators.MonthFigures::events)
                .sum();
    }

    /** A published workshop starting at that SQL moment, with two people registered, one of them marked present. */
    private UUID event(String start) {
        UUID event = jdbc.sql(
                        "insert into event (kind, title, mode, starts_at) values ('atelier', :title, 'sur_place', "
                                + start + ") returning id")
                .param("title", "Atelier des bilans " + UUID.randomUUID())
                .query(UUID.class)
                .single();
        jdbc.sql(
                        """
                        insert into registration (event_id, name, email, consent, status, token)
                        select :event, 'Personne ' || i, 'p' || i || '@bilans.invalid', true,
                               case i when 1 then 'attended' else 'confirmed' end, gen_random_uuid()::text
                        from generate_series(1, 2) i
                        """)
                .param("event", event)
                .update();
        return event;
    }
}
