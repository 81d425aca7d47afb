package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.DataInclusionExport;
import fr.passerelle.directory.internal.OrganisationDraft;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.ModuleTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data·inclusion export, checked against the schema v1 of ../shared/reference (not part of the
 * repository: that check is skipped when the files are absent) and for what the schema asks in words.
 */
@ModuleTest
@Transactional
class DataInclusionExportTests {

    private static final Path SCHEMA = Path.of(
            System.getenv().getOrDefault("PASSERELLE_REFERENCE_DIR", "../shared/reference"),
            "data-inclusion-schema-v1");

    @Autowired
    DataInclusionExport export;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    private final ObjectMapper json = new ObjectMapper();
    UUID regional;

    @BeforeEach
    void entries() {
        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        regional = fixtures.published(
                "Fonds régional d’essai",
                OrganisationKind.FUNDER,
                Family.FUND,
                "Il finance des projets ruraux.",
                fixtures.perimeter(PerimeterKind.REGION, "84"));
        fixtures.scheme(regional, "Prêt d’essai", SchemeType.PRET_HONNEUR, SchemeCalendar.ALWAYS, null, null);
        UUID desk = organisations.insertPublished(
                new OrganisationDraft(
                        "Maison des projets d’essai",
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        null,
                        Area.BOTH,
                        "Elle accueille les porteurs de projet.",
                        "12345678900011",
                        null,
                        "accueil@maison.example",
                        "04 75 22 00 00",
                        "1 place de la République",
                        "26113",
                        44.75,
                        5.37,
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26")),
                        null),
                "test");
        fixtures.scheme(
                desk,
                "Premier accueil d’essai",
                SchemeType.ACCOMPAGNEMENT,
                SchemeCalendar.ALWAYS,
                null,
                null,
                new SchemeAccess(
                        List.of(SchemeAccess.ReceptionMode.EN_PRESENTIEL, SchemeAccess.ReceptionMode.A_DISTANCE),
                        SchemeAccess.Fee.PAYANT,
                        "Adhésion de 10 € par an",
                        List.of(SchemeAccess.Mobiliser.USAGERS, SchemeAccess.Mobiliser.PROFESSIONNELS)));
    }

    @Test
    void servicesSayHowTheyAreReachedAndBySuchContactsAsTheDirectoryHolds() {
        Map<String, Object> service = export.services().stream()
                .filter(s -> s.get("nom").equals("Premier accueil d’essai"))
                .findFirst()
                .orElseThrow();
        assertThat(service.get("modes_accueil")).isEqualTo(List.of("en-presentiel", "a-distance"));
        assertThat(service.get("frais")).isEqualTo("payant");
        assertThat(service.get("frais_precisions")).isEqualTo("Adhésion de 10 € par an");
        assertThat(service.get("mobilisable_par")).isEqualTo(List.of("usagers", "professionnels"));
        assertThat(service.get("modes_mobilisation"))
                .isEqualTo(List.of("envoyer-un-courriel", "se-presenter", "telephoner"));
        assertThat(service.get("courriel")).isEqualTo("accueil@maison.example");
        assertThat(service.get("telephone")).isEqualTo("04 75 22 00 00");
        assertThat(service.get("adresse")).isEqualTo("1 place de la République");
        assertThat(service.get("code_insee")).isEqualTo("26113");
        Map<String, Object> structure = export.structures().stream()
                .filter(s -> s.get("nom").equals("Maison des projets d’essai"))
                .findFirst()
                .orElseThrow();
        assertThat(structure.get("siret")).isEqualTo("12345678900011");
        assertThat(structure.get("telephone")).isEqualTo("04 75 22 00 00");

        Map<String, Object> loan = export.services().stream()
                .filter(s -> s.get("nom").equals("Prêt d’essai"))
                .findFirst()
                .orElseThrow();
        assertThat(loan.get("frais")).as("not said, not guessed").isNull();
        assertThat(loan.get("modes_accueil")).isNull();
        assertThat(loan.get("modes_mobilisation")).isNull();
    }

    private List<String> violations(String schemaFile, List<Map<String, Object>> documents) throws Exception {
        Path file = SCHEMA.resolve(schemaFile);
        assumeTrue(Files.isReadable(file), "data·inclusion schema absent: " + file.toAbsolutePath());
        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Files.readString(file));
        List<String> violations = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            JsonNode node = json.valueToTree(json.readTree(json.writeValueAsString(document)));
            Set<ValidationMessage> messages = schema.validate(node);
            messages.forEach(message -> violations.add(document.get("id") + ": " + message.getMessage()));
        }
        return violations;
    }

    @Test
    void structuresValidateAgainstTheSchema() throws Exception {
        List<Map<String, Object>> structures = export.structures();
        assertThat(structures).isNotEmpty();
        assertThat(violations("structure.json", structures)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAWrongDocument() throws Exception {
        Map<String, Object> wrong = new java.util.HashMap<>(export.structures().get(0));
        wrong.put("nom", "ab");
        wrong.put("reseaux_porteurs", List.of("pas-un-reseau"));
        assertThat(violations("structure.json", List.of(wrong))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void servicesValidateAgainstTheSchema() throws Exception {
        List<Map<String, Object>> services = export.services();
        assertThat(services).isNotEmpty();
        assertThat(violations("service.json", services)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRegionalServiceListsTheDepartementsOfItsRegion() {
        Map<String, Object> service = export.services().stream()
                .filter(s -> s.get("nom").equals("Prêt d’essai"))
                .findFirst()
                .orElseThrow();
        assertThat(service.get("structure_id")).isEqualTo("passerelle--" + regional);
        assertThat(service.get("type")).isEqualTo("aide-financiere");
        assertThat((List<Object>) service.get("zone_eligibilite"))
                .contains("01", "07", "26", "42", "69", "74")
                .hasSize(12);
        assertThat(service.get("publics")).isEqualTo(List.of("tous-publics"));
    }
}
