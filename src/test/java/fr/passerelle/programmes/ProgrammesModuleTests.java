package fr.passerelle.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.RegistrationDraft;
import fr.passerelle.events.internal.Registrations;
import fr.passerelle.intake.IntakeTestData;
import fr.passerelle.programmes.internal.ActionDraft;
import fr.passerelle.programmes.internal.ActionKind;
import fr.passerelle.programmes.internal.NetworkStatistics;
import fr.passerelle.programmes.internal.ProgrammeDraft;
import fr.passerelle.programmes.internal.ProgrammeRejectedException;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.StatisticsCsv;
import fr.passerelle.testing.ModuleTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * The programmes module on its own (with what it uses): an action counts one event of its kind and year, a
 * programme's years hold its actions, its reports and the network's statistics add up what the other modules
 * recorded, for coordinators only.
 */
@ModuleTest(extraIncludes = {"accounts", "orientation"})
@TestPropertySource(properties = "passerelle.demo-data=true")
class ProgrammesModuleTests {

    private static final AccountUser COORDINATOR = user(Role.COORDINATOR);
    private static final AccountUser ADVISOR = user(Role.ADVISOR);

    @Autowired
    Programmes programmes;

    @Autowired
    ProgrammeReports reports;

    @Autowired
    NetworkStatistics statistics;

    @Autowired
    StatisticsCsv csv;

    @Autowired
    Events events;

    @Autowired
    Registrations registrations;

    @Autowired
    JdbcClient jdbc;

    private static AccountUser user(Role role) {
        return new AccountUser(
                UUID.randomUUID(), role.name() + "@exemple.fr", "Personne de test", Set.of(role), Set.of(), true, null);
    }

    private UUID programme(int firstYear, int lastYear) {
        return programmes.create(COORDINATOR, draft(firstYear, lastYear, "Démarche " + UUID.randomUUID()));
    }

    private static ProgrammeDraft draft(int firstYear, int lastYear, String name) {
        return new ProgrammeDraft(name, firstYear, lastYear, null, null, null, null, List.of(), List.of(), null);
    }

    private UUID event(EventKind kind, OffsetDateTime start) {
        return events.record(new EventDraft(
                kind,
                "Rencontre d’essai " + UUID.randomUUID(),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Die",
                null,
                null,
                2,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(3))),
                List.of()));
    }

    private static ActionDraft action(ActionKind kind, int year, UUID event) {
        return new ActionDraft(kind, "Action d’essai", year, event, null, null, false, null, null, null);
    }

    private static List<String> breaches(Throwable refusal) {
        return ((RuleViolation) refusal)
                .breaches().stream().map(Breach::messageKey).toList();
    }

    @Test
    void anActionCountsOneEventOfItsKindInItsYear() {
        UUID programme = programme(2020, 2030);
        OffsetDateTime start = OffsetDateTime.of(2024, 5, 14, 9, 0, 0, 0, ZoneOffset.ofHours(2));
        UUID session = event(EventKind.FORMATION, start);
        UUID stand = event(EventKind.STAND, start);

        assertThatThrownBy(() -> programmes.addAction(COORDINATOR, programme, action(ActionKind.STAND, 2024, session)))
                .isInstanceOf(ProgrammeRejectedException.class)
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.action.event.kind"));
        assertThatThrownBy(
                        () -> programmes.addAction(COORDINATOR, programme, action(ActionKind.SESSION, 2025, session)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.action.event.year"));
        assertThatThrownBy(
                        () -> programmes.addAction(COORDINATOR, programme, action(ActionKind.SESSION, 2031, session)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.action.year.outside", "programme.action.event.year"));
        programmes.addAction(COORDINATOR, programme, action(ActionKind.SESSION, 2024, session));
        programmes.addAction(COORDINATOR, programme, action(ActionKind.STAND, 2024, stand));
        assertThatThrownBy(() -> programmes.addAction(
                        COORDINATOR, programme(2024, 2024), action(ActionKind.SESSION, 2024, session)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.action.event.taken"));
        assertThat(programmes.actions(COORDINATOR, programme)).hasSize(2);
    }

    @Test
    void aProgrammesYearsHoldItsActions() {
        String name = "Démarche " + UUID.randomUUID();
        UUID programme = programmes.create(COORDINATOR, draft(2020, 2030, name));
        UUID session = event(EventKind.FORMATION, OffsetDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneOffset.ofHours(1)));
        programmes.addAction(COORDINATOR, programme, action(ActionKind.SESSION, 2026, session));

        assertThatThrownBy(() -> programmes.update(COORDINATOR, programme, draft(2020, 2025, name)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.years.actionsOutside"));
        assertThatThrownBy(() -> programmes.create(COORDINATOR, draft(2020, 2019, name)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.name.taken", "programme.years.order"));
        programmes.update(COORDINATOR, programme, draft(2026, 2026, name));
        assertThat(programmes.programme(COORDINATOR, programme).lastYear()).isEqualTo(2026);
    }

    @Test
    void anActionsReportCountsTheRegistrationsOfItsEvent() {
        OffsetDateTime start = OffsetDateTime.now().plusDays(20).withNano(0);
        int year = start.atZoneSameInstant(Paris.ZONE).getYear();
        UUID session = event(EventKind.FORMATION, start);
        UUID action =
                programmes.addAction(COORDINATOR, programme(year, year), action(ActionKind.SESSION, year, session));
        for (String organisation : new String[] {"CC du Diois", null, null}) {
            String email = "participant-" + UUID.randomUUID() + "@exemple.fr";
            var receipt = registrations.register(
                    session, new RegistrationDraft("Personne de test", email, organisation, null, Map.of(), true));
            registrations.confirm(receipt.token());
        }

        Map<String, Double> figures = reports.action(COORDINATOR, action).figures();

        assertThat(figures)
                .containsEntry("participants", 3.0)
                .containsEntry("partners", 1.0)
                .containsEntry("waitlisted", 1.0);
    }

    @Test
    void anActionOnAnEventStillToComeIsPlannedUntilTheEventBegins() {
        OffsetDateTime start = OffsetDateTime.now().plusHours(2).withNano(0);
        int year = start.atZoneSameInstant(Paris.ZONE).getYear();
        UUID session = event(EventKind.FORMATION, start);
        UUID programme = programme(year, year);
        programmes.addAction(COORDINATOR, programme, action(ActionKind.SESSION, year, session));
        var receipt = registrations.register(
                session,
                new RegistrationDraft(
                        "Personne de test", "avance-" + UUID.randomUUID() + "@exemple.fr", null, null, Map.of(), true));
        registrations.confirm(receipt.token());

        Map<String, Double> toCome = reports.programme(COORDINATOR, programme).figures();
        assertThat(toCome)
                .containsEntry("actionsHeld", 0.0)
                .containsEntry("actionsPlanned", 1.0)
                .containsEntry("sessionsHeld", 0.0)
                .containsEntry("participants", 0.0);
        assertThat(reports.programme(COORDINATOR, programme).actions())
                .singleElement()
                .satisfies(line -> assertThat(line.planned()).isTrue());

        jdbc.sql(
                        "update event_slot set starts_at = starts_at - interval '3 hours', ends_at = ends_at - interval '3 hours'"
                                + " where event_id = :e")
                .param("e", session)
                .update();
        jdbc.sql("update event set starts_at = starts_at - interval '3 hours' where id = :e")
                .param("e", session)
                .update();
        assertThat(reports.programme(COORDINATOR, programme).figures())
                .containsEntry("actionsHeld", 1.0)
                .containsEntry("actionsPlanned", 0.0)
                .containsEntry("sessionsHeld", 1.0)
                .containsEntry("participants", 1.0);
    }

    @Test
    void onlyCoordinatorsReadProgrammesAndStatistics() {
        UUID programme = programme(2020, 2030);

        assertThatThrownBy(() -> programmes.programme(ADVISOR, programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.programme(ADVISOR, programme)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.create(ADVISOR, draft(2020, 2030, "Démarche " + UUID.randomUUID())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.of(ADVISOR, 2016)).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * A national network has thousands of desks: the statistics show the 30 busiest one by one, the others added
     * up in one row, and the total, read from the tallies.
     */
    @Test
    void theStatisticsShowTheBusiestDesksAndAddTheOthersUp() {
        UUID project = IntakeTestData.project(jdbc);
        // In March 2016 (the dashboard's first year): desk n receives n requests (n = 1..35), the network's
        // coordinators 3.
        String salt = UUID.randomUUID().toString();
        OffsetDateTime march = OffsetDateTime.of(2016, 3, 10, 10, 0, 0, 0, ZoneOffset.ofHours(1));
        IntakeTestData.requests(jdbc, project, null, 3, march);
        for (int desk = 1; desk <= 35; desk++) {
            UUID id = UUID.nameUUIDFromBytes((salt + desk).getBytes(StandardCharsets.UTF_8));
            IntakeTestData.requests(jdbc, project, id, desk, march);
        }
        String table = csv.csv(statistics.of(COORDINATOR, 2016));
        List<String> desks =
                table.lines().skip(2).takeWhile(line -> !line.isEmpty()).toList();
        assertThat(desks).hasSize(32);
        assertThat(desks.get(0)).endsWith(";0;0;35;0;0;0;0;0;0;0;0;0;35");
        assertThat(desks.get(29)).endsWith(";0;0;6;0;0;0;0;0;0;0;0;0;6");
        // Desks 1 to 5 (15 requests) and the network's coordinators (3).
        assertThat(desks.get(30)).isEqualTo("Les 6 autres guichets;0;0;18;0;0;0;0;0;0;0;0;0;18");
        assertThat(desks.get(31)).isEqualTo("Total;0;0;633;0;0;0;0;0;0;0;0;0;633");
    }
}
