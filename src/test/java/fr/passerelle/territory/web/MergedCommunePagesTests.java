package fr.passerelle.territory.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import fr.passerelle.territory.imports.ImportScope;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import fr.passerelle.testing.PlatformTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** A merged commune's page and its API entry say that its class is inherited, and from which communes. */
@PlatformTest
@Transactional
class MergedCommunePagesTests {

    private static final String SOLORE_EN_FOREZ = "42084";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReferenceImports imports;

    private void importSample() throws IOException {
        String name = "grille_densite_fusions_2024.csv";
        try (var in = getClass().getResourceAsStream("/territory/" + name)) {
            imports.importFile(
                    ReferenceFileKind.DENSITY_GRID, name, in.readAllBytes(), null, ImportScope.PARTIAL, "test");
        }
    }

    @Test
    void theCommunePageSaysItsClassIsInherited() throws Exception {
        importSample();
        mvc.perform(get("/territoires/communes/" + SOLORE_EN_FOREZ))
                .andExpect(content().string(containsString("6 – Rural à habitat dispersé")))
                .andExpect(content()
                        .string(containsString("Classe héritée des communes fusionnées\u00a0:"
                                + " Saint-Laurent-Rochefort (niveau 7, 251 habitants), Débats-Rivière-d&#39;Orpra (niveau 6,"
                                + " 159 habitants), L&#39;Hôpital-sous-Rochefort (niveau 6, 107 habitants).")));
    }

    @Test
    void theApiSaysItToo() throws Exception {
        importSample();
        mvc.perform(get("/api/v1/territories/communes/" + SOLORE_EN_FOREZ))
                .andExpect(jsonPath("$.code").value(SOLORE_EN_FOREZ))
                .andExpect(jsonPath("$.densityLevel").value(6))
                .andExpect(jsonPath("$.densityInheritedFrom[0].code").value("42252"))
                .andExpect(jsonPath("$.densityInheritedFrom[0].densityLevel").value(7))
                .andExpect(jsonPath("$.densityNote", startsWith("Classe héritée des communes fusionnées\u00a0:")));
        mvc.perform(get("/api/v1/territories/communes/26113"))
                .andExpect(jsonPath("$.densityNote").doesNotExist());
    }
}
