package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.PlatformTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class DirectoryCsvTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    @Test
    void exportsTheSearchAsSemicolonSeparatedUtf8ForFrenchSpreadsheets() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        String name = "Coopérative « test » ; export "
                + java.util.UUID.randomUUID().toString().substring(0, 6);
        fixtures.published(
                name,
                OrganisationKind.SUPPORT_STRUCTURE,
                Family.REPRESENT_SUPPORT,
                "Ligne 1\nligne 2",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"));

        var response = mvc.perform(get("/api/v1/organisations.csv").param("q", name))
                .andReturn()
                .getResponse();
        byte[] bytes = response.getContentAsByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8);

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(csv).startsWith("\uFEFFid;nom;type;famille;");
        assertThat(csv)
                .contains(
                        "\"" + name + "\"", "Structure d’accompagnement", "Ils représentent et accompagnent", "Drôme");
        assertThat(csv).contains("\"Ligne 1\nligne 2\"");
    }
}
