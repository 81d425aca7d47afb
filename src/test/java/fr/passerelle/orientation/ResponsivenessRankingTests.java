package fr.passerelle.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.directory.Directory;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.PlatformTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Between equal results, the structure that answers its referrals comes first. The records come from the pathway
 * module (its {@code ResponseRecords}), which uses intake, which uses every module orientation does not: so this
 * ranking is tested in the whole application, not in orientation's module context.
 */
@PlatformTest
class ResponsivenessRankingTests {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    Orientation orientation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Directory directory;

    @Autowired
    Territories territories;

    OrientationSchemes schemes;
    String tag;

    @BeforeEach
    void tag() {
        tag = UUID.randomUUID().toString().substring(0, 6);
        schemes = new OrientationSchemes(directory, territories);
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
        // Two schemes alike in every way but their organisation; by name, the Diois one would come first. Both kept
        // for citizens' initiatives, so that they fit the project better than the open schemes other test classes
        // leave in the shared database (which filled the funding picks when they ran first).
        List<ProjectKind> citizens = List.of(ProjectKind.INITIATIVE_CITOYENNE);
        schemes.publishFor(
                "Communauté de communes du Diois", "Aide A " + tag, citizens, PerimeterKind.DEPARTEMENT, "26");
        schemes.publishFor("CCI de la Drôme", "Aide B " + tag, citizens, PerimeterKind.DEPARTEMENT, "26");
        record("Communauté de communes du Diois", 12, 0, null);
        record("CCI de la Drôme", 12, 12, 2L * 24 * 3600);

        List<Pick> funding = orientation.orient(OrientationSchemes.BIKE_WORKSHOP, TODAY).groups().stream()
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
}
