package fr.passerelle.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.SchemeCalendar;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.directory.internal.SchemeDraft;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Orientation on the demonstration directory: a collective citizens' project at the idea stage in Die (CC du
 * Diois) gets the Diois welcome desk first and reasons for every result; a scheme closed yesterday, or limited to
 * another région, never appears; the order is the same every time.
 */
@SpringBootTest(properties = "passerelle.demo-data=true")
@AutoConfigureMockMvc
class OrientationTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Orientation orientation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Territories territories;

    @Autowired
    Directory directory;

    private static final AccountUser COORDINATOR = new AccountUser(
            UUID.randomUUID(),
            "coordination@exemple.fr",
            "Coordination",
            Set.of(Role.COORDINATOR),
            Set.of(),
            true,
            null);

    String tag;

    private final ProjectProfile bikeWorkshop = new ProjectProfile(
            ProjectKind.INITIATIVE_CITOYENNE,
            ProjectStage.IDEE,
            List.of(),
            true,
            true,
            List.of(Need.ACCOMPAGNEMENT, Need.FINANCEMENT),
            List.of("26113"));

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    /** A published scheme of the CC du Diois's organisation, covering one official territory. */
    private void scheme(String name, String calendar, LocalDate closes, PerimeterKind kind, String code) {
        scheme("Communauté de communes du Diois", name, calendar, closes, kind, code);
    }

    /** Published through the directory's API, as a coordinator would, covering one official territory. */
    private void scheme(
            String organisationName, String name, String calendar, LocalDate closes, PerimeterKind kind, String code) {
        directory.createScheme(
                COORDINATOR,
                new SchemeDraft(
                        directory.organisationIdByName(organisationName).orElseThrow(),
                        name,
                        "Un dispositif de test.",
                        SchemeType.SUBVENTION,
                        List.of(ProjectStage.IDEE),
                        List.of(),
                        List.of(),
                        List.of(),
                        false,
                        false,
                        SchemeCalendar.valueOf(calendar.toUpperCase(java.util.Locale.ROOT)),
                        null,
                        closes,
                        null,
                        null,
                        null,
                        null,
                        List.of(territories.officialPerimeter(kind, code).id()),
                        TODAY));
    }

    private static Stream<Pick> picks(OrientationResult result) {
        return result.groups().stream().flatMap(group -> group.picks().stream());
    }

    @Test
    void theDioisDeskComesFirstAndEveryResultSaysWhy() {
        OrientationResult result = orientation.orient(bikeWorkshop, TODAY);

        assertThat(result.welcomeDesk()).isPresent();
        Pick desk = result.welcomeDesk().get();
        assertThat(desk.name()).isEqualTo("Communauté de communes du Diois");
        assertThat(desk.reasons())
                .singleElement()
                .asString()
                .startsWith("Accueil de proximité pour")
                .contains("Diois");
        assertThat(result.groups()).extracting(NeedGroup::need).containsExactly(Need.ACCOMPAGNEMENT, Need.FINANCEMENT);
        assertThat(result.groups())
                .allSatisfy(group -> assertThat(group.picks()).isNotEmpty());
        assertThat(picks(result)).allSatisfy(pick -> {
            assertThat(pick.reasons()).isNotEmpty();
            assertThat(pick.reasons().get(0)).matches("Couvre .+|Agit dans toute la France");
            assertThat(pick.id()).isNotEqualTo(desk.id());
        });
        // Schemes kept for local authorities are not for a citizens' collective.
        assertThat(picks(result)).noneMatch(pick -> pick.reasons().contains("Pour : Collectivités (à vérifier)"));
        // Local before national within each need, when the fit is the same.
        List<Pick> support = result.groups().get(0).picks();
        assertThat(support.get(0).reasons().get(0)).isNotEqualTo("Agit dans toute la France");
    }

    @Test
    void aSchemeClosedYesterdayOrForAnotherRegionNeverAppearsWhileAnOpenOneDoes() {
        scheme("Fonds clos hier " + tag, "deadline", TODAY.minusDays(1), PerimeterKind.DEPARTEMENT, "26");
        scheme("Aide bretonne " + tag, "always", null, PerimeterKind.REGION, "53");
        scheme("Aide ouverte " + tag, "deadline", TODAY.plusDays(30), PerimeterKind.DEPARTEMENT, "26");

        OrientationResult result = orientation.orient(bikeWorkshop, TODAY);

        List<String> names = picks(result).map(Pick::name).toList();
        assertThat(names).noneMatch(name -> name.startsWith("Fonds clos hier " + tag));
        assertThat(names).noneMatch(name -> name.startsWith("Aide bretonne " + tag));
        Pick open = picks(result)
                .filter(pick -> pick.name().equals("Aide ouverte " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(open.reasons())
                .contains("Couvre Drôme", "Adapté au stade « Idée »")
                .anyMatch(reason -> reason.startsWith("Candidatures jusqu’au "));
    }

    /** The organisation's response record as the nightly snapshot has it: so many referrals, so many quick. */
    private void record(String organisationName, int referrals, int quick, Long medianSeconds) {
        jdbc.sql(
                        """
                        insert into response_record (organisation_id, referrals, quick, median_seconds, computed_on)
                        values (:organisation, :referrals, :quick, :median, current_date)
                        on conflict (organisation_id) do update
                        set referrals = excluded.referrals, quick = excluded.quick, median_seconds = excluded.median_seconds
                        """)
                .param(
                        "organisation",
                        directory.organisationIdByName(organisationName).orElseThrow())
                .param("referrals", referrals)
                .param("quick", quick)
                .param("median", medianSeconds == null ? null : medianSeconds.doubleValue())
                .update();
    }

    @Test
    void betweenEqualResultsTheStructureThatAnswersComesFirstAndSaysSo() {
        // Two schemes alike in every way but their organisation; by name, the Diois one would come first.
        scheme("Communauté de communes du Diois", "Aide A " + tag, "always", null, PerimeterKind.DEPARTEMENT, "26");
        scheme("CCI de la Drôme", "Aide B " + tag, "always", null, PerimeterKind.DEPARTEMENT, "26");
        record("Communauté de communes du Diois", 12, 0, null);
        record("CCI de la Drôme", 12, 12, 2L * 24 * 3600);

        List<Pick> funding = orientation.orient(bikeWorkshop, TODAY).groups().stream()
                .filter(group -> group.need() == Need.FINANCEMENT)
                .findFirst()
                .orElseThrow()
                .picks();
        List<String> names = funding.stream().map(Pick::name).toList();
        assertThat(names).contains("Aide B " + tag);
        if (names.contains("Aide A " + tag)) {
            assertThat(names.indexOf("Aide B " + tag)).isLessThan(names.indexOf("Aide A " + tag));
        }
        Pick answering = funding.get(names.indexOf("Aide B " + tag));
        assertThat(answering.reasons())
                .anyMatch(reason -> reason.matches("Répond à \\d+ % des mises en relation en moins de 5 jours.*"));
    }

    @Test
    void theSameProjectAlwaysGetsTheSameOrder() {
        OrientationResult first = orientation.orient(bikeWorkshop, TODAY);
        OrientationResult second = orientation.orient(bikeWorkshop, TODAY);
        assertThat(picks(second).map(Pick::id).toList())
                .isEqualTo(picks(first).map(Pick::id).toList());
    }
}
