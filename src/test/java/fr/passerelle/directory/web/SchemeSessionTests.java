package fr.passerelle.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeDrafts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A recurring scheme's page says its next session, or the one in force, in French words. */
class SchemeSessionTests {

    private static Scheme scheme(SchemeCalendar calendar, LocalDate opens, LocalDate closes) {
        return new Scheme(UUID.randomUUID(), SchemeDrafts.annualCall(calendar, opens, closes), "Région", null);
    }

    private static final Scheme SPRING =
            scheme(SchemeCalendar.RECURRING, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));

    @Test
    void onceTheSessionHasPassedThePageSaysTheNextOneWithTheFirstOfTheMonthAsTheFrenchWriteIt() {
        assertThat(SchemeSession.of(SPRING, LocalDate.of(2026, 5, 2), Locale.FRENCH))
                .contains(new SchemeSession(false, "1er mars", "30 avril 2027"));
        assertThat(SchemeSession.of(SPRING, LocalDate.of(2027, 3, 1), Locale.FRENCH))
                .contains(new SchemeSession(true, "1er mars", "30 avril 2027"));
        assertThat(SchemeSession.of(SPRING, LocalDate.of(2026, 5, 2), Locale.ENGLISH))
                .contains(new SchemeSession(false, "1 March", "30 April 2027"));
    }

    @Test
    void aSessionAcrossNewYearSaysBothYears() {
        Scheme winter = scheme(SchemeCalendar.RECURRING, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 31));
        assertThat(SchemeSession.of(winter, LocalDate.of(2026, 2, 1), Locale.FRENCH))
                .contains(new SchemeSession(false, "15 décembre 2026", "31 janvier 2027"));
    }

    @Test
    void deadlinesAndAlwaysOpenSchemesHaveNoSession() {
        assertThat(SchemeSession.of(
                        scheme(SchemeCalendar.DEADLINE, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30)),
                        LocalDate.of(2026, 3, 2),
                        Locale.FRENCH))
                .isEmpty();
        assertThat(SchemeSession.of(scheme(SchemeCalendar.ALWAYS, null, null), LocalDate.of(2026, 3, 2), Locale.FRENCH))
                .isEmpty();
    }
}
