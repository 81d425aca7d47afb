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
import fr.passerelle.programmes.internal.ActionPartners;
import fr.passerelle.programmes.internal.NetworkStatistics;
import fr.passerelle.programmes.internal.PartnerDraft;
import fr.passerelle.programmes.internal.PartnerRole;
import fr.passerelle.programmes.internal.ProgrammeDraft;
import fr.passerelle.programmes.internal.ProgrammeRejectedException;
import fr.passerelle.programmes.internal.ProgrammeReports;
import fr.passerelle.programmes.internal.Programmes;
import fr.passerelle.programmes.internal.Report;
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
@ModuleTest(extraIncludes = {"accounts", "orientation", "contacts"})
@TestPropertySource(properties = "passerelle.demo-data=true")
class ProgrammesModuleTests {

    private static final AccountUser COORDINATOR = user(Role.COORDINATOR);
    private static final AccountUser ADVISOR = user(Role.ADVISOR);
    private static final AccountUser NATIONAL = user(Role.ADMINISTRATOR);

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

    @Autowired
    ActionPartners partners;

    private static AccountUser user(Role role) {
        return new AccountUser(
                UUID.randomUUID(), role.name() + "@exemple.fr", "Personne de test", Set.of(role), Set.of(), true, null);
    }

    private UUID programme(int firstYear, int lastYear) {
        return programmes.create(COORDINATOR, draft(firstYear, lastYear, "Démarche " + UUID.randomUUID()));
    }

    private static ProgrammeDraft draft(int firstYear, int lastYear, String name) {
        return new ProgrammeDraft(
                name,
                firstYear,
                lastYear,
                null,
                new ProgrammeDraft.Presentation(null, null, null, List.of(), null),
                ProgrammeDraft.Funders.named(List.of()));
    }

    private UUID event(EventKind kind, OffsetDateTime start) {
        return event(kind, List.of(new Event.Slot(start, start.plusHours(3))));
    }

    private UUID event(EventKind kind, List<Event.Slot> slots) {
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
                slots,
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
        // The national sums: these desks cover no network's territory, and the coordinators' requests go to no desk.
        String table = csv.csv(statistics.of(NATIONAL, 2016));
        List<String> desks =
                table.lines().skip(2).takeWhile(line -> !line.isEmpty()).toList();
        assertThat(desks).hasSize(32);
        assertThat(desks.get(0)).endsWith(";0;0;35;0;0;0;0;0;0;0;0;0;35");
        assertThat(desks.get(29)).endsWith(";0;0;6;0;0;0;0;0;0;0;0;0;6");
        // Desks 1 to 5 (15 requests) and the network's coordinators (3).
        assertThat(desks.get(30)).isEqualTo("Les 6 autres guichets;0;0;18;0;0;0;0;0;0;0;0;0;18");
        assertThat(desks.get(31)).isEqualTo("Total;0;0;633;0;0;0;0;0;0;0;0;0;633");
    }

    /**
     * Issue 20's done-when line, from the demonstration data through the real computation: the 2016 stand's report
     * reads nine territories (those recorded on the stand), 94 project holders advised and 41 partners (its tallies),
     * the talk held at the fair with its own attendance (34 registered, 28 present), and its partners and speakers.
     */
    @Test
    void theStandOf2016ReportsItsTerritoriesTalliesTalkAndPartnersFromTheData() {
        UUID stand = jdbc.sql("select id from programme_action where title like 'Stand commun des territoires ruraux%'")
                .query(UUID.class)
                .single();
        UUID talk = jdbc.sql("select id from event where title like 'S’installer à la campagne : témoignages%'")
                .query(UUID.class)
                .single();

        var report = reports.action(COORDINATOR, stand);

        assertThat(report.figures())
                .containsEntry("standTerritories", 9.0)
                .containsEntry("holdersAdvised", 94.0)
                .containsEntry("partnersVisiting", 41.0)
                .containsEntry("talksHeld", 1.0)
                .containsEntry("talkParticipants_" + talk, 34.0)
                .containsEntry("talkAttended_" + talk, 28.0)
                .containsEntry("actionPartners", 5.0)
                .containsEntry("partners_intervenant", 2.0)
                .containsEntry("partners_accueil", 1.0)
                .containsEntry("speakersNamed", 2.0);
        assertThat(report.partners())
                .extracting(Report.PartnerLine::speaker)
                .contains("Hélène Marchand, chargée de mission accueil de nouvelles populations");
        var programme = reports.programme(COORDINATOR, report.about().programmeId());
        assertThat(programme.figures())
                .containsEntry("talksHeld", 1.0)
                .containsEntry("talkParticipants", 34.0)
                .containsEntry("talkAttended", 28.0)
                .containsEntry("holdersAdvised", 94.0);
        assertThat(programme.partners())
                .extracting(Report.PartnerLine::action)
                .contains("Stand commun des territoires ruraux au Salon des entrepreneurs de Lyon");
    }

    @Test
    void aPartnerComesFromTheDirectoryWithARoleOnceAndOnlyASpeakerIsNamed() {
        UUID action = programmes.addAction(
                COORDINATOR,
                programme(2024, 2024),
                action(
                        ActionKind.SESSION,
                        2024,
                        event(EventKind.ATELIER, OffsetDateTime.of(2024, 3, 5, 9, 0, 0, 0, ZoneOffset.ofHours(1)))));

        assertThatThrownBy(() ->
                        partners.add(COORDINATOR, action, new PartnerDraft("Nulle part SARL", null, null, "élue")))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of(
                        "programme.partner.role.required",
                        "programme.partner.organisation.unknown",
                        "programme.partner.speaker.function"));
        assertThatThrownBy(() -> partners.add(
                        COORDINATOR, action, new PartnerDraft("Cap Rural", PartnerRole.ACCUEIL, "Jeanne D.", null)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.partner.speaker.role"));
        partners.add(COORDINATOR, action, new PartnerDraft("Cap Rural", PartnerRole.ACCUEIL, null, null));
        assertThatThrownBy(() ->
                        partners.add(COORDINATOR, action, new PartnerDraft(" Cap Rural ", PartnerRole.ACCUEIL, "", "")))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.partner.duplicate"));
        partners.add(COORDINATOR, action, new PartnerDraft("Cap Rural", PartnerRole.CO_ORGANISATEUR, null, null));
        partners.add(
                COORDINATOR, action, new PartnerDraft("Cap Rural", PartnerRole.INTERVENANT, "Jeanne D.", "directrice"));
        partners.add(COORDINATOR, action, new PartnerDraft("Cap Rural", PartnerRole.INTERVENANT, "Paul R.", null));
        assertThatThrownBy(() -> partners.add(
                        COORDINATOR, action, new PartnerDraft("Cap Rural", PartnerRole.INTERVENANT, "jeanne d.", null)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.partner.duplicate"));

        assertThat(partners.partners(COORDINATOR, action)).hasSize(4);
        assertThat(reports.action(COORDINATOR, action).figures())
                .containsEntry("actionPartners", 1.0)
                .containsEntry("partners_intervenant", 1.0)
                .containsEntry("speakersNamed", 2.0);
        UUID first = partners.partners(COORDINATOR, action).get(0).id();
        assertThatThrownBy(() -> partners.partners(ADVISOR, action)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> partners.add(ADVISOR, action, new PartnerDraft("Adie", PartnerRole.RELAIS, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partners.remove(ADVISOR, first)).isInstanceOf(AccessDeniedException.class);
        partners.remove(COORDINATOR, first);
        assertThat(partners.partners(COORDINATOR, action)).hasSize(3);
    }

    @Test
    void aTalkIsAnEventHeldDuringTheStandsFairCountedOnceWithItsOwnAttendance() {
        OffsetDateTime day = OffsetDateTime.of(2024, 6, 12, 9, 0, 0, 0, ZoneOffset.ofHours(2));
        UUID fair = event(
                EventKind.STAND,
                List.of(
                        new Event.Slot(day, day.plusHours(9)),
                        new Event.Slot(day.plusDays(1), day.plusDays(1).plusHours(9))));
        UUID talk = event(EventKind.ATELIER, day.plusDays(1).plusHours(5));
        UUID later = event(EventKind.ATELIER, day.plusDays(3));
        UUID otherStand = event(EventKind.STAND, day.plusHours(2));
        UUID programme = programme(2024, 2024);
        UUID stand = programmes.addAction(COORDINATOR, programme, action(ActionKind.STAND, 2024, fair));
        UUID session = programmes.addAction(
                COORDINATOR, programme, action(ActionKind.SESSION, 2024, event(EventKind.FORMATION, day)));

        assertThatThrownBy(() -> partners.addTalk(COORDINATOR, session, talk))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.talk.notStand"));
        assertThatThrownBy(() -> partners.addTalk(COORDINATOR, stand, null))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.talk.event.required"));
        assertThatThrownBy(() -> partners.addTalk(COORDINATOR, stand, UUID.randomUUID()))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.talk.event.unknown"));
        assertThatThrownBy(() -> partners.addTalk(COORDINATOR, stand, otherStand))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.talk.event.kind"));
        assertThatThrownBy(() -> partners.addTalk(COORDINATOR, stand, later))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.talk.event.outside"));
        assertThat(partners.talkCandidates(COORDINATOR, stand))
                .extracting(Event::id)
                .contains(talk)
                .doesNotContain(later, otherStand, fair);
        assertThatThrownBy(() -> partners.addTalk(ADVISOR, stand, talk)).isInstanceOf(AccessDeniedException.class);

        partners.addTalk(COORDINATOR, stand, talk);
        jdbc.sql(
                        """
                        insert into registration (event_id, name, email, consent, status, token)
                        values (:e, 'Présente', :a, true, 'attended', md5(random()::text)),
                               (:e, 'Absente', :b, true, 'no_show', md5(random()::text))
                        """)
                .param("e", talk)
                .param("a", "present-" + UUID.randomUUID() + "@exemple.fr")
                .param("b", "absent-" + UUID.randomUUID() + "@exemple.fr")
                .update();

        assertThatThrownBy(() -> partners.addTalk(COORDINATOR, stand, talk))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.talk.event.taken"));
        assertThatThrownBy(() -> programmes.addAction(COORDINATOR, programme, action(ActionKind.EVENEMENT, 2024, talk)))
                .extracting(ProgrammesModuleTests::breaches)
                .isEqualTo(List.of("programme.action.event.taken"));
        assertThat(partners.talkCandidates(COORDINATOR, stand))
                .extracting(Event::id)
                .doesNotContain(talk);
        assertThat(reports.action(COORDINATOR, stand).figures())
                .containsEntry("talksHeld", 1.0)
                .containsEntry("talkParticipants_" + talk, 2.0)
                .containsEntry("talkAttended_" + talk, 1.0)
                .containsEntry("talkAttendanceRate_" + talk, 0.5);
        assertThat(reports.programme(COORDINATOR, programme).figures()).containsEntry("talkAttended", 1.0);

        partners.removeTalk(COORDINATOR, stand, talk);
        assertThat(reports.action(COORDINATOR, stand).figures()).containsEntry("talksHeld", 0.0);
    }

    @Test
    void anActionHasItsOwnObjectivesOrSaysItRecallsItsProgrammes() {
        UUID programme = programmes.create(
                COORDINATOR,
                new ProgrammeDraft(
                        "Démarche " + UUID.randomUUID(),
                        2024,
                        2024,
                        null,
                        new ProgrammeDraft.Presentation(null, null, null, List.of("L’objectif de la démarche"), null),
                        ProgrammeDraft.Funders.named(List.of())));
        UUID action = programmes.addAction(
                COORDINATOR,
                programme,
                action(
                        ActionKind.SESSION,
                        2024,
                        event(EventKind.FORMATION, OffsetDateTime.of(2024, 2, 2, 9, 0, 0, 0, ZoneOffset.ofHours(1)))));

        var recalled = reports.action(COORDINATOR, action).recalled();
        assertThat(recalled.objectives()).containsExactly("L’objectif de la démarche");
        assertThat(recalled.programmeObjectives()).isTrue();

        programmes.writeAction(COORDINATOR, action, null, "Premier objectif\r\n\nSecond objectif", "Réussi.");
        recalled = reports.action(COORDINATOR, action).recalled();
        assertThat(recalled.objectives()).containsExactly("Premier objectif", "Second objectif");
        assertThat(recalled.programmeObjectives()).isFalse();
        assertThat(recalled.assessment()).isEqualTo("Réussi.");
    }
}
