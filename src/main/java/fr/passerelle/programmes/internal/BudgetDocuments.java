package fr.passerelle.programmes.internal;

import static fr.passerelle.programmes.internal.ReportStyles.BODY;
import static fr.passerelle.programmes.internal.ReportStyles.HEADING;
import static fr.passerelle.programmes.internal.ReportStyles.SMALL;
import static fr.passerelle.programmes.internal.ReportStyles.STRONG;
import static fr.passerelle.programmes.internal.ReportStyles.SUBTITLE;
import static fr.passerelle.programmes.internal.ReportStyles.TITLE;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import fr.passerelle.common.Euros;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Paris;
import fr.passerelle.common.pdf.ReportFonts;
import fr.passerelle.common.pdf.ReportFonts.Style;
import fr.passerelle.common.pdf.TaggedPdf;
import fr.passerelle.common.pdf.TaggedPdf.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The funder report as documents (a tagged PDF, a spreadsheet with amounts as numbers): planned against spent per
 * budget line, requested, granted and paid per funder; and an action's costs and territories' shares as a part of
 * the action's report. In French, amounts written « 1 234,50 € ».
 */
@Component
@RequiredArgsConstructor
public class BudgetDocuments {

    // The euro sign escaped rather than quoted: the workbook writer puts the format in an XML attribute as it is.
    private static final String MONEY = "#,##0.00\\ \\€";

    private final MessageSource messages;

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    private String euros(Euros amount) {
        return amount == null ? text("budget.undecided") : text("budget.euros", amount.french());
    }

    /** The funder report's title: « Budget et financeurs —  » and the programme. */
    public String title(ProgrammeBudget budget) {
        return text("budget.report.title", budget.programmeName());
    }

    public byte[] pdf(ProgrammeBudget budget) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf pdf = new TaggedPdf(
                out,
                title(budget),
                phrase(text("budget.report.footer", FrenchDates.day(Paris.today())), SMALL),
                text("report.document.page"),
                SMALL);
        pdf.heading(1, phrase(title(budget), TITLE), 0, 0);
        pdf.paragraph(phrase(text("budget.report.years", budget.years()), SUBTITLE), 0, 0);
        List<List<Cell>> lines = new ArrayList<>();
        for (BudgetLine line : budget.lines()) {
            lines.add(row(line.label(), BODY, line.planned(), line.spent(), line.left()));
        }
        lines.add(row(text("budget.total"), STRONG, budget.planned(), budget.spent(), budget.left()));
        float[] four = {3.4f, 1.5f, 1.5f, 1.5f};
        List<Cell> linesHeader =
                header("budget.line.label", "budget.line.planned", "budget.line.spent", "budget.line.left");
        pdf.heading(2, phrase(text("budget.lines.title"), HEADING), 14, pdf.firstRows(four, lines, 3));
        pdf.table(four, linesHeader, lines, true);
        List<List<Cell>> funders = new ArrayList<>();
        for (Funder funder : budget.funders()) {
            funders.add(
                    row(funder.name(), BODY, funder.requested(), funder.granted(), funder.paid(), funder.toBePaid()));
        }
        funders.add(row(
                text("budget.total"), STRONG, budget.requested(), budget.granted(), budget.paid(), budget.toBePaid()));
        float[] five = {2.4f, 1.6f, 1.6f, 1.6f, 1.6f};
        List<Cell> fundersHeader = header(
                "budget.funder.name",
                "budget.funder.requested",
                "budget.funder.granted",
                "budget.funder.paid",
                "budget.funder.toBePaid");
        pdf.heading(2, phrase(text("budget.funders.title"), HEADING), 14, pdf.firstRows(five, funders, 3));
        pdf.table(five, fundersHeader, funders, true);
        pdf.paragraph(phrase(text("budget.report.unfunded", euros(budget.unfunded())), BODY), 0, 0);
        pdf.close();
        return out.toByteArray();
    }

    public byte[] spreadsheet(ProgrammeBudget budget) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Passerelle", "1.0");
            Worksheet lines = workbook.newWorksheet(text("budget.lines.sheet"));
            lines.value(0, 0, title(budget));
            lines.style(0, 0).bold().fontSize(14).set();
            headerRow(lines, 2, "budget.line.label", "budget.line.planned", "budget.line.spent", "budget.line.left");
            int row = 3;
            for (BudgetLine line : budget.lines()) {
                amounts(lines, row++, line.label(), line.planned(), line.spent(), line.left());
            }
            amounts(lines, row, text("budget.total"), budget.planned(), budget.spent(), budget.left());
            lines.width(0, 50);
            Worksheet funders = workbook.newWorksheet(text("budget.funders.sheet"));
            headerRow(
                    funders,
                    0,
                    "budget.funder.name",
                    "budget.funder.requested",
                    "budget.funder.granted",
                    "budget.funder.paid",
                    "budget.funder.toBePaid");
            row = 1;
            for (Funder funder : budget.funders()) {
                amounts(
                        funders,
                        row++,
                        funder.name(),
                        funder.requested(),
                        funder.granted(),
                        funder.paid(),
                        funder.toBePaid());
            }
            amounts(
                    funders,
                    row,
                    text("budget.total"),
                    budget.requested(),
                    budget.granted(),
                    budget.paid(),
                    budget.toBePaid());
            funders.width(0, 50);
            workbook.finish();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return out.toByteArray();
    }

    /** An action's costs and each territory's share, as a part of the action's report. */
    public ReportPart part(ActionCosts costs) {
        return new ReportPart() {
            @Override
            public void pdf(TaggedPdf pdf) {
                costsPdf(pdf, costs);
            }

            @Override
            public void spreadsheet(Workbook workbook) {
                costsSheet(workbook.newWorksheet(text("budget.costs.sheet")), costs);
            }
        };
    }

    private void costsPdf(TaggedPdf pdf, ActionCosts costs) {
        if (costs.empty()) {
            return;
        }
        float[] two = {4, 1.6f};
        List<List<Cell>> rows = new ArrayList<>();
        for (ActionCost cost : costs.costs()) {
            rows.add(row(cost.label(), BODY, cost.amount()));
        }
        rows.add(row(text("budget.total"), STRONG, costs.total()));
        pdf.heading(2, phrase(text("budget.costs.title"), HEADING), 14, pdf.firstRows(two, rows, 3));
        pdf.table(two, header("budget.cost.label", "budget.cost.amount"), rows, true);
        if (!costs.territories().isEmpty()) {
            List<List<Cell>> shares = new ArrayList<>();
            for (ActionCosts.TerritoryTotal territory : costs.byTerritory()) {
                shares.add(row(territory.name(), BODY, territory.amount()));
            }
            shares.add(row(text("budget.costs.unshared"), BODY, costs.unshared()));
            pdf.heading(2, phrase(text("budget.shares.title"), HEADING), 14, pdf.firstRows(two, shares, 3));
            pdf.table(two, header("budget.share.territory", "budget.share.amount"), shares, true);
        }
    }

    private void costsSheet(Worksheet sheet, ActionCosts costs) {
        headerRow(sheet, 0, "budget.cost.label", "budget.cost.amount");
        int row = 1;
        for (ActionCost cost : costs.costs()) {
            amounts(sheet, row++, cost.label(), cost.amount());
        }
        amounts(sheet, row++, text("budget.total"), costs.total());
        row++;
        headerRow(sheet, row++, "budget.share.territory", "budget.share.amount");
        for (ActionCosts.TerritoryTotal territory : costs.byTerritory()) {
            amounts(sheet, row++, territory.name(), territory.amount());
        }
        amounts(sheet, row, text("budget.costs.unshared"), costs.unshared());
        sheet.width(0, 50);
    }

    private List<Cell> header(String... keys) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            cells.add(new Cell(phrase(text(keys[i]), STRONG), i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
        return cells;
    }

    private List<Cell> row(String label, Style style, Euros... amounts) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(phrase(label, style), Element.ALIGN_LEFT));
        for (Euros amount : amounts) {
            cells.add(new Cell(phrase(euros(amount), style), Element.ALIGN_RIGHT));
        }
        return cells;
    }

    private void headerRow(Worksheet sheet, int row, String... keys) {
        for (int column = 0; column < keys.length; column++) {
            sheet.value(row, column, text(keys[column]));
            sheet.style(row, column).bold().set();
            sheet.width(column, column == 0 ? 50 : 16);
        }
    }

    /** A label and its amounts as numbers of euros, shown « 1 234,50 € »; an undecided amount left empty. */
    private static void amounts(Worksheet sheet, int row, String label, Euros... amounts) {
        sheet.value(row, 0, label);
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != null) {
                sheet.value(row, i + 1, amounts[i].value());
                sheet.style(row, i + 1).format(MONEY).set();
            }
        }
    }

    private static Phrase phrase(String text, Style style) {
        return ReportFonts.FONTS.phrase(text, style);
    }
}
