package fr.passerelle.programmes.internal;

import fr.passerelle.common.pdf.TaggedPdf;
import org.dhatim.fastexcel.Workbook;

/**
 * A part another record adds to a report's documents (an action's costs and shares): written after the report's
 * figures in its PDF, as a sheet of its own in its spreadsheet.
 */
public interface ReportPart {

    void pdf(TaggedPdf pdf);

    void spreadsheet(Workbook workbook);
}
