package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.common.Paris;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.ModuleTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recurring ("every year") scheme opens again each year on the same days, a deadline closes for good, and the
 * database's {@code scheme_open_on} (orientation, search) says the same as the Java {@link SchemeWindow} (the scheme
 * page, the API) on every day. Days are fixed, not read from the clock, except for the search's "open today".
 */
@ModuleTest
@Transactional
class RecurringSchemesTests {

    private static final LocalDate MARCH_1_2026 = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL_30_2026 = LocalDate.of(2026, 4, 30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    private static Optional<SchemeWindow> recurring(LocalDate opens, LocalDate closes, LocalDate day) {
        return SchemeWindow.on(SchemeCalendar.RECURRING, opens, closes, day);
    }

    @Test
    void aRecurringWindowRollsOverToTheSameDaysOfTheNextYearOnceItHasPassed() {
        LocalDate may2026 = LocalDate.of(2026, 5, 1);
        assertThat(recurring(MARCH_1_2026, APRIL_30_2026, may2026))
                .contains(new SchemeWindow(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)));
        assertThat(recurring(MARCH_1_2026, APRIL_30_2026, LocalDate.of(2026, 4, 30)))
                .contains(new SchemeWindow(MARCH_1_2026, APRIL_30_2026));
        assertThat(recurring(MARCH_1_2026, APRIL_30_2026, LocalDate.of(2029, 3, 15)))
                .contains(new SchemeWindow(LocalDate.of(2029, 3, 1), LocalDate.of(2029, 4, 30)));

        assertThat(openInDatabase("recurring", MARCH_1_2026, APRIL_30_2026, may2026))
                .isFalse();
        assertThat(openInDatabase("recurring", MARCH_1_2026, APRIL_30_2026, LocalDate.of(2027, 2, 28)))
                .isFalse();
        assertThat(openInDatabase("recurring", MARCH_1_2026, APRIL_30_2026, LocalDate.of(2027, 3, 1)))
                .isTrue();
        assertThat(openInDatabase("recurring", MARCH_1_2026, APRIL_30_2026, LocalDate.of(2031, 4, 30)))
                .isTrue();
        // Not before the first session recorded: "every year" starts with it.
        assertThat(openInDatabase("recurring", MARCH_1_2026, APRIL_30_2026, LocalDate.of(2025, 3, 15)))
                .isFalse();
    }

    @Test
    void aWindowAcrossNewYearRollsOverWhole() {
        LocalDate november = LocalDate.of(2025, 11, 1);
        LocalDate january = LocalDate.of(2026, 1, 31);
        assertThat(recurring(november, january, LocalDate.of(2027, 1, 10)))
                .contains(new SchemeWindow(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31)));
        assertThat(openInDatabase("recurring", november, january, LocalDate.of(2027, 1, 10)))
                .isTrue();
        assertThat(openInDatabase("recurring", november, january, LocalDate.of(2027, 2, 1)))
                .isFalse();
        assertThat(openInDatabase("recurring", november, january, LocalDate.of(2027, 12, 31)))
                .isTrue();
    }

    @Test
    void aLeapDayFallsOnTheTwentyEighthInOtherYearsAndComesBackInLeapYears() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        LocalDate opens = LocalDate.of(2024, 2, 1);
        assertThat(recurring(opens, leapDay, LocalDate.of(2025, 2, 10)))
                .contains(new SchemeWindow(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
        assertThat(openInDatabase("recurring", opens, leapDay, LocalDate.of(2025, 2, 28)))
                .isTrue();
        assertThat(openInDatabase("recurring", opens, leapDay, LocalDate.of(2025, 3, 1)))
                .isFalse();
        assertThat(recurring(opens, leapDay, LocalDate.of(2027, 3, 1)))
                .contains(new SchemeWindow(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
        assertThat(openInDatabase("recurring", opens, leapDay, LocalDate.of(2028, 2, 29)))
                .isTrue();
        // A window opening on a leap day opens on the 28th in other years.
        assertThat(recurring(leapDay, LocalDate.of(2024, 3, 31), LocalDate.of(2025, 1, 1)))
                .contains(new SchemeWindow(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 31)));
        assertThat(openInDatabase("recurring", leapDay, LocalDate.of(2024, 3, 31), LocalDate.of(2025, 2, 28)))
                .isTrue();
    }

    @Test
    void aDeadlineClosesForGoodAndAnAlwaysOpenSchemeStaysOpen() {
        LocalDate nextYear = LocalDate.of(2027, 3, 15);
        assertThat(SchemeWindow.on(SchemeCalendar.DEADLINE, MARCH_1_2026, APRIL_30_2026, nextYear))
                .isEmpty();
        assertThat(openInDatabase("deadline", MARCH_1_2026, APRIL_30_2026, nextYear))
                .isFalse();
        assertThat(openInDatabase("deadline", MARCH_1_2026, APRIL_30_2026, LocalDate.of(2026, 3, 15)))
                .isTrue();
        assertThat(SchemeWindow.on(SchemeCalendar.DEADLINE, MARCH_1_2026, APRIL_30_2026, LocalDate.of(2026, 1, 5)))
                .contains(new SchemeWindow(MARCH_1_2026, APRIL_30_2026));

        assertThat(SchemeWindow.on(SchemeCalendar.ALWAYS, null, null, nextYear)).isEmpty();
        assertThat(openInDatabase("always", null, null, nextYear)).isTrue();
        assertThat(openInDatabase("always", MARCH_1_2026, APRIL_30_2026, nextYear))
                .isTrue();
    }

    @Test
    void theDatabaseAndTheSchemePageAgreeOnEveryDayOfSevenYears() {
        List<Object[]> windows = List.of(
                new Object[] {"recurring", MARCH_1_2026, APRIL_30_2026},
                new Object[] {"recurring", LocalDate.of(2025, 11, 15), LocalDate.of(2026, 1, 15)},
                new Object[] {"recurring", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31)},
                new Object[] {"recurring", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 29)},
                new Object[] {"recurring", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)},
                new Object[] {"recurring", null, APRIL_30_2026},
                new Object[] {"deadline", MARCH_1_2026, APRIL_30_2026},
                new Object[] {"deadline", null, APRIL_30_2026},
                new Object[] {"always", null, null});
        for (Object[] window : windows) {
            String calendar = (String) window[0];
            LocalDate opens = (LocalDate) window[1];
            LocalDate closes = (LocalDate) window[2];
            Map<LocalDate, Boolean> database = jdbc
                    .sql(
                            """
                            select d::date as day, scheme_open_on(:calendar, :opens, :closes, d::date) as open
                            from generate_series(date '2023-01-01', date '2030-12-31', interval '1 day') as d
                            """)
                    .param("calendar", calendar)
                    .param("opens", opens)
                    .param("closes", closes)
                    .query((rs, n) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getBoolean("open")))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            Scheme scheme = scheme(calendar, opens, closes);
            assertThat(database).hasSize(2922);
            database.forEach((day, open) -> assertThat(scheme.openOn(day))
                    .as("%s %s–%s on %s", calendar, opens, closes, day)
                    .isEqualTo(open));
        }
    }

    @Test
    void theSearchForOpenSchemesFindsARecurringSchemeInTheSessionOfThisYear() {
        jdbc.sql("update organisation set status = 'rejected' where status = 'published'")
                .update();
        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID organisation = fixtures.published(
                "Fonds des cafés de pays",
                OrganisationKind.FUNDER,
                Family.FUND,
                "Il finance les cafés de village.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"));
        LocalDate today = Paris.today();
        UUID recurring = fixtures.scheme(
                organisation,
                "Appel annuel aux cafés",
                SchemeType.APPEL_A_PROJETS,
                SchemeCalendar.RECURRING,
                today.minusYears(2).minusDays(10),
                today.minusYears(2).plusDays(10));
        fixtures.scheme(
                organisation,
                "Appel unique aux cafés",
                SchemeType.APPEL_A_PROJETS,
                SchemeCalendar.DEADLINE,
                today.minusYears(2).minusDays(10),
                today.minusYears(2).plusDays(10));

        DirectoryQuery open = DirectoryQuery.all()
                .withCommune("26113")
                .withSchemes(java.util.Set.of(SchemeType.APPEL_A_PROJETS), java.util.Set.of(), true);

        assertThat(directory.searchSchemes(open, false).items())
                .extracting(hit -> hit.entry().id())
                .containsExactly(recurring);
    }

    @Test
    void aRecurringSchemeNeedsBothDaysOfItsSession() {
        SchemeDraft withoutOpening = SchemeDrafts.annualCall(SchemeCalendar.RECURRING, null, APRIL_30_2026);
        assertThatThrownBy(() -> directory.checkScheme(withoutOpening))
                .isInstanceOfSatisfying(EntryRejectedException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("opensOn");
                    assertThat(refused.messageKey()).isEqualTo("directory.recurring.dates");
                });
    }

    @Test
    void orientationRangesFilterTheOpeningInTheIndexAlone() {
        jdbc.sql("set local enable_seqscan = off").update();
        jdbc.sql("set local enable_bitmapscan = off").update();
        String plan = String.join(
                "\n",
                jdbc.sql(
                                """
                                explain (costs off, verbose)
                                select r.entry_id from scheme_reach r
                                where r.perimeter_id = gen_random_uuid() and r.type = 'subvention'
                                  and r.eligibility = gen_random_uuid()
                                  and scheme_open_on(r.calendar, r.opens_on, r.closes_on, date '2027-03-15')
                                order by r.sort_name, r.entry_id limit 8
                                """)
                        .query(String.class)
                        .list());
        // The range orientation_schemes reads for one eligibility group of a perimeter and type (V79).
        assertThat(plan).contains("Index Only Scan using scheme_reach_by_eligibility");
        // Inlined: the planner reads the expression, not a call it could not see into.
        assertThat(plan).doesNotContain("scheme_open_on(").contains("make_interval");
    }

    /** Whether the database's function says open, checked against the scheme page's answer. */
    private boolean openInDatabase(String calendar, LocalDate opens, LocalDate closes, LocalDate day) {
        boolean open = jdbc.sql("select scheme_open_on(:calendar, :opens, :closes, :day)")
                .param("calendar", calendar)
                .param("opens", opens)
                .param("closes", closes)
                .param("day", day)
                .query(Boolean.class)
                .single();
        assertThat(scheme(calendar, opens, closes).openOn(day))
                .as("the page agrees with the database")
                .isEqualTo(open);
        return open;
    }

    private static Scheme scheme(String calendar, LocalDate opens, LocalDate closes) {
        return new Scheme(
                UUID.randomUUID(),
                SchemeDrafts.annualCall(
                        SchemeCalendar.valueOf(calendar.toUpperCase(java.util.Locale.ROOT)), opens, closes),
                "Structure",
                null);
    }
}
