package fr.passerelle.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Audience;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.internal.Area;
import fr.passerelle.directory.internal.OrganisationRepository;
import fr.passerelle.directory.internal.SchemeRepository;
import fr.passerelle.directory.internal.SubKind;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Imports of organisations from CSV and data·inclusion JSON, tried and done as a coordinator from the outside. */
@PlatformTest
class DirectoryImportTests {

    private static final String HEADER = "id;nom;type;famille;ville_campagne;code_insee;courriel;territoires_codes\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    SchemeRepository schemes;

    @Autowired
    Territories territories;

    Cookie coordinator;
    String tag;

    @BeforeEach
    void coordinator() throws Exception {
        String email = Sessions.uniqueEmail("import");
        Sessions.user(accounts, email, Role.COORDINATOR);
        coordinator = Sessions.signIn(mvc, email);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private long organisationCount() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    private ResultActions api(String body, String format, boolean dryRun) throws Exception {
        return api(body.getBytes(StandardCharsets.UTF_8), "text/csv", format, dryRun);
    }

    private ResultActions api(byte[] body, String type, String format, boolean dryRun) throws Exception {
        return mvc.perform(post("/api/v1/organisations/import")
                .param("format", format)
                .param("dryRun", String.valueOf(dryRun))
                .cookie(coordinator)
                .with(csrf())
                .contentType(type)
                .content(body));
    }

    private String row(String name, String kind, String commune, String email, String coverage) {
        return ";" + name + ";" + kind + ";Ils informent et orientent;Rural;" + commune + ";" + email + ";" + coverage
                + "\n";
    }

    @Test
    void aValidFileIsCheckedThenImported() throws Exception {
        String csv = HEADER
                + row("Maison " + tag, "Structure d’accompagnement", "26113", "a@exemple.fr", "epci:242600534")
                + row("Réseau " + tag, "reseau", "26198", "", "departement:26 | region:84");
        long before = organisationCount();
        api(csv, "CSV", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.applied").value(false));
        assertThat(organisationCount()).isEqualTo(before);

        api(csv, "CSV", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true));
        assertThat(organisationCount()).isEqualTo(before + 2);
        UUID id = organisations.idByName("Réseau " + tag).orElseThrow();
        assertThat(organisations.find(id).orElseThrow().coverage()).hasSize(2);
    }

    @Test
    void aBrokenFileChangesNothingAndSaysWhichRowsAreWrongAndWhy() throws Exception {
        String csv = HEADER
                + row("Bonne " + tag, "Structure d’accompagnement", "26113", "", "departement:26")
                + row("Commune " + tag, "Structure d’accompagnement", "99999", "", "departement:26")
                + row("Courriel " + tag, "Structure d’accompagnement", "26113", "pas-une-adresse", "departement:26")
                + row("Fusée " + tag, "Fusée", "26113", "", "departement:99x")
                + row("Autre bonne " + tag, "Réseau", "26113", "", "france");
        long before = organisationCount();
        api(csv, "CSV", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied").value(false))
                .andExpect(jsonPath("$.problems.length()").value(4))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("code_insee"))
                .andExpect(jsonPath("$.problems[0].value").value("99999"))
                .andExpect(jsonPath("$.problems[0].message").value("Aucune commune actuelle n’a ce code."))
                .andExpect(jsonPath("$.problems[1].line").value(4))
                .andExpect(jsonPath("$.problems[1].column").value("courriel"))
                .andExpect(jsonPath("$.problems[2].line").value(5))
                .andExpect(jsonPath("$.problems[2].column").value("type"))
                .andExpect(jsonPath("$.problems[2].value").value("Fusée"))
                .andExpect(jsonPath("$.problems[3].column").value("territoires_codes"));
        assertThat(organisationCount()).isEqualTo(before);
        assertThat(organisations.idByName("Bonne " + tag)).isEmpty();
    }

    @Test
    void theExportReimportsAsUpdatesWithoutErrors() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        fixtures.published(
                "- Exportée " + tag,
                OrganisationKind.FUNDER,
                Family.FUND,
                "=Commence comme une formule.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"));
        byte[] export = mvc.perform(get("/api/v1/organisations.csv").param("q", tag))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(export, StandardCharsets.UTF_8)).contains("'- Exportée");
        mvc.perform(post("/api/v1/organisations/import")
                        .cookie(coordinator)
                        .with(csrf())
                        .contentType("text/csv")
                        .content(export))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.created").value(0));
    }

    @Test
    void theTemplateChecksCleanly() throws Exception {
        byte[] template = mvc.perform(get("/annuaire/import/modele.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(template, StandardCharsets.UTF_8);
        api(text.replace("Maison des projets du Diois", "Maison " + tag), "CSV", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void aFrenchSpreadsheetsWindowsFileWithCommasIsRead() throws Exception {
        String csv = "nom,type,famille,code_insee,territoires_codes\nÉpicerie " + tag
                + ",Structure d’accompagnement,Ils informent et orientent,26113,france\n";
        mvc.perform(post("/api/v1/organisations/import")
                        .cookie(coordinator)
                        .with(csrf())
                        .contentType("text/csv")
                        .content(csv.replace('’', '\'').getBytes(Charset.forName("windows-1252"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void theDataInclusionExportReimportsWithoutErrors() throws Exception {
        byte[] structures = mvc.perform(get("/api/v1/data-inclusion/structures"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(post("/api/v1/organisations/import")
                        .param("format", "DATA_INCLUSION")
                        .cookie(coordinator)
                        .with(csrf())
                        .contentType("application/json")
                        .content(structures))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.problems.length()").value(0));
    }

    @Test
    void aNewDataInclusionStructureCoversItsDepartementAndBadFieldsAreNamed() throws Exception {
        String json =
                """
                [{"id": "autre--1", "nom": "Structure %s", "code_insee": "26113", "courriel": "x@exemple.fr"},
                 {"id": "autre--2", "nom": "Sans commune %s", "latitude": "nord"}]
                """
                        .formatted(tag, tag);
        api(json, "DATA_INCLUSION", true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(2))
                .andExpect(jsonPath("$.problems[0].column").value("latitude"))
                .andExpect(jsonPath("$.problems[1].column").value("code_insee"));
        api(json.substring(0, json.indexOf("},") + 1) + "]", "DATA_INCLUSION", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        UUID id = organisations.idByName("Structure " + tag).orElseThrow();
        assertThat(organisations.find(id).orElseThrow().coverage())
                .containsExactly(territories
                        .officialPerimeter(PerimeterKind.DEPARTEMENT, "26")
                        .id());
    }

    @Test
    void importingTheSameSourceAgainUpdatesItsEntriesAndSaysWhichAreGone() throws Exception {
        String first =
                """
                {"structures": [
                  {"source": "essai-%1$s", "id": "essai-%1$s---1", "nom": "Tiers-lieu %1$s", "code_insee": "26113",
                   "date_maj": "2026-10-01"},
                  {"source": "essai-%1$s", "id": "essai-%1$s---2", "nom": "Épicerie %1$s", "code_insee": "26113",
                   "date_maj": "2026-10-01"}]}
                """
                        .formatted(tag);
        api(first, "DATA_INCLUSION", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        UUID tiersLieu = organisations.idByName("Tiers-lieu " + tag).orElseThrow();

        String second =
                """
                {"structures": [
                  {"source": "essai-%1$s", "id": "essai-%1$s---1", "nom": "Tiers-lieu %1$s", "code_insee": "26113",
                   "telephone": "04 75 00 00 00", "siret": "12345678900011", "date_maj": "2026-11-20"}]}
                """
                        .formatted(tag);
        api(second, "DATA_INCLUSION", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.gone.length()").value(1))
                .andExpect(jsonPath("$.gone[0]").value("Épicerie " + tag));
        api(second, "DATA_INCLUSION", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applied").value(true));
        Organisation updated = organisations.find(tiersLieu).orElseThrow();
        assertThat(updated.phone()).isEqualTo("04 75 00 00 00");
        assertThat(updated.siret()).isEqualTo("12345678900011");
        assertThat(organisations.idByName("Épicerie " + tag))
                .as("an entry gone from its source is said, not removed")
                .isPresent();

        mvc.perform(multipart("/annuaire/import")
                        .file(new MockMultipartFile(
                                "file", "dora.json", "application/json", second.getBytes(StandardCharsets.UTF_8)))
                        .param("format", "DATA_INCLUSION")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("ne sont plus dans le fichier"), containsString("Épicerie " + tag))));
    }

    @Test
    void servicesComeBackAsSchemesWithHowTheyAreReachedAndBadValuesAreNamed() throws Exception {
        String file =
                """
                {"structures": [
                  {"source": "dora", "id": "dora--%1$s-s", "nom": "Point accueil %1$s", "code_insee": "26113",
                   "courriel": "accueil@point.example", "date_maj": "2026-10-01"}],
                 "services": [
                  {"source": "dora", "id": "dora--%1$s-svc", "structure_id": "dora--%1$s-s",
                   "nom": "Premier conseil %1$s", "description": "Un premier conseil pour tout projet d’activité.",
                   "type": "accompagnement", "publics": ["jeunes", "tous-publics"],
                   "modes_accueil": ["en-presentiel", "a-distance"], "frais": "%2$s",
                   "frais_precisions": "Adhésion annuelle", "mobilisable_par": ["usagers"],
                   "lien_mobilisation": "https://point.example/rdv", "date_maj": "2026-10-01"}]}
                """;
        api(file.formatted(tag, "payant"), "DATA_INCLUSION", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.schemesCreated").value(1));
        UUID structure = organisations.idByName("Point accueil " + tag).orElseThrow();
        Scheme scheme = schemes.ofOrganisation(structure, true).get(0);
        assertThat(scheme.name()).isEqualTo("Premier conseil " + tag);
        assertThat(scheme.type()).isEqualTo(SchemeType.ACCOMPAGNEMENT);
        assertThat(scheme.audiences()).containsExactly(Audience.JEUNES);
        assertThat(scheme.website()).isEqualTo("https://point.example/rdv");
        assertThat(scheme.access())
                .isEqualTo(new SchemeAccess(
                        List.of(SchemeAccess.ReceptionMode.EN_PRESENTIEL, SchemeAccess.ReceptionMode.A_DISTANCE),
                        SchemeAccess.Fee.PAYANT,
                        "Adhésion annuelle",
                        List.of(SchemeAccess.Mobiliser.USAGERS)));

        api(file.formatted(tag, "gratuit"), "DATA_INCLUSION", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.schemesCreated").value(0))
                .andExpect(jsonPath("$.schemesUpdated").value(1));
        assertThat(schemes.find(scheme.id()).orElseThrow().access().fee()).isEqualTo(SchemeAccess.Fee.GRATUIT);

        String wrong = file.formatted(tag, "cher")
                .replace("\"en-presentiel\"", "\"sur-la-lune\"")
                .replace("\"structure_id\": \"dora--" + tag + "-s\"", "\"structure_id\": \"dora--inconnue\"");
        api(file.formatted(tag, "cher").replace("\"en-presentiel\"", "\"sur-la-lune\""), "DATA_INCLUSION", true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].column").value("services.modes_accueil"))
                .andExpect(jsonPath("$.problems[0].value").value("sur-la-lune"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("en-presentiel, a-distance")))
                .andExpect(jsonPath("$.problems[1].column").value("services.frais"))
                .andExpect(jsonPath("$.problems[1].message").value(containsString("gratuit, payant")));
        api(wrong, "DATA_INCLUSION", true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].column").value("services.structure_id"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("chaque service doit nommer")));
        assertThat(schemes.find(scheme.id()).orElseThrow().access().fee())
                .as("a refused file changes nothing")
                .isEqualTo(SchemeAccess.Fee.GRATUIT);
    }

    @Test
    void thePlatformsOwnStructuresAndServicesComeBackUnchanged() throws Exception {
        DirectoryFixtures fixtures = new DirectoryFixtures(organisations, schemes, territories);
        UUID funder = fixtures.published(
                "Fonds " + tag,
                OrganisationKind.FUNDER,
                Family.FUND,
                "Il finance des projets.",
                fixtures.perimeter(PerimeterKind.DEPARTEMENT, "26"));
        UUID loan = fixtures.scheme(
                funder,
                "Prêt " + tag,
                SchemeType.PRET_HONNEUR,
                SchemeCalendar.ALWAYS,
                null,
                null,
                new SchemeAccess(
                        List.of(SchemeAccess.ReceptionMode.A_DISTANCE),
                        SchemeAccess.Fee.GRATUIT,
                        null,
                        List.of(SchemeAccess.Mobiliser.PROFESSIONNELS)));
        Scheme before = schemes.find(loan).orElseThrow();
        String structures = mvc.perform(get("/api/v1/data-inclusion/structures"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String services = mvc.perform(get("/api/v1/data-inclusion/services"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        api("{\"structures\": " + structures + ", \"services\": " + services + "}", "DATA_INCLUSION", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.schemesCreated").value(0));
        Scheme after = schemes.find(loan).orElseThrow();
        assertThat(after.type())
                .as("the schema's aide-financiere is read back as the scheme's own type")
                .isEqualTo(SchemeType.PRET_HONNEUR);
        assertThat(after.access()).isEqualTo(before.access());
        assertThat(after.coverage()).isEqualTo(before.coverage());
    }

    @Test
    void unreadableFilesAreRefusedInFrench() throws Exception {
        api("PK\u0003\u0004 binaire", "CSV", true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("classeur")));
        api("{pas du json", "DATA_INCLUSION", true)
                .andExpect(jsonPath("$.problems[0].message").value("Ce fichier n’est pas du JSON valide."));
        api("a;b\n1;2\n", "CSV", true)
                .andExpect(jsonPath("$.problems[0].message").value(containsString("«\u00a0nom\u00a0»")));
    }

    @Test
    void onlyCoordinatorsImport() throws Exception {
        String email = Sessions.uniqueEmail("conseil");
        Sessions.user(accounts, email, Role.ADVISOR);
        Cookie advisor = Sessions.signIn(mvc, email);
        mvc.perform(get("/annuaire/import").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations/import")
                        .param("dryRun", "false")
                        .cookie(advisor)
                        .with(csrf())
                        .contentType("text/csv")
                        .content(HEADER + row("Intrus " + tag, "Réseau", "26113", "", "france")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/annuaire/import")).andExpect(redirectedUrl("/connexion"));
        assertThat(organisations.idByName("Intrus " + tag)).isEmpty();
    }

    @Test
    void thePageShowsEachProblemThenImportsTheCheckedFile() throws Exception {
        MockMultipartFile broken = new MockMultipartFile(
                "file",
                "structures.csv",
                "text/csv",
                (HEADER + row("Page " + tag, "Structure d’accompagnement", "99999", "", "france"))
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/annuaire/import")
                        .file(broken)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier n’a pas été importé")))
                .andExpect(content().string(containsString("Aucune commune actuelle n’a ce code.")));
        MockMultipartFile good = new MockMultipartFile(
                "file",
                "structures.csv",
                "text/csv",
                (HEADER + row("Page " + tag, "Structure d’accompagnement", "26113", "", "france"))
                        .getBytes(StandardCharsets.UTF_8));
        String page = mvc.perform(multipart("/annuaire/import")
                        .file(good)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(content().string(containsString("Le fichier est correct")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String content = page.replaceAll("(?s).*name=\"content\" value=\"([^\"]+)\".*", "$1");
        mvc.perform(post("/annuaire/import/appliquer")
                        .param("format", "CSV")
                        .param("content", content)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(content().string(containsString("Import terminé\u00a0: 1 structure(s) créée(s)")));
        assertThat(organisations.idByName("Page " + tag)).isPresent();
    }

    @Test
    void theWholeDirectoryWorkbookSavedByASpreadsheetReimportsInFull() throws Exception {
        organisationWithCodes("Classeur Ain " + tag, "01004", -1.68, "01234567800011");
        organisationWithCodes("Classeur Corse " + tag, "2A004", 8.73, "12345678900017");
        byte[] export = mvc.perform(get("/api/v1/organisations.xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        int rows;
        byte[] saved;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export));
                var out = new ByteArrayOutputStream()) {
            rows = workbook.getSheetAt(0).getLastRowNum();
            workbook.write(out);
            saved = out.toByteArray();
        }
        assertThat(rows).isGreaterThan(80);
        workbookImport(saved, "CSV", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(rows));
    }

    @Test
    void aWorkbookWithNumericCodesAndDatesImportsAndABadRowIsNamedByItsRow() throws Exception {
        List<Object> good = List.of(
                "Classeur " + tag,
                "Structure d’accompagnement",
                "Ils informent et orientent",
                "Rural",
                1004,
                "departement:01",
                LocalDate.of(2016, 3, 3));
        List<Object> bad =
                List.of("Fusée " + tag, "Fusée", "Ils informent et orientent", "Rural", 26113, "departement:26", "");
        long before = organisationCount();
        workbookImport(workbook(good, bad), "XLSX", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].line").value(3))
                .andExpect(jsonPath("$.problems[0].column").value("type"))
                .andExpect(jsonPath("$.problems[0].value").value("Fusée"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Valeur inconnue")));
        assertThat(organisationCount()).isEqualTo(before);

        workbookImport(workbook(good), "XLSX", false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        Organisation imported = organisations
                .find(organisations.idByName("Classeur " + tag).orElseThrow())
                .orElseThrow();
        assertThat(imported.communeCode()).isEqualTo("01004");
        assertThat(imported.lastVerifiedOn()).isEqualTo(LocalDate.of(2016, 3, 3));
    }

    @Test
    void aFileNamedAsAWorkbookThatIsNotOneIsRefusedInFrench() throws Exception {
        MockMultipartFile notAWorkbook = new MockMultipartFile(
                "file",
                "structures.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                (HEADER + row("Faux classeur " + tag, "Réseau", "26113", "", "france"))
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/annuaire/import")
                        .file(notAWorkbook)
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier n’a pas été importé")))
                .andExpect(content().string(containsString("Ce fichier ne se lit pas comme un classeur xlsx")));
        assertThat(organisations.idByName("Faux classeur " + tag)).isEmpty();
    }

    private ResultActions workbookImport(byte[] workbook, String format, boolean dryRun) throws Exception {
        return api(workbook, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", format, dryRun);
    }

    /** A workbook typed in a spreadsheet: codes as numbers, the last check as a date cell. */
    @SafeVarargs
    private static byte[] workbook(List<Object>... rows) throws Exception {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Structures");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            List<String> header = List.of(
                    "nom",
                    "type",
                    "famille",
                    "ville_campagne",
                    "code_insee",
                    "territoires_codes",
                    "derniere_verification");
            writeRow(sheet.createRow(0), new ArrayList<>(header), dates);
            for (int line = 0; line < rows.length; line++) {
                writeRow(sheet.createRow(line + 1), rows[line], dates);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void writeRow(Row row, List<Object> values, CellStyle dates) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            Cell cell = row.createCell(column);
            if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dates);
            } else {
                cell.setCellValue((String) value);
            }
        }
    }

    /** An organisation in Ajaccio or in Ain (codes a spreadsheet mangles), west of Greenwich, with a SIRET. */
    private UUID organisationWithCodes(String name, String commune, double longitude, String siret) {
        return organisations.insertPublished(
                new fr.passerelle.directory.internal.OrganisationDraft(
                        name,
                        OrganisationKind.SUPPORT_STRUCTURE,
                        Family.INFORM_ORIENT,
                        SubKind.ACCOMPAGNATEUR_ESS,
                        Area.RURAL,
                        "=Une description qui commence comme une formule.",
                        siret,
                        "https://exemple.fr",
                        null,
                        "0475000000",
                        "1 place de la Mairie, 01500 Ambérieu-en-Bugey",
                        commune,
                        45.95,
                        longitude,
                        List.of(),
                        List.of(),
                        List.of(Sector.AGRICULTURE_ALIMENTATION),
                        List.of(territories
                                .officialPerimeter(PerimeterKind.DEPARTEMENT, "01")
                                .id()),
                        LocalDate.of(2016, 3, 3)),
                "test");
    }

    @Test
    void theWholeDirectoryExportSavedByAFrenchSpreadsheetReimportsInFull() throws Exception {
        organisationWithCodes("Ain " + tag, "01004", -1.68, "01234567800011");
        organisationWithCodes("Corse " + tag, "2A004", 8.73, "12345678900017");
        byte[] export = mvc.perform(get("/api/v1/organisations.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String exported = new String(export, StandardCharsets.UTF_8);
        assertThat(exported)
                .contains(";-1,680000;", ";01004;", ";2A004;", ";'=Une description")
                .doesNotContain("'-1,680000");

        byte[] saved = FrenchSpreadsheet.openAndSave(export);
        String resaved = new String(saved, StandardCharsets.UTF_8);
        assertThat(resaved).contains(";1004;", ";1234567800011;", ";-1,68;", ";03/03/2016;", ";2A004;");
        long rows =
                exported.lines().filter(line -> line.matches("^[0-9a-f]{8}-.*")).count();
        assertThat(rows).isGreaterThan(80);
        mvc.perform(post("/api/v1/organisations/import")
                        .param("dryRun", "true")
                        .cookie(coordinator)
                        .with(csrf())
                        .contentType("text/csv")
                        .content(saved))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value((int) rows));
    }

    @Test
    void theDirectoryWorkbookKeepsCodesAsTextAndHasRealNumbersAndDates() throws Exception {
        organisationWithCodes("Classeur " + tag, "01004", -1.68, "01234567800011");
        byte[] xlsx = mvc.perform(get("/api/v1/organisations.xlsx").param("q", "Classeur " + tag))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Structures");
            Map<String, Integer> columns = new HashMap<>();
            sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            var row = sheet.getRow(1);
            assertThat(row.getCell(columns.get("nom")).getStringCellValue()).isEqualTo("Classeur " + tag);
            var commune = row.getCell(columns.get("code_insee"));
            assertThat(commune.getCellType()).isEqualTo(CellType.STRING);
            assertThat(commune.getStringCellValue()).isEqualTo("01004");
            var siret = row.getCell(columns.get("siret"));
            assertThat(siret.getCellType()).isEqualTo(CellType.STRING);
            assertThat(siret.getStringCellValue()).isEqualTo("01234567800011");
            assertThat(row.getCell(columns.get("telephone")).getStringCellValue())
                    .isEqualTo("0475000000");
            var description = row.getCell(columns.get("description"));
            assertThat(description.getCellType()).isEqualTo(CellType.STRING);
            assertThat(description.getStringCellValue()).startsWith("=Une description");
            var longitude = row.getCell(columns.get("longitude"));
            assertThat(longitude.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(longitude.getNumericCellValue()).isEqualTo(-1.68);
            assertThat(row.getCell(columns.get("qualite")).getCellType()).isEqualTo(CellType.NUMERIC);
            var checked = row.getCell(columns.get("derniere_verification"));
            assertThat(checked.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(checked)).isTrue();
            assertThat(checked.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2016, 3, 3));
            assertThat(checked.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }
}
