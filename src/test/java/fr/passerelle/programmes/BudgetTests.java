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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.programmes.internal.ProgrammesDemoData;
import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * The funder report and the 2016 stand's cost from the outside, on the demonstration data: planned against spent and
 * each funder's requested, granted and paid in the page, the tagged PDF (checked by veraPDF) and the spreadsheet
 * (amounts as numbers); the stand's cost and each of its nine territories' 800 €; wrong amounts said in French with
 * what was typed kept; coordinators only.
 */
@PlatformTest
class BudgetTests {

    /** A narrow no-break space between thousands, a no-break space before the euro sign. */
    private static final String NNBSP = "\u202f";

    private static final String EUR = "\u00a0€";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private UUID programme() {
        return jdbc.sql("select id from programme where name = :name")
                .param("name", ProgrammesDemoData.NAME)
                .query(UUID.class)
                .single();
    }

    private UUID stand() {
        return jdbc.sql("select id from programme_action where title like 'Stand commun des territoires%'")
                .query(UUID.class)
                .single();
    }

    private static String amount(String french) {
        return french.replace(" ", NNBSP) + EUR;
    }

    @Test
    void theFunderReportShowsPlannedAgainstSpentAndEachFundersShareInThePageThePdfAndTheSpreadsheet() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID programme = programme();
        mvc.perform(get("/programmes/" + programme).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(amount("154 000,00")),
                                containsString("/programmes/" + programme + "/financement"))));
        mvc.perform(get("/programmes/" + programme + "/financement").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Budget et financeurs — " + ProgrammesDemoData.NAME),
                                containsString("Stands communs sur les salons"),
                                containsString(amount("134 968,70")),
                                containsString("État – FNADT"),
                                containsString(amount("148 000,00")),
                                containsString(amount("140 000,00")),
                                containsString(amount("109 500,00")),
                                containsString(amount("30 500,00")),
                                containsString(amount("14 000,00")))));

        byte[] pdf = mvc.perform(
                        get("/programmes/" + programme + "/financement.pdf").cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("budget-et-financeurs")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Lignes budgétaires : prévu et dépensé")
                    .containsPattern("Total 154 000,00 € 134 968,70 € 19 031,30 €")
                    .containsPattern("Région Auvergne- ?Rhône-Alpes 70 000,00 € 65 000,00 € 52 000,00 € 13 000,00 €")
                    .containsPattern("Total 148 000,00 € 140 000,00 € 109 500,00 € 30 500,00 €");
            assertThat(PdfUa.fontsNotEmbedded(document)).isEmpty();
            Files.createDirectories(ProgrammeTests.SCREENSHOTS);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 80);
            ImageIO.write(
                    image,
                    "png",
                    ProgrammeTests.SCREENSHOTS
                            .resolve("funder-report-page1.png")
                            .toFile());
        }

        byte[] xlsx = mvc.perform(
                        get("/programmes/" + programme + "/financement.xlsx").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, List<String>> funders = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(sheet -> sheet.getName())).containsExactly("Budget", "Financeurs");
            workbook.getSheet(1)
                    .orElseThrow()
                    .openStream()
                    .forEach((Row row) -> funders.put(
                            row.getCellText(0),
                            List.of(row.getCellText(1), row.getCellText(2), row.getCellText(3), row.getCellText(4))));
        }
        assertThat(funders.get("Union européenne – FEADER").stream().map(Double::parseDouble))
                .containsExactly(38000.0, 35000.0, 17500.0, 17500.0);
        assertThat(funders.get("Total").stream().map(Double::parseDouble))
                .containsExactly(148000.0, 140000.0, 109500.0, 30500.0);
    }

    @Test
    void theStandsReportHasItsCostAndEachTerritorysShare() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID stand = stand();
        mvc.perform(get("/programmes/actions/" + stand).cookie(coordinator))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Coût de l’action et part de chaque territoire"),
                                containsString("Location de l’emplacement"),
                                containsString(amount("7 500,00")),
                                containsString("Communauté de communes du Diois"),
                                containsString(amount("800,00")),
                                containsString(amount("300,00")))));
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
                    .replace('\u202f', ' ')
                    .replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Part de chaque territoire")
                    .contains("Total 7 500,00 €")
                    .contains("Ville d’Oyonnax 800,00 €")
                    .containsPattern("Porteurs de projet conseillés\\s+94");
        }
        byte[] xlsx = mvc.perform(
                        get("/programmes/actions/" + stand + "/bilan.xlsx").cookie(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Map<String, String> costs = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.getSheets()
                    .filter(sheet -> sheet.getName().equals("Coûts"))
                    .findFirst()
                    .orElseThrow()
                    .openStream()
                    .forEach((Row row) -> costs.put(row.getCellText(0), row.getCellText(1)));
        }
        assertThat(Double.parseDouble(costs.get("Total"))).isEqualTo(7500);
        assertThat(Double.parseDouble(costs.get("Pays Beaujolais"))).isEqualTo(800);
    }

    @Test
    void wrongAmountsAreSaidInFrenchBesideTheirFieldsAndWhatWasTypedStays() throws Exception {
        Cookie coordinator = Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null);
        UUID programme = programme();
        mvc.perform(post("/programmes/" + programme + "/financement/lignes")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("label", "Frais de buffet")
                        .param("planned", "douze cents")
                        .param("spent", "-5"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Montant illisible\u00a0: écrivez-le en euros"),
                                containsString("value=\"douze cents\""),
                                containsString("Un montant ne peut pas être négatif."),
                                containsString("value=\"Frais de buffet\""))));
        UUID region = jdbc.sql("select id from programme_funder where programme_id = :p and position = 0")
                .param("p", programme)
                .query(UUID.class)
                .single();
        mvc.perform(post("/programmes/" + programme + "/financement/financeurs")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("funderId", region.toString())
                        .param("requested", "70 000")
                        .param("granted", "80000")
                        .param("paid", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le montant accordé dépasse le montant demandé")));

        UUID stand = stand();
        UUID printing = jdbc.sql("select id from action_cost where label = 'Impression des documents'")
                .query(UUID.class)
                .single();
        UUID territory = jdbc.sql("select territory_id from action_cost_share where cost_id = :c limit 1")
                .param("c", printing)
                .query(UUID.class)
                .single();
        mvc.perform(post("/programmes/actions/" + stand + "/parts")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("costId", printing.toString())
                        .param("territoryId", territory.toString())
                        .param("share", "1 500,00"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Les parts dépasseraient le coût de 1" + NNBSP + "080,00"),
                                containsString("value=\"1" + NNBSP + "500,00\""))));
        assertThat(jdbc.sql("select amount_cents from action_cost_share where cost_id = :c and territory_id = :t")
                        .param("c", printing)
                        .param("t", territory)
                        .query(Long.class)
                        .single())
                .isEqualTo(12_000L);
        String label = "Gobelets " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/programmes/actions/" + stand + "/couts")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("label", label)
                        .param("amount", "1234.5"))
                .andExpect(flash().attribute("notice", "budget.cost.added"));
        UUID cost = jdbc.sql("select id from action_cost where label = :l and amount_cents = 123450")
                .param("l", label)
                .query(UUID.class)
                .single();
        mvc.perform(post("/programmes/actions/couts/" + cost + "/retirer")
                        .cookie(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("notice", "budget.cost.removed"));
    }

    @Test
    void onlyCoordinatorsSeeOrChangeBudgets() throws Exception {
        UUID programme = programme();
        UUID stand = stand();
        mvc.perform(get("/programmes/" + programme + "/financement")).andExpect(status().is3xxRedirection());
        for (Role role : List.of(Role.ADVISOR, Role.TERRITORY_AGENT)) {
            Cookie other = Sessions.member(mvc, accounts, jdbc, role, "CCI de la Drôme");
            mvc.perform(get("/programmes/" + programme + "/financement").cookie(other))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/programmes/" + programme + "/financement.pdf").cookie(other))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/programmes/" + programme + "/financement/lignes")
                            .cookie(other)
                            .with(csrf())
                            .param("label", "Intrusion")
                            .param("planned", "1"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/programmes/actions/" + stand + "/couts")
                            .cookie(other)
                            .with(csrf())
                            .param("label", "Intrusion")
                            .param("amount", "1"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/programmes/actions/" + stand + "/couts")
                        .with(csrf())
                        .param("label", "Intrusion")
                        .param("amount", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from action_cost where label = 'Intrusion'")
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/programmes/" + programme + "/financement")
                        .cookie(Sessions.member(mvc, accounts, jdbc, Role.COORDINATOR, null)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Intrusion"))));
    }
}
