package fr.passerelle.programmes.internal;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.common.Paris;
import fr.passerelle.programmes.internal.Report.ActionLine;
import fr.passerelle.programmes.internal.Report.Chart;
import fr.passerelle.programmes.internal.Report.Indicator;
import fr.passerelle.programmes.internal.Report.Section;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A report as documents a funder can read: a PDF (A4, the coordinator's words, every section as a table, charts as
 * bars, page numbers) and a spreadsheet (one row per indicator, numbers as numbers), worded in French from the
 * bundles, the language of the funders who read them.
 */
@Component
public class ReportDocuments {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");
    private static final Color GREEN = new Color(0x2f, 0x5d, 0x4a);
    private static final Color LIGHT = new Color(0xf1, 0xf4, 0xf0);
    private static final Color LINE = new Color(0xd5, 0xdb, 0xd3);
    private static final Color BAR = new Color(0x8a, 0x5a, 0x1f);

    private final Font title = new Font(Font.HELVETICA, 20, Font.BOLD, GREEN);
    private final Font subtitle = new Font(Font.HELVETICA, 11, Font.NORMAL, Color.DARK_GRAY);
    private final Font heading = new Font(Font.HELVETICA, 13, Font.BOLD, GREEN);
    private final Font body = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
    private final Font strong = new Font(Font.HELVETICA, 10, Font.BOLD, Color.BLACK);
    private final Font small = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private final MessageSource messages;

    ReportDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** Words of a report, in French. */
    public String text(MessageSourceResolvable words) {
        return messages.getMessage(words, Locale.FRENCH);
    }

    private String text(String key, Object... arguments) {
        return text(Words.of(key, arguments));
    }

    /** The report's title, in French: "Bilan — " and the title, or the yearly report's own title. */
    public String title(Report report) {
        return "annual".equals(report.kind())
                ? text(report.about().title())
                : text("report.document.title", report.about().title());
    }

    /** When the report was computed: "1 décembre 2026 à 14h05". */
    private String computedAt(Report report) {
        var at = report.computedAt().atZoneSameInstant(Paris.ZONE);
        return text("report.document.computedAt", Words.day(at.toLocalDate()), HOUR.format(at));
    }

    /** The report as a PDF document. */
    public byte[] pdf(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String footer = text("report.document.footer", computedAt(report));
            writer.setPageEvent(new Footer(footer, text("report.document.page"), small));
            document.addTitle(title(report));
            document.addAuthor("Passerelle");
            document.open();
            head(document, report);
            figures(document, report);
            document.add(heading(text("report.assessment")));
            document.add(new Paragraph(
                    report.recalled().assessment() == null
                            ? text("report.document.noAssessment")
                            : report.recalled().assessment(),
                    body));
            document.close();
        } catch (DocumentException broken) {
            throw new IllegalStateException("The report's PDF could not be written", broken);
        }
        return out.toByteArray();
    }

    /** The title and subtitle, the objectives and the description. */
    private void head(Document document, Report report) throws DocumentException {
        Paragraph head = new Paragraph(title(report), title);
        head.setSpacingAfter(4);
        document.add(head);
        document.add(new Paragraph(text(report.about().subtitle()), subtitle));
        if ("action".equals(report.kind())) {
            document.add(new Paragraph(
                    text("report.document.programme", report.about().programmeName()), subtitle));
        }
        if (!report.recalled().objectives().isEmpty()) {
            document.add(heading(text("report.document.objectives")));
            int n = 1;
            for (String objective : report.recalled().objectives()) {
                Paragraph line = new Paragraph((n++) + ". " + objective, body);
                line.setIndentationLeft(12);
                line.setSpacingAfter(2);
                document.add(line);
            }
        }
        if (report.recalled().actionObjectives() != null) {
            document.add(heading(text("report.document.actionObjectives")));
            document.add(new Paragraph(report.recalled().actionObjectives(), body));
        }
        if (report.recalled().description() != null) {
            document.add(heading(text("report.document.description")));
            document.add(new Paragraph(text(report.recalled().description()), body));
        }
    }

    /** The sections' tables, the charts, and the actions. */
    private void figures(Document document, Report report) throws DocumentException {
        for (Section section : report.sections()) {
            document.add(block(text(section.title()), table(section)));
        }
        for (Chart chart : report.charts()) {
            document.add(block(text(chart.title()), bars(chart)));
        }
        if (!report.actions().isEmpty()) {
            document.add(heading(text(
                    "annual".equals(report.kind()) ? "report.document.annualActions" : "report.document.actions")));
            document.add(actions(report));
        }
    }

    /** The report as a spreadsheet (xlsx): its sections' indicators, and the programme's actions. */
    public byte[] spreadsheet(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Passerelle", "1.0");
            indicatorsSheet(workbook.newWorksheet(text("report.document.sheet.figures")), report);
            if (!report.actions().isEmpty()) {
                actionsSheet(workbook.newWorksheet(text("report.document.sheet.actions")), report.actions());
            }
            workbook.finish();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        return out.toByteArray();
    }

    /** The title, then each section's indicators under a header: the label, the value (a number where there is one). */
    private void indicatorsSheet(Worksheet sheet, Report report) {
        int row = 0;
        sheet.value(row, 0, title(report));
        sheet.style(row, 0).bold().fontSize(14).set();
        sheet.value(++row, 0, text(report.about().subtitle()));
        sheet.value(++row, 0, text("report.document.computed", computedAt(report)));
        row++;
        for (Section section : report.sections()) {
            sheet.value(++row, 0, text(section.title()));
            sheet.value(row, 1, text("report.document.column.value"));
            sheet.style(row, 0).bold().set();
            sheet.style(row, 1).bold().horizontalAlignment("right").set();
            for (Indicator indicator : section.indicators()) {
                indicatorRow(sheet, ++row, indicator);
            }
            row++;
        }
        sheet.width(0, 60);
        sheet.width(1, 14);
    }

    private void indicatorRow(Worksheet sheet, int row, Indicator indicator) {
        sheet.value(row, 0, text(indicator.label()));
        if (indicator.number() == null) {
            sheet.value(row, 1, text(indicator.shown()));
            sheet.style(row, 1).horizontalAlignment("right").set();
        } else {
            sheet.value(row, 1, indicator.number());
            if (indicator.measure() == Report.Measure.RATE) {
                sheet.style(row, 1).format("0%").set();
            } else if (indicator.number() % 1 != 0) {
                sheet.style(row, 1).format("0.0").set();
            }
        }
    }

    /** The actions: year as a number, first and last days as dates (day/month/year), the rest in words. */
    private void actionsSheet(Worksheet sheet, List<ActionLine> actions) {
        String[] headers = {"year", "action", "kind", "firstDay", "lastDay", "planned", "figures"};
        for (int column = 0; column < headers.length; column++) {
            sheet.value(0, column, text("report.document.column." + headers[column]));
            sheet.style(0, column).bold().set();
        }
        int line = 1;
        for (ActionLine action : actions) {
            sheet.value(line, 0, action.year());
            sheet.value(line, 1, action.title());
            sheet.value(line, 2, text(action.kind()));
            day(sheet, line, 3, action.firstDay());
            day(sheet, line, 4, action.lastDay());
            sheet.value(line, 5, text(action.planned() ? "report.document.yes" : "report.document.no"));
            sheet.value(line, 6, text(action.summary()));
            line++;
        }
        sheet.freezePane(0, 1);
        sheet.width(1, 60);
        sheet.width(3, 12);
        sheet.width(4, 12);
        sheet.width(6, 60);
    }

    private static void day(Worksheet sheet, int row, int column, LocalDate day) {
        if (day != null) {
            sheet.value(row, column, day);
            sheet.style(row, column).format("dd/mm/yyyy").set();
        }
    }

    private Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, this.heading);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        heading.setKeepTogether(true);
        return heading;
    }

    /** A heading and what it introduces, kept on the same page. */
    private PdfPTable block(String title, PdfPTable content) {
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingBefore(14);
        block.setKeepTogether(true);
        PdfPCell head = new PdfPCell(new Phrase(title, heading));
        head.setBorder(Rectangle.NO_BORDER);
        head.setPaddingLeft(0);
        head.setPaddingBottom(6);
        block.addCell(head);
        PdfPCell body = new PdfPCell(content);
        body.setBorder(Rectangle.NO_BORDER);
        body.setPadding(0);
        block.addCell(body);
        return block;
    }

    private PdfPTable table(Section section) {
        PdfPTable table = new PdfPTable(new float[] {4, 1.4f});
        table.setWidthPercentage(100);
        boolean shaded = false;
        for (Indicator indicator : section.indicators()) {
            table.addCell(cell(new Phrase(text(indicator.label()), body), shaded, Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(text(indicator.shown()), strong), shaded, Element.ALIGN_RIGHT));
            shaded = !shaded;
        }
        return table;
    }

    private PdfPTable bars(Chart chart) {
        PdfPTable table = new PdfPTable(new float[] {3, 3, 0.7f});
        table.setWidthPercentage(100);
        double max = Math.max(1, chart.max());
        for (int i = 0; i < chart.labels().size(); i++) {
            double value = chart.values().get(i);
            table.addCell(cell(new Phrase(text(chart.labels().get(i)), body), false, Element.ALIGN_LEFT));
            PdfPCell bar = new PdfPCell();
            bar.setBorder(Rectangle.NO_BORDER);
            bar.setPadding(3);
            bar.setCellEvent((cell, position, canvases) -> {
                PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
                float width = (float) ((position.getWidth() - 6) * value / max);
                canvas.saveState();
                canvas.setColorFill(BAR);
                canvas.rectangle(
                        position.getLeft() + 3, position.getBottom() + 4, Math.max(width, 1), position.getHeight() - 8);
                canvas.fill();
                canvas.restoreState();
            });
            bar.setMinimumHeight(18);
            table.addCell(bar);
            table.addCell(cell(
                    new Phrase(value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value), strong),
                    false,
                    Element.ALIGN_RIGHT));
        }
        return table;
    }

    private PdfPTable actions(Report report) {
        PdfPTable table = new PdfPTable(new float[] {0.7f, 3.2f, 1.4f, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : new String[] {"year", "action", "date", "figures"}) {
            PdfPCell cell =
                    cell(new Phrase(text("report.document.column." + header), strong), true, Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        for (ActionLine action : report.actions()) {
            table.addCell(cell(new Phrase(String.valueOf(action.year()), body), false, Element.ALIGN_LEFT));
            Phrase what = new Phrase();
            what.add(new Chunk(action.title(), body));
            what.add(new Chunk("\n" + text(action.kind()), small));
            table.addCell(cell(what, false, Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(text(action.when()), body), false, Element.ALIGN_LEFT));
            table.addCell(cell(new Phrase(text(action.summary()), body), false, Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPCell cell(Phrase phrase, boolean shaded, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(LINE);
        cell.setPadding(5);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (shaded) {
            cell.setBackgroundColor(LIGHT);
        }
        return cell;
    }

    /** The footer of every page: what the document is, when it was computed, and the page's number. */
    private static final class Footer extends PdfPageEventHelper {

        private final String text;
        private final String page;
        private final Font font;

        /** The footer's text, and the word before the page's number. */
        Footer(String text, String page, Font font) {
            this.text = text;
            this.page = page;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(text, font),
                    document.left(),
                    document.bottom() - 24,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase(page + " " + writer.getPageNumber(), font),
                    document.right(),
                    document.bottom() - 24,
                    0);
        }
    }
}
