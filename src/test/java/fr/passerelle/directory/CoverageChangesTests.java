package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.directory.internal.CoverageChanges;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.ModuleTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The approved coverage is held by the database: a coverage row exists only by an approved change of its
 * organisation, and a change in force cannot be turned back, whatever the code that writes.
 */
@ModuleTest
class CoverageChangesTests {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    @Autowired
    CoverageChanges coverage;

    @Autowired
    JdbcClient jdbc;

    DirectoryFixtures fixtures;
    UUID organisation;
    UUID epci;
    UUID france;

    @BeforeEach
    void organisation() {
        fixtures = new DirectoryFixtures(organisations, schemes, territories);
        epci = fixtures.perimeter(PerimeterKind.EPCI, "242600534");
        france = fixtures.perimeter(PerimeterKind.FRANCE, null);
        organisation = fixtures.published(
                "Territoire " + UUID.randomUUID(),
                OrganisationKind.LOCAL_AUTHORITY,
                Family.INFORM_ORIENT,
                "Accueille les porteurs de projet.",
                epci);
    }

    private long changeWithStatus(String status) {
        return jdbc.sql("select id from coverage_change where organisation_id = :id and status = :status")
                .param("id", organisation)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    private void writeCoverage(Long change) {
        jdbc.sql("insert into organisation_coverage (organisation_id, perimeter_id, change_id) values (:o, :p, :c)")
                .param("o", organisation)
                .param("p", france)
                .param("c", change)
                .update();
    }

    @Test
    void noCoverageRowWithoutAnApprovedChangeOfItsOrganisation() {
        coverage.propose(organisation, List.of(france), "membre@exemple.fr");
        long pending = changeWithStatus("pending");

        assertThatThrownBy(() -> writeCoverage(pending)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> writeCoverage(null)).isInstanceOf(DataIntegrityViolationException.class);
        UUID other = fixtures.published(
                "Autre " + UUID.randomUUID(), OrganisationKind.NETWORK, Family.FUND, "Autre.", france);
        long othersApproval = jdbc.sql("select change_id from organisation_coverage where organisation_id = :id")
                .param("id", other)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> writeCoverage(othersApproval)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(organisations.find(organisation).orElseThrow().coverage()).containsExactly(epci);
    }

    @Test
    void anApprovedChangeInForceCannotBeTurnedBack() {
        long approved = changeWithStatus("approved");
        assertThatThrownBy(() -> jdbc.sql("update coverage_change set status = 'pending', decided_by = null,"
                                + " decided_at = null where id = :id")
                        .param("id", approved)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aNewProposalReplacesTheWaitingOneWhichCanNoLongerBeApproved() {
        coverage.propose(organisation, List.of(france), "membre@exemple.fr");
        long first = changeWithStatus("pending");
        UUID drome = fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26");
        coverage.propose(organisation, List.of(drome), "membre@exemple.fr");

        assertThat(coverage.decide(first, true, "coordination@exemple.fr")).isFalse();
        assertThat(organisations.find(organisation).orElseThrow().coverage()).containsExactly(epci);
        assertThat(coverage.decide(changeWithStatus("pending"), true, "coordination@exemple.fr"))
                .isTrue();
        assertThat(organisations.find(organisation).orElseThrow().coverage()).containsExactly(drome);
    }

    @Test
    void proposingTheApprovedCoverageChangesNothing() {
        coverage.propose(organisation, List.of(epci), "membre@exemple.fr");
        assertThat(coverage.waiting(organisation)).isEmpty();
    }
}
