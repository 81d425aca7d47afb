package fr.passerelle.programmes.internal;

import static fr.passerelle.programmes.internal.ReportStyles.BODY;
import static fr.passerelle.programmes.internal.ReportStyles.HEADING;
import static fr.passerelle.programmes.internal.ReportStyles.SMALL;
import static fr.passerelle.programmes.internal.ReportStyles.STRONG;
import static fr.passerelle.programmes.internal.ReportStyles.SUBTITLE;
import static fr.passerelle.programmes.internal.ReportStyles.TITLE;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import fr.passerelle.common.Paris;
import fr.passerelle.common.pdf.ReportFonts;
import fr.passerelle.common.pdf.ReportFonts.Style;
import fr.passerelle.common.pdf.TaggedPdf;
import fr.passerelle.common.pdf.TaggedPdf.Cell;
import fr.passerelle.programmes.internal.Report.ActionLine;
import fr.passerelle.programmes.internal.Report.Chart;
import fr.passerelle.programmes.internal.Report.Indicator;
import fr.passerelle.programmes.internal.Report.PartnerLine;
import fr.passerelle.programmes.internal.Report.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
public class ReportDocuments {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm");

    private final MessageSource messages;

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

    /**
     * The report as a tagged PDF (PDF/UA): its fonts embedded, its language French, its title shown by the reader.
     */
    public byte[] pdf(Report report, ReportPart... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaggedPdf pdf = new TaggedPdf(
                out,
                title(report),
                phrase(text("report.document.footer", computedAt(report)), SMALL),
                text("report.document.page"),
                SMALL);
        head(pdf, report);
        figures(pdf, report);
        partners(pdf, report);
        for (ReportPart part : parts) {
            part.pdf(pdf);
        }
        pdf.heading(2, phrase(text("report.assessment"), HEADING), 14, 20);
        pdf.paragraph(
                phrase(
                        report.recalled().assessment() == null
                                ? text("report.document.noAssessment")
                                : report.recalled().assessment(),
                        BODY),
                0,
                0);
        pdf.close();
        return out.toByteArray();
    }

    private static Phrase phrase(String text, Style style) {
        return ReportFonts.FONTS.phrase(text, style);
    }

    /** The title and subtitle, the objectives and the description. */
    private void head(TaggedPdf pdf, Report report) {
        pdf.heading(1, phrase(title(report), TITLE), 0, 0);
        pdf.paragraph(phrase(text(report.about().subtitle()), SUBTITLE), 0, 0);
        if ("action".equals(report.kind())) {
            pdf.paragraph(
                    phrase(text("report.document.programme", report.about().programmeName()), SUBTITLE), 0, 0);
        }
        if (!report.recalled().objectives().isEmpty()) {
            pdf.heading(2, phrase(text(objectivesHeading(report)), HEADING), 14, 20);
            if (report.recalled().programmeObjectives()) {
                pdf.paragraph(phrase(text("report.objectives.fromProgramme"), SMALL), 0, 2);
            }
            int n = 1;
            for (String objective : report.recalled().objectives()) {
                pdf.paragraph(phrase((n++) + ". " + objective, BODY), 12, 2);
            }
        }
        if (report.recalled().description() != null) {
            pdf.heading(2, phrase(text("report.document.description"), HEADING), 14, 20);
            pdf.paragraph(phrase(text(report.recalled().description()), BODY), 0, 0);
        }
    }

    /** "Objectifs de l’action", or of the programme (for a programme, or an action that has none of its own). */
    private static String objectivesHeading(Report report) {
        return "action".equals(report.kind()) && !report.recalled().programmeObjectives()
                ? "report.document.actionObjectives"
                : "report.document.objectives";
    }

    /** The partners: organisation, role, named speaker, and the action in a programme's report. */
    private void partners(TaggedPdf pdf, Report report) {
        if (report.partners().isEmpty()) {
            return;
        }
        boolean withAction = report.partners().get(0).action() != null;
        List<Cell> header = new ArrayList<>();
        for (String column : withAction
                ? new String[] {"partner", "role", "speaker", "action"}
                : new String[] {"partner", "role", "speaker"}) {
            header.add(new Cell(phrase(text("report.document.column." + column), STRONG), Element.ALIGN_LEFT));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (PartnerLine partner : report.partners()) {
            List<Cell> row = new ArrayList<>(List.of(
                    new Cell(phrase(partner.organisation(), BODY), Element.ALIGN_LEFT),
                    new Cell(phrase(text(partner.role()), BODY), Element.ALIGN_LEFT),
                    new Cell(phrase(partner.speaker() == null ? "—" : partner.speaker(), BODY), Element.ALIGN_LEFT)));
            if (withAction) {
                row.add(new Cell(phrase(partner.action(), BODY), Element.ALIGN_LEFT));
            }
            rows.add(row);
        }
        float[] widths = withAction ? new float[] {3, 1.6f, 2.6f, 3} : new float[] {3, 1.6f, 3};
        pdf.heading(2, phrase(text("report.document.partners"), HEADING), 14, pdf.firstRows(widths, rows, 3));
        pdf.table(widths, header, rows, false);
    }

    /** The sections' tables, the charts, and the actions; a heading stays with its table's first rows. */
    private void figures(TaggedPdf pdf, Report report) {
        for (Section section : report.sections()) {
            float[] widths = {4, 1.4f};
            List<List<Cell>> rows = table(section);
            pdf.heading(2, phrase(text(section.title()), HEADING), 14, pdf.firstRows(widths, rows, 3));
            pdf.table(widths, null, rows, true);
        }
        for (Chart chart : report.charts()) {
            float[] widths = {3, 3, 0.7f};
            List<List<Cell>> rows = bars(chart);
            pdf.heading(2, phrase(text(chart.title()), HEADING), 14, pdf.firstRows(widths, rows, 3));
            pdf.table(widths, null, rows, false);
        }
        if (!report.actions().isEmpty()) {
            pdf.heading(
                    2,
                    phrase(
                            text(
                                    "annual".equals(report.kind())
                                            ? "report.document.annualActions"
                                            : "report.document.actions"),
                            HEADING),
                    14,
                    60);
            List<Cell> header = new ArrayList<>();
            for (String column : new String[] {"year", "action", "date", "figures"}) {
                header.add(new Cell(phrase(text("report.document.column." + column), STRONG), Element.ALIGN_LEFT));
            }
            pdf.table(new float[] {0.9f, 3.2f, 1.4f, 3}, header, actions(report), false);
        }
    }

    /** The report as a spreadsheet (xlsx): its sections' indicators, and the programme's actions. */
    public byte[] spreadsheet(Report report, ReportPart... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Passerelle", "1.0");
            indicatorsSheet(workbook.newWorksheet(text("report.document.sheet.figures")), report);
            if (!report.actions().isEmpty()) {
                actionsSheet(workbook.newWorksheet(text("report.document.sheet.actions")), report.actions());
            }
            if (!report.partners().isEmpty()) {
                partnersSheet(workbook.newWorksheet(text("report.document.sheet.partners")), report.partners());
            }
            for (ReportPart part : parts) {
                part.spreadsheet(workbook);
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

    /** The sheet's first row: the columns' names, in bold. */
    private void headers(Worksheet sheet, String... columns) {
        for (int column = 0; column < columns.length; column++) {
            sheet.value(0, column, text("report.document.column." + columns[column]));
            sheet.style(0, column).bold().set();
        }
    }

    /** The actions: year as a number, first and last days as dates (day/month/year), the rest in words. */
    private void actionsSheet(Worksheet sheet, List<ActionLine> actions) {
        headers(sheet, "year", "action", "kind", "firstDay", "lastDay", "planned", "figures");
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

    /** The partners, one a row: organisation, role, named speaker, action. */
    private void partnersSheet(Worksheet sheet, List<PartnerLine> partners) {
        headers(sheet, "partner", "role", "speaker", "action");
        int line = 1;
        for (PartnerLine partner : partners) {
            sheet.value(line, 0, partner.organisation());
            sheet.value(line, 1, text(partner.role()));
            if (partner.speaker() != null) {
                sheet.value(line, 2, partner.speaker());
            }
            if (partner.action() != null) {
                sheet.value(line, 3, partner.action());
            }
            line++;
        }
        sheet.freezePane(0, 1);
        sheet.width(0, 50);
        sheet.width(2, 40);
        sheet.width(3, 50);
    }

    private static void day(Worksheet sheet, int row, int column, LocalDate day) {
        if (day != null) {
            sheet.value(row, column, day);
            sheet.style(row, column).format("dd/mm/yyyy").set();
        }
    }

    private List<List<Cell>> table(Section section) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator indicator : section.indicators()) {
            rows.add(List.of(
                    new Cell(phrase(text(indicator.label()), BODY), Element.ALIGN_LEFT),
                    new Cell(phrase(text(indicator.shown()), STRONG), Element.ALIGN_RIGHT)));
        }
        return rows;
    }

    /** A chart as rows: the label, a bar as long as the value's share of the largest, and the value. */
    private List<List<Cell>> bars(Chart chart) {
        double max = Math.max(1, chart.max());
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < chart.labels().size(); i++) {
            double value = chart.values().get(i);
            rows.add(List.of(
                    new Cell(phrase(text(chart.labels().get(i)), BODY), Element.ALIGN_LEFT),
                    new Cell(new Phrase(""), Element.ALIGN_LEFT, value / max),
                    new Cell(
                            phrase(value % 1 == 0 ? String.valueOf((long) value) : String.valueOf(value), STRONG),
                            Element.ALIGN_RIGHT)));
        }
        return rows;
    }

    private List<List<Cell>> actions(Report report) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ActionLine action : report.actions()) {
            Phrase what = phrase(action.title(), BODY);
            what.add(Chunk.NEWLINE);
            what.addAll(phrase(text(action.kind()), SMALL));
            rows.add(List.of(
                    new Cell(phrase(String.valueOf(action.year()), BODY), Element.ALIGN_LEFT),
                    new Cell(what, Element.ALIGN_LEFT),
                    new Cell(phrase(text(action.when()), BODY), Element.ALIGN_LEFT),
                    new Cell(phrase(text(action.summary()), BODY), Element.ALIGN_LEFT)));
        }
        return rows;
    }
}
