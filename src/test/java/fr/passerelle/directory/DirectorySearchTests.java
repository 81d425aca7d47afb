package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.internal.CoverageChanges;
import fr.passerelle.directory.internal.Hit;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.directory.internal.SearchResult;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.ModuleTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Search rules on entries made for each test (rolled back), the demonstration data set aside. */
@ModuleTest
@Transactional
class DirectorySearchTests {

    private static final String DIE = "26113";

    @Autowired
    Directory directory;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CoverageChanges coverage;

    DirectoryFixtures fixtures;
    UUID local;
    UUID departemental;
    UUID regional;
    UUID national;
    UUID pilat;

    @BeforeEach
    void entries() {
        jdbc.sql("update organisation set status = 'rejected' where status = 'published'")
                .update();
        fixtures = new DirectoryFixtures(organisations, schemes, territories);
        national = fixtures.published(
                "Réseau national des épiceries",
                OrganisationKind.NETWORK,
                Family.REPRESENT_SUPPORT,
                "Il fédère les épiceries de village.",
                fixtures.perimeter(PerimeterKind.FRANCE, null));
        regional = fixtures.published(
                "Fonds rural Auvergne-Rhône-Alpes",
                OrganisationKind.FUNDER,
                Family.FUND,
                "Il finance des projets ruraux par des prêts.",
                fixtures.perimeter(PerimeterKind.REGION, "84"));
        departemental = fixtures.published(
                "Epiceries Rurales de la Drôme",
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Accompagnement des épiceries.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"));
        local = fixtures.published(
                "Épicerie solidaire du Diois",
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.INFORM_ORIENT,
                "Une épicerie coopérative.",
                fixtures.perimeter(PerimeterKind.EPCI, "242600534"));
        pilat = fixtures.published(
                "Collectif du Pilat",
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Épiceries et cafés du Pilat.",
                fixtures.perimeter(PerimeterKind.EPCI, "244200895"));
    }

    private List<UUID> schemeIds(DirectoryQuery query) {
        return directory.searchSchemes(query, false).items().stream()
                .map(hit -> hit.entry().id())
                .toList();
    }

    private List<UUID> organisationIds(DirectoryQuery query) {
        return directory.searchOrganisations(query, false).items().stream()
                .map(hit -> hit.entry().id())
                .toList();
    }

    @Test
    void wordsIgnoreAccentsAndPlurals() {
        assertThat(organisationIds(DirectoryQuery.all().withText("épicerie")))
                .contains(departemental, local, national, pilat);
        assertThat(organisationIds(DirectoryQuery.all().withText("EPICERIES"))).contains(departemental, local);
    }

    @Test
    void synonymsAndAbbreviationsFindWhatTheEntriesSpellOut() {
        UUID health = fixtures.published(
                "Maison de santé du Diois",
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.INFORM_ORIENT,
                "Elle accueille les masseurs-kinésithérapeutes qui s’installent.",
                fixtures.perimeter(PerimeterKind.EPCI, "242600534"));
        assertThat(organisationIds(DirectoryQuery.all().withText("kiné"))).containsExactly(health);
        assertThat(organisationIds(DirectoryQuery.all().withText("kinés Diois")))
                .containsExactly(health);
        assertThat(organisationIds(DirectoryQuery.all().withText("MSP").withCommune(DIE)))
                .containsExactly(health);
        assertThat(organisationIds(DirectoryQuery.all().withText("café associatif")))
                .containsExactly(pilat);
        assertThat(organisationIds(DirectoryQuery.all().withText("café -kiné"))).containsExactly(pilat);
    }

    @Test
    void typosInNamesAreTolerated() {
        assertThat(organisationIds(DirectoryQuery.all().withText("Epicrie solidare")))
                .contains(local);
    }

    @Test
    void aCommuneShowsWhoCoversItLocalFirst() {
        List<UUID> ids = organisationIds(DirectoryQuery.all().withCommune(DIE));
        assertThat(ids).containsExactly(local, departemental, regional, national);
    }

    @Test
    void aCommuneShowsWhoHelpsBeforeTheInitiativesEvenMoreLocalOnes() {
        UUID initiative = fixtures.published(
                "Épicerie paysanne de Die",
                OrganisationKind.INITIATIVE,
                null,
                "Une épicerie tenue par des paysans du Diois.",
                fixtures.perimeter(PerimeterKind.COMMUNE, DIE));
        assertThat(organisationIds(DirectoryQuery.all().withCommune(DIE)))
                .containsExactly(local, departemental, regional, national, initiative);
        assertThat(organisationIds(DirectoryQuery.all().withText("épicerie").withCommune(DIE)))
                .containsExactly(local, departemental, national, initiative);
        assertThat(organisationIds(DirectoryQuery.all().withText("épicerie")))
                .as("without a commune, the initiative is ranked among the others")
                .contains(initiative);
    }

    @Test
    void eachHitSaysThroughWhichPerimeterItCoversTheCommune() {
        var hits = directory
                .searchOrganisations(DirectoryQuery.all().withCommune(DIE), false)
                .items();
        assertThat(hits.get(0).coveredThrough()).isEqualTo("CC du Diois");
        assertThat(hits.get(0).locality()).isEqualTo(1);
        assertThat(hits.get(3).coveredThrough()).isEqualTo("France");
    }

    @Test
    void wordsAndCommuneTogether() {
        assertThat(organisationIds(DirectoryQuery.all().withText("épiceries").withCommune(DIE)))
                .containsExactly(local, departemental, national);
    }

    @Test
    void filtersNarrowAndFacetsCountTheOtherValues() {
        DirectoryQuery funders = DirectoryQuery.all().withCommune(DIE).withFamilies(Set.of(Family.FUND));
        SearchResult<Hit<Organisation>> result = directory.searchOrganisations(funders, true);
        assertThat(result.items()).extracting(hit -> hit.entry().id()).containsExactly(regional);
        assertThat(result.facets().get("family"))
                .containsEntry("fund", 1L)
                .containsEntry("represent_support", 2L)
                .containsEntry("inform_orient", 1L);
        assertThat(result.facets().get("kind")).containsEntry("funder", 1L).doesNotContainKey("network");
    }

    @Test
    void schemesFilterOnTypeStageAndOpening() {
        LocalDate today = LocalDate.now();
        UUID open = fixtures.scheme(
                regional,
                "Prêt rural ouvert",
                SchemeType.PRET,
                SchemeCalendar.DEADLINE,
                today.minusDays(5),
                today.plusDays(5));
        UUID closed = fixtures.scheme(
                regional,
                "Prêt rural fermé",
                SchemeType.PRET,
                SchemeCalendar.DEADLINE,
                today.minusDays(30),
                today.minusDays(1));
        UUID always = fixtures.scheme(
                local, "Accueil permanent", SchemeType.ACCOMPAGNEMENT, SchemeCalendar.ALWAYS, null, null);

        DirectoryQuery openLoans = DirectoryQuery.all()
                .withCommune(DIE)
                .withSchemes(Set.of(SchemeType.PRET), Set.of(ProjectStage.IDEE), true);
        assertThat(directory.searchSchemes(openLoans, false).items())
                .extracting(hit -> hit.entry().id())
                .containsExactly(open);

        SearchResult<Hit<Scheme>> all =
                directory.searchSchemes(DirectoryQuery.all().withCommune(DIE), true);
        assertThat(all.items()).extracting(hit -> hit.entry().id()).containsExactly(always, closed, open);
        assertThat(all.facets().get("type")).containsEntry("pret", 2L).containsEntry("accompagnement", 1L);
        assertThat(all.facets().get("stage")).containsEntry("idee", 3L);
    }

    @Test
    void schemesWithoutCoverageOfTheirOwnCoverWhatTheirOrganisationCovers() {
        UUID scheme = fixtures.scheme(pilat, "Aide du Pilat", SchemeType.SUBVENTION, SchemeCalendar.ALWAYS, null, null);
        assertThat(schemeIds(DirectoryQuery.all().withCommune(DIE))).doesNotContain(scheme);
        assertThat(schemeIds(DirectoryQuery.all().withCommune("42168"))).contains(scheme);
    }

    @Test
    void aDepartementKeepsTheEntriesWhoseCoverageMeetsItWhereverTheyAreBased() {
        // Every entry here is based in Die (Drôme); the Pilat's covers part of the Loire only.
        assertThat(organisationIds(DirectoryQuery.all().withCoverageDepartement("42")))
                .containsExactlyInAnyOrder(national, regional, pilat);
        assertThat(organisationIds(DirectoryQuery.all().withCoverageDepartement("26")))
                .containsExactlyInAnyOrder(national, regional, departemental, local);
        UUID loire = fixtures.scheme(pilat, "Aide du Pilat", SchemeType.SUBVENTION, SchemeCalendar.ALWAYS, null, null);
        UUID diois = fixtures.scheme(local, "Aide du Diois", SchemeType.SUBVENTION, SchemeCalendar.ALWAYS, null, null);
        assertThat(schemeIds(DirectoryQuery.all().withCoverageDepartement("42")))
                .containsExactly(loire);
        assertThat(schemeIds(DirectoryQuery.all().withCoverageDepartement("26")))
                .containsExactly(diois);
    }

    @Test
    void pagesHoldTheirShareAndTheTotal() {
        DirectoryQuery firstPage = DirectoryQuery.all().withCommune(DIE).withPage(0, 3);
        SearchResult<Hit<Organisation>> page = directory.searchOrganisations(firstPage, false);
        assertThat(page.items()).hasSize(3);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.pages()).isEqualTo(2);
        DirectoryQuery secondPage = DirectoryQuery.all().withCommune(DIE).withPage(1, 3);
        assertThat(organisationIds(secondPage)).containsExactly(national);
    }

    @Test
    void aProposalIsHiddenUntilACoordinatorApprovesIt() {
        UUID proposal = directory.proposeOrganisation(
                DirectoryFixtures.organisation(
                        "Épicerie proposée",
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        "Proposée par un habitant.",
                        List.of(fixtures.perimeter(PerimeterKind.COMMUNE, DIE))),
                "habitant@exemple.fr");
        assertThat(organisationIds(DirectoryQuery.all().withCommune(DIE))).doesNotContain(proposal);
        assertThat(directory.publishedOrganisation(proposal)).isEmpty();
        assertThat(directory.proposedOrganisations(fr.passerelle.testing.Sessions.national()))
                .extracting(Organisation::id)
                .contains(proposal);
    }

    @Test
    void anEntryCoveringSeveralPerimetersOfTheCommuneIsListedOnceThroughTheMostLocal() {
        UUID both = fixtures.published(
                "Coopérative des deux échelles",
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.INFORM_ORIENT,
                "Présente dans le Diois et dans toute la Drôme.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"),
                fixtures.perimeter(PerimeterKind.EPCI, "242600534"));
        var hits = directory
                .searchOrganisations(DirectoryQuery.all().withCommune(DIE), true)
                .items();
        assertThat(hits)
                .filteredOn(hit -> hit.entry().id().equals(both))
                .singleElement()
                .satisfies(hit -> {
                    assertThat(hit.locality()).isEqualTo(1);
                    assertThat(hit.coveredThrough()).isEqualTo("CC du Diois");
                });
        SearchResult<Hit<Organisation>> withWords = directory.searchOrganisations(
                DirectoryQuery.all().withCommune(DIE).withText("coopérative"), true);
        assertThat(withWords.items()).extracting(hit -> hit.entry().id()).containsOnlyOnce(both);
        assertThat(withWords.facets().get("family")).containsEntry("inform_orient", 2L);
        assertThat(directory
                        .searchOrganisations(DirectoryQuery.all().withCommune(DIE), false)
                        .total())
                .isEqualTo(5);
    }

    @Test
    void aChangedCoverageOrStatusIsSearchedAtOnce() {
        coverage.grant(local, List.of(fixtures.perimeter(PerimeterKind.EPCI, "244200895")), "test");
        assertThat(organisationIds(DirectoryQuery.all().withCommune(DIE))).doesNotContain(local);
        assertThat(organisationIds(DirectoryQuery.all().withCommune("42168"))).contains(local);

        UUID scheme = fixtures.scheme(regional, "Prêt du fonds", SchemeType.PRET, SchemeCalendar.ALWAYS, null, null);
        assertThat(schemeIds(DirectoryQuery.all().withCommune(DIE))).contains(scheme);
        jdbc.sql("update organisation set status = 'rejected' where id = :id")
                .param("id", regional)
                .update();
        assertThat(organisationIds(DirectoryQuery.all().withCommune(DIE))).doesNotContain(regional);
        assertThat(schemeIds(DirectoryQuery.all().withCommune(DIE))).doesNotContain(scheme);
    }

    @Test
    void aMisspeltWordIsReadAsTheNameItResembles() {
        assertThat(organisationIds(DirectoryQuery.all().withText("fond rurl"))).containsExactly(regional);
        assertThat(organisationIds(DirectoryQuery.all().withText("zzzz qqqq"))).isEmpty();
    }

    @Test
    void relatedOrganisationsActWhereItDoesInTheSameFamily() {
        UUID sameFamilyElsewhere = fixtures.published(
                "Réseau du Pilat",
                OrganisationKind.NETWORK,
                Family.REPRESENT_SUPPORT,
                "Ailleurs.",
                fixtures.perimeter(PerimeterKind.EPCI, "244200895"));
        UUID sameFamilyHere = fixtures.published(
                "Réseau drômois",
                OrganisationKind.NETWORK,
                Family.REPRESENT_SUPPORT,
                "Dans la Drôme.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"));
        assertThat(directory.relatedOrganisations(departemental, 6))
                .extracting(Organisation::id)
                .contains(sameFamilyHere)
                .doesNotContain(departemental, sameFamilyElsewhere, local, regional);
    }
}
