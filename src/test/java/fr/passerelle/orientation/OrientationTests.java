package fr.passerelle.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.OrientationCandidates;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.ModuleTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Orientation on the demonstration directory: a collective citizens' project at the idea stage in Die (CC du
 * Diois) gets the Diois welcome desk first and reasons for every result; a scheme closed yesterday, or limited to
 * another région, never appears; a scheme rewritten (the kinds of project it is kept for, its coverage) changes the
 * orientation at once; the order is the same every time.
 */
@ModuleTest(extraIncludes = {"accounts", "notifications", "events", "contacts"})
// A database of its own, as OrientationQualityTests: the structures other test classes leave in the Drôme would take
// the candidates' places (each kind and family brings the 16 most local, in name order) and change the ranking here.
@TestPropertySource(properties = {"passerelle.demo-data=true", "passerelle.data-dir=target/orientation-tests-data"})
class OrientationTests {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String DIOIS = "Communauté de communes du Diois";

    @Autowired
    Orientation orientation;

    @Autowired
    Territories territories;

    @Autowired
    Directory directory;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OrientationCandidates candidates;

    @Autowired
    JdbcClient jdbc;

    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    /** A published scheme of the CC du Diois's organisation, covering one official territory. */
    private void scheme(String name, String calendar, LocalDate closes, PerimeterKind kind, String code) {
        new OrientationSchemes(directory, territories)
                .publish("Communauté de communes du Diois", name, calendar, closes, kind, code);
    }

    private static Stream<Pick> picks(OrientationResult result) {
        return result.groups().stream().flatMap(group -> group.picks().stream());
    }

    @Test
    void theDioisDeskComesFirstAndEveryResultSaysWhy() {
        OrientationResult result = orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY);

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
        assertThat(picks(result)).noneMatch(pick -> pick.reasons().contains("Pour\u00a0: Collectivités (à vérifier)"));
        // Local before national within each need, when the fit is the same.
        List<Pick> support = result.groups().get(0).picks();
        assertThat(support.get(0).reasons().get(0)).isNotEqualTo("Agit dans toute la France");
    }

    @Test
    void aSchemeClosedYesterdayOrForAnotherRegionNeverAppearsWhileAnOpenOneDoes() {
        scheme("Fonds clos hier " + tag, "deadline", TODAY.minusDays(1), PerimeterKind.DEPARTEMENT, "26");
        scheme("Aide bretonne " + tag, "always", null, PerimeterKind.REGION, "53");
        scheme("Aide ouverte " + tag, "deadline", TODAY.plusDays(30), PerimeterKind.DEPARTEMENT, "26");

        OrientationResult result = orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY);

        List<String> names = picks(result).map(Pick::name).toList();
        assertThat(names).noneMatch(name -> name.startsWith("Fonds clos hier " + tag));
        assertThat(names).noneMatch(name -> name.startsWith("Aide bretonne " + tag));
        Pick open = picks(result)
                .filter(pick -> pick.name().equals("Aide ouverte " + tag))
                .findFirst()
                .orElseThrow();
        assertThat(open.reasons())
                .contains("Couvre Drôme", "Adapté au stade «\u00a0Idée\u00a0»")
                .anyMatch(reason -> reason.startsWith("Candidatures jusqu’au "));
    }

    @Test
    void aRecurringSchemeComesBackInTheNextYearsSessionWhileAOneOffDeadlineStaysClosed() {
        LocalDate opens = LocalDate.of(2026, 3, 1);
        LocalDate closes = LocalDate.of(2026, 4, 30);
        new OrientationSchemes(directory, territories)
                .publish(
                        "Communauté de communes du Diois",
                        "Appel annuel " + tag,
                        "recurring",
                        opens,
                        closes,
                        PerimeterKind.DEPARTEMENT,
                        "26");
        new OrientationSchemes(directory, territories)
                .publish(
                        "Communauté de communes du Diois",
                        "Appel unique " + tag,
                        "deadline",
                        opens,
                        closes,
                        PerimeterKind.DEPARTEMENT,
                        "26");

        LocalDate inTheSessionOf2028 = LocalDate.of(2028, 4, 2);
        List<Pick> picks = picks(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, inTheSessionOf2028))
                .toList();
        assertThat(picks).extracting(Pick::name).contains("Appel annuel " + tag).doesNotContain("Appel unique " + tag);
        assertThat(picks.stream()
                        .filter(pick -> pick.name().equals("Appel annuel " + tag))
                        .findFirst()
                        .orElseThrow()
                        .reasons())
                .contains("Candidatures jusqu’au 30/04/2028");

        List<String> betweenSessions = picks(
                        orientation.orient(OrientationSchemes.BIKE_WORKSHOP, LocalDate.of(2028, 5, 1)))
                .map(Pick::name)
                .toList();
        assertThat(betweenSessions).doesNotContain("Appel annuel " + tag, "Appel unique " + tag);
    }

    @Test
    void aChangedSchemeChangesTheOrientationAtOnce() {
        OrientationSchemes schemes = new OrientationSchemes(directory, territories);
        String name = "Bourse des ateliers citoyens " + tag;
        UUID id = schemes.publishFor(
                DIOIS, name, List.of(ProjectKind.INITIATIVE_CITOYENNE), PerimeterKind.DEPARTEMENT, "26");
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .contains(name);

        schemes.rewrite(id, DIOIS, name, List.of(ProjectKind.REPRISE), PerimeterKind.DEPARTEMENT, "26");
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .doesNotContain(name);

        schemes.rewrite(id, DIOIS, name, List.of(), PerimeterKind.DEPARTEMENT, "26");
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .contains(name);

        schemes.rewrite(id, DIOIS, name, List.of(), PerimeterKind.REGION, "53");
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .doesNotContain(name);
    }

    /**
     * A place's candidate organisations are kept between orientations (read once, then served from memory) and a
     * change of an organisation there (created, renamed, withdrawn) is seen by the very next orientation, kept or not.
     */
    @Test
    void aChangedOrganisationChangesTheOrientationAtOnceThoughItsPlaceIsKept() {
        String name = "Atelier des possibles " + tag;
        orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY);
        double kept = places("kept");
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .doesNotContain(name);
        assertThat(places("kept")).isEqualTo(kept + 1);

        UUID id = directory.createOrganisation(OrientationSchemes.COORDINATOR, structure(name));
        double read = places("read");
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .contains(name);
        assertThat(places("read")).isEqualTo(read + 1);
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .contains(name);
        assertThat(places("read")).isEqualTo(read + 1);

        directory.updateOrganisation(OrientationSchemes.COORDINATOR, id, structure(name + " renommé"));
        assertThat(names(orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY)))
                .contains(name + " renommé")
                .doesNotContain(name);
        assertThat(places("read")).isEqualTo(read + 2);
    }

    /**
     * The hourly prune forgets only the changes that every place kept since its previous run already saw: those
     * before the snapshot it kept at least six hours ago, never a change made after that snapshot.
     */
    @Test
    void thePruneForgetsOnlyTheChangesEveryKeptPlaceHasSeen() {
        jdbc.sql("delete from organisation_reach_change_prune").update();
        assertThat(candidates.pruneChanges()).isZero(); // keeps a snapshot, removes nothing yet
        assertThat(jdbc.sql("select count(*) from organisation_reach_change_prune")
                        .query(Long.class)
                        .single())
                .isOne();
        String before = currentSnapshot();
        UUID id = directory.createOrganisation(OrientationSchemes.COORDINATOR, structure("Relais du Diois " + tag));
        UUID die = territories.officialPerimeter(PerimeterKind.COMMUNE, "26113").id();
        // The latest change as an xid8 (ordered as text, "996" would come after "1002").
        String change = jdbc.sql("select max(txid)::text from organisation_reach_change where perimeter_id = :die")
                .param("die", die)
                .query(String.class)
                .single();

        assertThat(candidates.pruneChanges()).isZero(); // the snapshot kept is too recent
        // The snapshots are set by hand, so that a prune run elsewhere meanwhile cannot change what is tested.
        keptSnapshot(before);
        candidates.pruneChanges(); // the snapshot kept was taken before the change: it stays
        assertThat(changes(die, change)).isOne();

        keptSnapshot(currentSnapshot());
        assertThat(candidates.pruneChanges()).isPositive();
        assertThat(changes(die, change)).isZero();
        assertThat(directory.organisation(id)).isPresent();
    }

    private String currentSnapshot() {
        return jdbc.sql("select pg_current_snapshot()::text")
                .query(String.class)
                .single();
    }

    /** As if the prune had kept this snapshot more than the time places are kept ago. */
    private void keptSnapshot(String snapshot) {
        jdbc.sql(
                        """
                        insert into organisation_reach_change_prune (snapshot, taken_at)
                        values (cast(:snapshot as pg_snapshot), now() - interval '6 hours 1 minute')
                        on conflict (only_row) do update set snapshot = excluded.snapshot, taken_at = excluded.taken_at
                        """)
                .param("snapshot", snapshot)
                .update();
    }

    private long changes(UUID perimeter, String txid) {
        return jdbc.sql("select count(*) from organisation_reach_change where perimeter_id = :perimeter"
                        + " and txid = :txid::xid8")
                .param("perimeter", perimeter)
                .param("txid", txid)
                .query(Long.class)
                .single();
    }

    private double places(String candidates) {
        return meters.counter("passerelle.orientation.places", "candidates", candidates)
                .count();
    }

    /** A support structure of Die that accompanies any project. */
    private OrganisationDraft structure(String name) {
        return new OrganisationDraft(
                name,
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                null,
                Area.RURAL,
                "Accompagne les projets citoyens du Diois.",
                null,
                null,
                "atelier@exemple.fr",
                null,
                null,
                "26113",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(territories
                        .officialPerimeter(PerimeterKind.COMMUNE, "26113")
                        .id()),
                TODAY);
    }

    private static List<String> names(OrientationResult result) {
        return picks(result).map(Pick::name).toList();
    }

    @Test
    void theSameProjectAlwaysGetsTheSameOrder() {
        OrientationResult first = orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY);
        OrientationResult second = orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY);
        assertThat(picks(second).map(Pick::id).toList())
                .isEqualTo(picks(first).map(Pick::id).toList());
    }
}
