package fr.passerelle.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.programmes.internal.ProgrammesDemoData;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.util.HtmlUtils;

/**
 * The reports from the outside: the 2016 stand's report computes 94 project holders advised and 41 partners from
 * its tallies, and so do its PDF (read back, its first page rendered to look at) and its spreadsheet; the 2016
 * session's 25 participants, 6 partners, all present, 4.4 out of 5; the programme adds its actions up; coordinators
 * only, in pages and in the API; every mistake said in French.
 */
@PlatformTest
class ProgrammeTests {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Intakes intakes;

    private UUID programme() {
        return jdbc.sql("select id from programme where name = :name")
                .param("name", ProgrammesDemoData.NAME)
                .query(UUID.class)
                .single();
    }

    private UUID action(String titleStart) {
        return jdbc.sql("select id from programme_action where title like :title")
                .param("title", titleStart + "%")
                .query(UUID.class)
                .single();
    }

    @Test
    void theStandsReportAddsUpItsTalliesInThePageThePdfAndTheSpreadsheet() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID stand = action("Stand commun des territoires ruraux");
        mvc.perform(post("/programmes/actions/" + stand + "/bilan")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("assessment", "Un stand très fréquenté ; les territoires veulent recommencer en 2018."))
                .andExpect(flash().attribute("notice", "report.written"));
        mvc.perform(get("/programmes/actions/" + stand).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Bilan\u00a0: Stand commun des territoires ruraux"),
                                containsString("data-key=\"holdersAdvised\""),
                                containsString("<td>94</td>"),
                                containsString("<td>41</td>"),
                                containsString("Fréquentation du stand"),
                                containsString("Faire connaître aux citadins"))));

        byte[] pdf = mvc.perform(
                        get("/programmes/actions/" + stand + "/bilan.pdf").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("bilan-stand-commun")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A long title wraps: read the text as one line.
            String text = new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Bilan — Stand commun des territoires ruraux")
                    .containsPattern("Porteurs de projet conseillés\\s+94")
                    .containsPattern("Partenaires venus sur le stand\\s+41")
                    .contains("Un stand très fréquenté")
                    .contains("Page 1");
            Files.createDirectories(SCREENSHOTS);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
                ImageIO.write(
                        image,
                        "png",
                        SCREENSHOTS
                                .resolve("report-stand-2016-page" + (page + 1) + ".png")
                                .toFile());
            }
        }

        byte[] xlsx = mvc.perform(
                        get("/programmes/actions/" + stand + "/bilan.xlsx").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> cells = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getFirstSheet().openStream().forEach((Row row) -> {
                if (row.getCellCount() > 1) {
                    cells.put(row.getCellText(0), row.getCellText(1));
                }
            });
        }
        assertThat(Double.parseDouble(cells.get("Porteurs de projet conseillés")))
                .isEqualTo(94);
        assertThat(Double.parseDouble(cells.get("Partenaires venus sur le stand")))
                .isEqualTo(41);
    }

    @Test
    void theSessionsAndTheProgrammesReportsComputeParticipationAndSatisfaction() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(get("/programmes/actions/" + action("Vivre et travailler à la campagne : session"))
                        .cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("<td>25</td>"),
                                containsString("<td>6</td>"),
                                containsString("100\u00a0%"),
                                containsString("4,4\u00a0/\u00a05"),
                                containsString("Notes de satisfaction"))));
        UUID programme = programme();
        mvc.perform(get("/programmes").cookie(coordinator))
                .andExpect(content().string(containsString(ProgrammesDemoData.NAME)));
        mvc.perform(get("/programmes/" + programme).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("2016–2018 — portée par Cap Rural"),
                                containsString("94 porteurs de projet conseillés, 41 partenaires"),
                                containsString("25 participants, dont 6 partenaires\u00a0; satisfaction 4,4 / 5"),
                                containsString("Campagne de collecte d’offres d’activité 2018"),
                                containsString("Activité du réseau sur 2016–2018"))));
        byte[] pdf = mvc.perform(get("/programmes/" + programme + "/bilan.pdf").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap long titles: read the text as one line.
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Objectifs de la démarche")
                    .contains("Les actions")
                    .contains("Adapter son accompagnement aux porteurs de projets collectifs");
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
                Files.createDirectories(SCREENSHOTS);
                ImageIO.write(
                        image,
                        "png",
                        SCREENSHOTS
                                .resolve("report-programme-page" + (page + 1) + ".png")
                                .toFile());
            }
        }
    }

    @Test
    void theReportPdfIsTaggedForScreenReadersWithItsFontsEmbeddedAndKeepsEmoji() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID programme = programme();
        UUID stand = action("Stand commun des territoires ruraux");
        mvc.perform(post("/programmes/actions/" + stand + "/bilan")
                        .cookie(coordinator)
                        .with(csrf())
                        .param(
                                "assessment",
                                "Des porteurs ravis 🌱😀 ✅ ; un signe qu’aucune police n’a : \uD80C\uDC00."))
                .andExpect(flash().attribute("notice", "report.written"));
        byte[] pdf = mvc.perform(
                        get("/programmes/actions/" + stand + "/bilan.pdf").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        byte[] programmePdf = mvc.perform(
                        get("/programmes/" + programme + "/bilan.pdf").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(PdfUa.failedRules(programmePdf)).isEmpty();
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids())
                    .isNotEmpty();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Bilan — ");
            assertThat(PdfUa.fontsNotEmbedded(document)).isEmpty();
            assertThat(new PDFTextStripper().getText(document))
                    .contains("🌱", "😀", "✅", "\uFFFD")
                    .contains("Des porteurs ravis");
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
                Files.createDirectories(SCREENSHOTS);
                ImageIO.write(
                        image,
                        "png",
                        SCREENSHOTS
                                .resolve("report-stand-emoji-page" + (page + 1) + ".png")
                                .toFile());
            }
        }

        byte[] xlsx = mvc.perform(
                        get("/programmes/" + programme + "/bilan.xlsx").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var figures = workbook.getSheet("Bilan");
            List<String> texts = new java.util.ArrayList<>();
            figures.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));
            assertThat(texts).contains("Valeur").noneMatch(text -> text.matches("[a-z]+[A-Z][A-Za-z]*"));
            var actions = workbook.getSheet("Actions");
            Map<String, Integer> columns = new HashMap<>();
            actions.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
            assertThat(columns).containsKeys("Année", "Début", "Fin");
            int dated = 0;
            for (var row : actions) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                assertThat(row.getCell(columns.get("Année")).getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                var start = row.getCell(columns.get("Début"));
                if (start != null) {
                    assertThat(start.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(start))
                            .isTrue();
                    assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
                    dated++;
                }
            }
            assertThat(dated).isPositive();
        }
    }

    @Test
    void onlyCoordinatorsReadReportsInPagesAndInTheApi() throws Exception {
        UUID stand = action("Stand commun des territoires ruraux");
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(get("/programmes")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/programmes").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/actions/" + stand + "/bilan.pdf").cookie(advisor))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/actions/" + stand + "/report")).andExpect(status().isUnauthorized());
        String advisorToken = token(advisor);
        mvc.perform(get("/api/v1/actions/" + stand + "/report").header("Authorization", "Bearer " + advisorToken))
                .andExpect(status().isForbidden());

        String coordinatorToken = token(Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null));
        mvc.perform(get("/api/v1/actions/" + stand + "/report").header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.holdersAdvised").value(94.0))
                .andExpect(jsonPath("$.indicators.partnersVisiting").value(41.0))
                .andExpect(jsonPath("$.programme.name").value(ProgrammesDemoData.NAME));
        mvc.perform(get("/api/v1/programmes/" + programme() + "/report")
                        .header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators.holdersAdvised").value(94.0))
                .andExpect(jsonPath("$.actions.length()").value(9));
        mvc.perform(get("/api/v1/programmes/" + UUID.randomUUID() + "/report")
                        .header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiListsProgrammesAndTheirActionsWithTheAddressesOfTheirReports() throws Exception {
        UUID programme = programme();
        UUID stand = action("Stand commun des territoires ruraux");
        mvc.perform(get("/api/v1/programmes")).andExpect(status().isUnauthorized());
        String advisorToken = token(Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme"));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + advisorToken))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programmes/" + programme + "/actions")
                        .header("Authorization", "Bearer " + advisorToken))
                .andExpect(status().isForbidden());

        String coordinatorToken = token(Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null));
        mvc.perform(get("/api/v1/programmes").header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.items[?(@.id == '" + programme + "')].name").value(ProgrammesDemoData.NAME))
                .andExpect(jsonPath("$.items[?(@.id == '" + programme + "')].firstYear")
                        .value(2016))
                .andExpect(jsonPath("$.items[?(@.id == '" + programme + "')].actions")
                        .value("http://localhost/api/v1/programmes/" + programme + "/actions"));
        mvc.perform(get("/api/v1/programmes/" + programme + "/actions")
                        .header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(9))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.items[?(@.id == '" + stand + "')].kind").value("stand"))
                .andExpect(jsonPath("$.items[?(@.id == '" + stand + "')].report")
                        .value("http://localhost/api/v1/actions/" + stand + "/report"));
        mvc.perform(get("/api/v1/programmes/" + programme + "/actions?page=9999")
                        .header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get("/api/v1/programmes/" + UUID.randomUUID() + "/actions")
                        .header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes?page=deux").header("Authorization", "Bearer " + coordinatorToken))
                .andExpect(status().isBadRequest());
    }

    @Test
    void everyMistakeIsSaidInFrenchAndLosesNothing() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(post("/programmes/nouvelle")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", ProgrammesDemoData.NAME)
                        .param("firstYear", "20x6")
                        .param("lastYear", "2015")
                        .param("lead", "Une structure qui n’existe pas")
                        .param("objectives", "Premier objectif\nSecond objectif"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Une démarche porte déjà ce nom."),
                                containsString("Écrivez l’année sur quatre chiffres"),
                                containsString("Aucune structure de l’annuaire ne porte ce nom exact."),
                                containsString("Premier objectif\nSecond objectif"))));
        String name = "Accueil d’actifs " + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(post("/programmes/nouvelle")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", name)
                        .param("firstYear", "2026")
                        .param("lastYear", "2027")
                        .param("lead", "Cap Rural")
                        .param("funders", "Région Auvergne-Rhône-Alpes\nFEADER")
                        .param("objectives", "Accueillir\nOrienter\nSuivre"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID created = UUID.fromString(location.replaceAll(".*/programmes/", ""));
        UUID taken = jdbc.sql("select event_id from programme_action where title like 'Stand commun des territoires%'")
                .query(UUID.class)
                .single();
        mvc.perform(post("/programmes/" + created + "/actions")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "session")
                        .param("title", "Le stand de 2016")
                        .param("year", "2030")
                        .param("eventId", taken.toString()))
                .andExpect(actionErrors(Map.of(
                        "year", "programme.action.year.outside",
                        "eventId", "programme.action.event.kind")));
        mvc.perform(post("/programmes/" + created + "/actions")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "campagne_offres")
                        .param("title", "Campagne 2026")
                        .param("year", "2026")
                        .param("periodStart", "31/02/2026"))
                .andExpect(actionErrors(Map.of("periodStart", "typeMismatch")));
        mvc.perform(post("/programmes/" + created + "/actions")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "campagne_offres")
                        .param("title", "Campagne 2026")
                        .param("year", "2026")
                        .param("periodStart", "2026-12-01")
                        .param("periodEnd", "2026-03-01"))
                .andExpect(actionErrors(Map.of("periodEnd", "programme.action.period.order")));
        mvc.perform(post("/programmes/" + created + "/actions")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "campagne_offres")
                        .param("title", "Campagne 2026")
                        .param("year", "2026")
                        .param("periodStart", "2026-01-01")
                        .param("periodEnd", "2026-12-31"))
                .andExpect(flash().attribute("notice", "programme.action.added"));
        // A working group's action: its meetings of the year come from the group.
        String groupProgramme =
                "Collectifs et collectivités " + UUID.randomUUID().toString().substring(0, 6);
        String groupLocation = mvc.perform(post("/programmes/nouvelle")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", groupProgramme)
                        .param("firstYear", "2021")
                        .param("lastYear", "2022"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        UUID withGroup = UUID.fromString(groupLocation.replaceAll(".*/programmes/", ""));
        mvc.perform(post("/programmes/" + withGroup + "/actions")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "groupe_travail")
                        .param("title", "Le groupe de travail 2021")
                        .param("year", "2021"))
                .andExpect(actionErrors(Map.of("groupId", "programme.action.group.required")));
        UUID group = jdbc.sql("select id from working_group where slug = 'entrepreneuriat-collectif-collectivites'")
                .query(UUID.class)
                .single();
        mvc.perform(post("/programmes/" + withGroup + "/actions")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("kind", "groupe_travail")
                        .param("title", "Le groupe de travail 2021")
                        .param("year", "2021")
                        .param("groupId", group.toString()))
                .andExpect(flash().attribute("notice", "programme.action.added"));
        UUID groupAction = jdbc.sql("select id from programme_action where programme_id = :p")
                .param("p", withGroup)
                .query(UUID.class)
                .single();
        mvc.perform(get("/programmes/actions/" + groupAction).cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "Groupe de travail\u00a0: Entrepreneuriat collectif et collectivités locales"),
                                containsString("data-key=\"groupMeetings\""),
                                containsString("<td>3</td>"))));

        UUID campaign = jdbc.sql("select id from programme_action where programme_id = :p")
                .param("p", created)
                .query(UUID.class)
                .single();
        mvc.perform(get("/programmes/actions/" + campaign).cookie(coordinator))
                .andExpect(content().string(containsString("Offres d’activité publiées")));

        // The programme is edited: its form comes back filled in (read as a browser decodes the page's character
        // references); its years must keep its actions' (2026).
        String editForm = mvc.perform(
                        get("/programmes/" + created + "/modifier").cookie(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(editForm))
                .contains("value=\"" + name + "\"")
                .contains("Accueillir\nOrienter\nSuivre")
                .contains("value=\"Cap Rural\"");
        mvc.perform(post("/programmes/" + created + "/modifier")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", ProgrammesDemoData.NAME)
                        .param("firstYear", "2027")
                        .param("lastYear", "2028"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Une démarche porte déjà ce nom."),
                                containsString("Des actions de la démarche ont lieu hors de ces années"))));
        mvc.perform(post("/programmes/" + created + "/modifier")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("name", name)
                        .param("firstYear", "2025")
                        .param("lastYear", "2027")
                        .param("lead", "Cap Rural")
                        .param("funders", "Région Auvergne-Rhône-Alpes\nFEADER\nDépartement de la Drôme")
                        .param("objectives", "Accueillir\nOrienter\nSuivre"))
                .andExpect(flash().attribute("notice", "programme.updated"));
        assertThat(jdbc.sql("select first_year || '-' || last_year || ' ' || (select string_agg(f.name, ', '"
                                + " order by f.position) from programme_funder f where f.programme_id = p.id)"
                                + " from programme p where id = :id")
                        .param("id", created)
                        .query(String.class)
                        .single())
                .isEqualTo("2025-2027 Région Auvergne-Rhône-Alpes, FEADER, Département de la Drôme");

        // An action is taken out of its programme once the box is ticked; another coordinator's advisor cannot.
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(post("/programmes/actions/" + campaign + "/retirer")
                        .cookie(advisor)
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/actions/" + campaign + "/retirer")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("removalForm", "confirm", "NotNull"))
                .andExpect(content().string(containsString("Cochez la case pour confirmer le retrait.")));
        // Removed in a session of its own, whose one notice the programme's page then shows under its title, naming
        // the action (the coordinator's session still holds the notices of the redirects above, not followed).
        Cookie remover = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(post("/programmes/actions/" + campaign + "/retirer")
                        .cookie(remover)
                        .with(csrf())
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/programmes/" + created))
                .andExpect(flash().attribute("noticeArguments", new Object[] {"Campagne 2026"}));
        mvc.perform(get("/programmes/" + created).cookie(remover))
                .andExpect(content()
                        .string(containsString("L’action «\u00a0Campagne 2026\u00a0» a été retirée de la démarche")));
        mvc.perform(get("/programmes/actions/" + campaign).cookie(coordinator)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from programme_action where programme_id = :p")
                        .param("p", created)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theYearlyReportFiltersByFunderAndTerritoryAndTheDashboardStaysAggregated() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(get("/programmes/rapport-annuel").param("annee", "2016").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Rapport d’activité du réseau 2016"),
                                containsString("Tout le réseau, toutes démarches"),
                                containsString("<td>94</td>"),
                                // The year's participants: the May session's 25 and the 34 of the conference held
                                // at the June fair; present, 25 and 28.
                                containsString("<td>59</td>"),
                                containsString("<td>53</td>"),
                                containsString("Offres, accueil et parcours"),
                                containsString("Mobiliser autrement avant et lors d’un événement"))));
        mvc.perform(get("/programmes/rapport-annuel")
                        .param("annee", "2016")
                        .param("financeur", "Union européenne – FEADER")
                        .cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("Actions financées par Union européenne – FEADER"),
                                containsString("Limité aux actions des démarches que ce financeur soutient"),
                                containsString("<td>94</td>"),
                                org.hamcrest.Matchers.not(containsString("Offres, accueil et parcours")))));
        mvc.perform(get("/programmes/rapport-annuel")
                        .param("annee", "2016")
                        .param("territoire", "le-diois")
                        .cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("territoire\u00a0: Le Diois"),
                                org.hamcrest.Matchers.not(containsString("<td>94</td>")))));
        mvc.perform(get("/programmes/rapport-annuel")
                        .param("annee", "1999")
                        .param("financeur", "Personne")
                        .param("territoire", "nulle-part")
                        .cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("Année inconnue"),
                                containsString("Ce financeur ne figure dans aucune démarche"),
                                containsString("Territoire inconnu"))));
        byte[] pdf = mvc.perform(get("/programmes/rapport-annuel.pdf")
                        .param("annee", "2016")
                        .cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("rapport-d-activite-du-reseau-2016")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Rapport d’activité du réseau 2016")
                    .contains("Porteurs de projet conseillés 94");
        }

        String year = String.valueOf(java.time.LocalDate.now().getYear());
        String holder = Sessions.uniqueEmail("statistique");
        intakes.submit(
                new IntakeDraft(
                        HolderKind.PERSON,
                        "Camille Statistique",
                        holder,
                        null,
                        null,
                        null,
                        List.of(),
                        "Une boulangerie au fournil partagé",
                        null,
                        ProjectKind.CREATION_INDIVIDUELLE,
                        ProjectStage.IDEE,
                        List.of(),
                        false,
                        List.of(Need.ACCOMPAGNEMENT),
                        TargetScope.COMMUNES,
                        List.of("26113"),
                        true,
                        true),
                IntakeChannel.STAND,
                null);
        mvc.perform(get("/statistiques").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Statistiques du réseau " + year),
                                containsString("Demandes d’accueil par territoire (guichet) et par mois"),
                                containsString("Délais de réponse des 20 structures les plus sollicitées"),
                                containsString("data-chart=\"intakesByMonth\""),
                                containsString("Communauté de communes du Diois"),
                                org.hamcrest.Matchers.not(containsString("Camille Statistique")))));
        String csv = mvc.perform(get("/statistiques.csv").param("annee", year).cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\ufeffDemandes d’accueil par territoire (guichet) et par mois")
                .contains("les autres ensemble — " + year)
                .contains("Guichet d’accueil;janv.;")
                .contains("Communauté de communes du Diois;")
                .doesNotContain("Camille")
                .doesNotContain(holder);
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(get("/statistiques").cookie(advisor)).andExpect(status().isForbidden());
        mvc.perform(get("/programmes/rapport-annuel").cookie(advisor)).andExpect(status().isForbidden());
    }

    /**
     * The partner form's organisation picker: what is typed suggests the directory's published organisations (name,
     * kind, place) as options of a list box; without JavaScript a name exact but for accents and case is taken, a
     * partial one refused in French with the candidates to choose from and what was typed kept; a chosen id is taken,
     * a forged one refused with nothing saved.
     */
    @Test
    void aPartnerIsPickedFromTheDirectoryByItsIdOrItsExactName() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID session = action("Mettre en valeur son territoire");
        UUID diois = jdbc.sql("select id from organisation where name = 'Communauté de communes du Diois'")
                .query(UUID.class)
                .single();
        mvc.perform(get("/programmes/organisations/suggestions")
                        .cookie(coordinator)
                        .param("field", "organisation")
                        .param("organisation", "DIOIS"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("role=\"option\""),
                                containsString("data-code=\"" + diois + "\""),
                                containsString("Communauté de communes du Diois"),
                                containsString("GAL du Diois"),
                                containsString("Collectivité"),
                                not(containsString("<html")))));
        int before = partnersOf(session);
        mvc.perform(partner(coordinator, session, "diois", null, "relais"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("«\u00a0diois\u00a0» n’est pas le nom exact d’une organisation"),
                                containsString("value=\"diois\""),
                                containsString("type=\"radio\" name=\"organisationId\" id=\"organisationId-"),
                                containsString("value=\"" + diois + "\""))));
        mvc.perform(partner(
                        coordinator,
                        session,
                        "Communauté de communes du Diois",
                        UUID.randomUUID().toString(),
                        "relais"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette organisation n’est pas publiée dans l’annuaire")));
        mvc.perform(partner(coordinator, session, "Communauté de communes du Diois", "pas-un-identifiant", "relais"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette organisation n’est pas publiée dans l’annuaire")));
        assertThat(partnersOf(session)).isEqualTo(before);

        mvc.perform(partner(coordinator, session, "CC du Diois", diois.toString(), "relais"))
                .andExpect(flash().attribute("notice", "programme.partner.added"));
        mvc.perform(partner(coordinator, session, "communaute de communes du DIOIS", null, "accueil"))
                .andExpect(flash().attribute("notice", "programme.partner.added"));
        assertThat(jdbc.sql(
                                "select role from action_partner where action_id = :a and organisation_id = :o order by role")
                        .param("a", session)
                        .param("o", diois)
                        .query(String.class)
                        .list())
                .containsExactly("accueil", "relais");
        jdbc.sql("delete from action_partner where action_id = :a and organisation_id = :o")
                .param("a", session)
                .param("o", diois)
                .update();
    }

    /**
     * The programme form's funder picker: a partial name is refused in French with the directory's organisations to
     * choose from, a forged id refused with nothing recorded; the organisation chosen by its id, then one named
     * exactly but for accents and case, join the funders ticked.
     */
    @Test
    void aFunderIsPickedFromTheDirectoryByItsIdOrItsExactName() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID gal = jdbc.sql("select id from organisation where name = 'GAL du Diois (LEADER)'")
                .query(UUID.class)
                .single();
        String name = "Financeurs du Diois " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(programmeForm(coordinator, "/programmes/nouvelle", name, "diois", null))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("«\u00a0diois\u00a0» n’est pas le nom exact d’une organisation"),
                                containsString("type=\"radio\" name=\"funderChosen\" id=\"funderChosen-"),
                                containsString("value=\"" + gal + "\""))));
        mvc.perform(programmeForm(coordinator, "/programmes/nouvelle", name, "GAL du Diois", "inconnu"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette organisation n’est pas publiée dans l’annuaire")));
        mvc.perform(programmeForm(
                        coordinator,
                        "/programmes/nouvelle",
                        name,
                        "GAL du Diois",
                        UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette organisation n’est pas publiée dans l’annuaire")));
        assertThat(jdbc.sql("select count(*) from programme where name = :n")
                        .param("n", name)
                        .query(Integer.class)
                        .single())
                .isZero();

        String created = mvc.perform(programmeForm(coordinator, "/programmes/nouvelle", name, "GAL", gal.toString()))
                .andExpect(flash().attribute("notice", "programme.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(programmeForm(coordinator, created + "/modifier", name, "initiative vallee de la DROME diois", null)
                        .param("funderIds", gal.toString()))
                .andExpect(flash().attribute("notice", "programme.updated"));
        assertThat(jdbc.sql("select f.name from programme_funder f join programme p on p.id = f.programme_id"
                                + " where p.name = :n and f.organisation_id is not null order by f.position")
                        .param("n", name)
                        .query(String.class)
                        .list())
                .containsExactly("GAL du Diois (LEADER)", "Initiative Vallée de la Drôme Diois");
    }

    /** The programme form posted with a funder searched: the name typed and, when one was chosen, its id. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder programmeForm(
            Cookie coordinator, String address, String name, String searched, String chosen) {
        var request = post(address)
                .cookie(coordinator)
                .with(csrf())
                .param("name", name)
                .param("firstYear", "2026")
                .param("lastYear", "2026")
                .param("funderSearched", searched);
        return chosen == null ? request : request.param("funderChosen", chosen);
    }

    /** A partner posted as the form posts it: the name typed and, when one was chosen, its id; its role. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder partner(
            Cookie coordinator, UUID action, String typed, String chosen, String role) {
        var request = post("/programmes/actions/" + action + "/partenaires")
                .cookie(coordinator)
                .with(csrf())
                .param("organisation", typed)
                .param("role", role);
        return chosen == null ? request : request.param("organisationId", chosen);
    }

    private int partnersOf(UUID action) {
        return jdbc.sql("select count(*) from action_partner where action_id = :a")
                .param("a", action)
                .query(Integer.class)
                .single();
    }

    /**
     * The partners' and the talk's forms: each mistake said in French beside its field with what was typed kept, the
     * partner added then taken off; advisors refused; the 2016 stand's page, PDF and spreadsheet read its nine
     * territories, its talk with its own attendance, its partners and named speakers.
     */
    @Test
    void partnersAndTheTalkAreKeptThroughTheFormsAndReadInTheStandsReport() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID session = action("Mettre en valeur son territoire");
        UUID stand = action("Stand commun des territoires ruraux");
        mvc.perform(post("/programmes/actions/" + session + "/partenaires")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisation", "Nulle part SARL")
                        .param("role", "")
                        .param("speakerName", "")
                        .param("speakerFunction", "directrice"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Choisissez le rôle du partenaire dans l’action."),
                                containsString(
                                        "«\u00a0Nulle part SARL\u00a0» n’est pas une organisation de l’annuaire"),
                                containsString("Indiquez le nom de l’intervenant·e dont vous donnez la fonction."),
                                containsString("value=\"Nulle part SARL\""))));
        mvc.perform(post("/programmes/actions/" + session + "/partenaires")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisation", "Adie")
                        .param("role", "intervenant")
                        .param("speakerName", "Lucie Fabre")
                        .param("speakerFunction", "conseillère"))
                .andExpect(flash().attribute("notice", "programme.partner.added"));
        mvc.perform(post("/programmes/actions/" + session + "/partenaires")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("organisation", "Adie")
                        .param("role", "intervenant")
                        .param("speakerName", "lucie fabre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette organisation est déjà partenaire de l’action")));
        UUID added = jdbc.sql("select id from action_partner where action_id = :a and speaker_name = 'Lucie Fabre'")
                .param("a", session)
                .query(UUID.class)
                .single();
        mvc.perform(post("/programmes/actions/" + stand + "/conferences")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("eventId", ""))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Choisissez la conférence ou l’atelier tenu sur le salon.")));

        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(post("/programmes/actions/" + session + "/partenaires")
                        .cookie(advisor)
                        .with(csrf())
                        .param("organisation", "Adie")
                        .param("role", "relais"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/actions/partenaires/" + added + "/retirer")
                        .cookie(advisor)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programmes/actions/partenaires/" + added + "/retirer")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "programme.partner.removed"));
        assertThat(jdbc.sql("select count(*) from action_partner where id = :id")
                        .param("id", added)
                        .query(Integer.class)
                        .single())
                .isZero();

        mvc.perform(get("/programmes/actions/" + stand).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-key=\"standTerritories\""),
                                containsString("<td>9</td>"),
                                containsString("Conférence tenue sur le salon\u00a0: S’installer à la campagne"),
                                containsString("<td>28</td>"),
                                containsString("Hélène Marchand, chargée de mission accueil de nouvelles populations"),
                                containsString("CCI Lyon Métropole Saint-Étienne Roanne"))));
        byte[] pdf = mvc.perform(
                        get("/programmes/actions/" + stand + "/bilan.pdf").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .containsPattern("Territoires présents sur le stand\\s+9")
                    .containsPattern("Porteurs de projet conseillés\\s+94")
                    .containsPattern("Partenaires venus sur le stand\\s+41")
                    .containsPattern("Présents à la conférence\\s+28")
                    .contains("Partenaires et intervenants")
                    .contains("Karim Benali, conseiller création d’activité");
            Files.createDirectories(SCREENSHOTS);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(
                        new PDFRenderer(document).renderImageWithDPI(page, 80),
                        "png",
                        SCREENSHOTS
                                .resolve("report-stand-2016-partners-page" + (page + 1) + ".png")
                                .toFile());
            }
        }
        byte[] xlsx = mvc.perform(
                        get("/programmes/actions/" + stand + "/bilan.xlsx").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Partenaires");
            List<String> speakers = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                var cell = row.getCell(2);
                if (cell != null) {
                    speakers.add(cell.getStringCellValue());
                }
            });
            assertThat(speakers)
                    .contains("Intervenant·e", "Hélène Marchand, chargée de mission accueil de nouvelles populations");
        }
    }

    @Test
    void theLongTermOutcomesAreCountedInTheYearlyReportAndTheStatisticsNeverCountingTheUnknownAsActive()
            throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        // The demonstration's 2019 installations reached one year in 2020: 6 still active, 1 stopped, 1 unanswered.
        String annual = mvc.perform(
                        get("/programmes/rapport-annuel").param("annee", "2020").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(annual).contains("Devenir des installations à un an et à trois ans");
        assertThat(cell(annual, "oneYearReached")).isEqualTo("8");
        assertThat(cell(annual, "oneYearActive")).isEqualTo("6");
        assertThat(cell(annual, "oneYearStopped")).isEqualTo("1");
        assertThat(cell(annual, "oneYearUnknown")).isEqualTo("1");
        assertThat(cell(annual, "oneYearResponseRate")).isEqualTo("88\u00a0%");
        mvc.perform(get("/statistiques").param("annee", "2020").cookie(coordinator))
                .andExpect(content()
                        .string(allOf(
                                containsString("data-table=\"outcomesByTerritory\""),
                                containsString("Ensemble du réseau"))));
        String csv = mvc.perform(get("/statistiques.csv").param("annee", "2020").cookie(coordinator))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Ensemble du réseau;8;10;8;6;1;1;88 %;");
        Cookie otherCoordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        mvc.perform(get("/statistiques").param("annee", "2020").cookie(otherCoordinator))
                .andExpect(status().isOk());
        Cookie advisor = Sessions.member(mvc, accounts, jdbc, Role.ADVISOR, "CCI de la Drôme");
        mvc.perform(get("/statistiques.csv").param("annee", "2020").cookie(advisor))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePublicFiguresNeverShowACountUnderFiveAndSayAWrongYearInFrench() throws Exception {
        jdbc.sql("delete from referral where sent_by_name = 'Test chiffres'").update();
        for (int day = 1; day <= 3; day++) {
            installedIn2017(day);
        }
        String page = mvc.perform(get("/chiffres").param("de", "2017").param("a", "2017"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Chiffres clés du réseau").contains("Les chiffres de 2017 à 2017");
        assertThat(cell(page, "installations")).isEqualTo("moins de 5");
        assertThat(cell(page, "jobs")).isEqualTo("moins de 5");
        assertThat(page).doesNotContain("<td>3</td>");
        String csv = mvc.perform(get("/chiffres.csv").param("de", "2017").param("a", "2018"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("chiffres-reseau-2017-2018.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\ufeffIndicateur;2017;2018")
                .contains("Installations;moins de 5;0")
                .contains("Installations arrivées à un an;0;moins de 5")
                .contains("Taux de réponse à un an;non publié;non publié");
        mvc.perform(get("/chiffres.csv").param("de", "2017").param("a", "2018"))
                .andExpect(header().string("Cache-Control", "public, max-age=60"))
                .andExpect(header().exists("ETag"));
        mvc.perform(get("/api/v1/statistics").param("from", "2017").param("to", "2017"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.figures[?(@.key == 'installations')].values[0].kind")
                        .value("few"))
                .andExpect(jsonPath("$.figures[?(@.key == 'installations')].values[0].value")
                        .value(org.hamcrest.Matchers.contains((Object) null)));
        installedIn2017(4);
        installedIn2017(5);
        // Five and more are given as they are (another period: the figures are kept ten minutes).
        String five = mvc.perform(get("/chiffres").param("de", "2017").param("a", "2019"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cell(five, "installations")).isEqualTo("5");

        // The demonstration: 2019's installations all still active or unanswered at one year, in 2020.
        String demo = mvc.perform(get("/chiffres").param("de", "2020").param("a", "2020"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cell(demo, "oneYearReached")).isEqualTo("8");
        assertThat(cell(demo, "oneYearActive")).isEqualTo("6");
        assertThat(cell(demo, "oneYearStopped")).isEqualTo("moins de 5");
        assertThat(cell(demo, "oneYearUnknown")).isEqualTo("moins de 5");
        // 6 active and 1 stopped: a rate would give the one away.
        assertThat(cell(demo, "oneYearActiveRate")).isEqualTo("non publié");

        String thisYear = String.valueOf(
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear());
        for (String wrong : new String[] {"deux mille", "1999", "20245"}) {
            mvc.perform(get("/chiffres").param("de", wrong))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString(
                                            "Indiquez une année entre 2016 et " + thisYear + ", sur quatre chiffres."),
                                    containsString("value=\"" + HtmlUtils.htmlEscape(wrong) + "\""))));
        }
        mvc.perform(get("/chiffres").param("de", "2020").param("a", "2018"))
                .andExpect(content().string(containsString("Indiquez une année qui ne précède pas 2020")));
        mvc.perform(get("/chiffres.csv").param("a", "année"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Indiquez une année entre 2016")));
    }

    /** The text of the cell beside the row of that key in a page's table of figures. */
    private static String cell(String page, String key) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                        "data-key=\"" + key + "\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>([^<]*)</td>")
                .matcher(page);
        assertThat(row.find()).as("a row %s", key).isTrue();
        return HtmlUtils.htmlUnescape(row.group(1));
    }

    /** An installation on a day of March 2017 with one job, in Die, by a referral of its own. */
    private void installedIn2017(int day) {
        jdbc.sql(
                        """
                        with sent as (
                            insert into referral (project_id, organisation_id, message, sent_by, sent_by_name, sent_at,
                                                  status, outcome, closed_at, answered_at, answered_by_name)
                            values (gen_random_uuid(), gen_random_uuid(), 'Test', gen_random_uuid(), 'Test chiffres',
                                    timestamptz '2016-11-01 10:00+01', 'closed', 'installe',
                                    timestamptz '2017-03-01 10:00+01', timestamptz '2016-11-02 10:00+01', 'Test')
                            returning id, project_id, organisation_id)
                        insert into outcome_follow_up (referral_id, project_id, organisation_id, milestone, due_on,
                                answered_at, answered_by_name, answer, commune_code, installed_on, jobs)
                        select id, project_id, organisation_id, 'installation', date '2017-03-01', now(), 'Test',
                               'installe', '26113', make_date(2017, 3, :day), 1
                        from sent
                        """)
                .param("day", day)
                .update();
    }

    /** The add-action form came back with exactly these errors, each field's code (a message key or a binding failure). */
    private static ResultMatcher actionErrors(Map<String, String> expected) {
        return result -> {
            BindingResult errors = (BindingResult)
                    result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "actionForm");
            assertThat(errors.getFieldErrors().stream()
                            .collect(Collectors.toMap(FieldError::getField, FieldError::getCode, (a, b) -> a)))
                    .isEqualTo(expected);
        };
    }

    private String token(Cookie session) throws Exception {
        return (String)
                mvc.perform(post("/compte/jetons").cookie(session).with(csrf()).param("name", "Bilans"))
                        .andReturn()
                        .getFlashMap()
                        .get("created");
    }
}
