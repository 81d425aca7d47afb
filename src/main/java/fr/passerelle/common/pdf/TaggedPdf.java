package fr.passerelle.common.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.util.HtmlUtils;

/**
 * A PDF for screen readers as well as eyes (PDF/UA): every text is tagged in a structure (headings, paragraphs, tables
 * with their header cells), what only decorates (shading, rules, bars, the page footer) is marked as an artifact; the
 * document says its language and shows its title. Laid out top to bottom on A4 pages.
 */
public final class TaggedPdf {
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final float PAD = 5;
    private static final Color LINE = new Color(0xd5, 0xdb, 0xd3);
    /** The shading of header rows and of every other row. */
    /** The bars drawn behind a cell's figure. */
    public static final Color BAR = new Color(0x8a, 0x5a, 0x1f);

    public static final Color LIGHT = new Color(0xf1, 0xf4, 0xf0);

    /** A table's cell: its words, their alignment, and a bar (a share of the cell's width) drawn behind, if any. */
    public record Cell(Phrase phrase, int alignment, Double bar) {
        public Cell(Phrase phrase, int alignment) {
            this(phrase, alignment, null);
        }
    }

    private final Document document = new Document(PageSize.A4, 56, 56, 56, 64);
    private final PdfWriter writer;
    private final PdfContentByte canvas;
    private final PdfStructureElement root;
    private float y;

    /** Opens the document: its title (shown by readers), French as its language, and a footer on every page. */
    public TaggedPdf(OutputStream out, String title, Phrase footer, String pageWord, ReportFonts.Style footerStyle) {
        writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        writer.setXmpMetadata(xmp(title));
        writer.setPageEvent(new Footer(footer, pageWord, footerStyle));
        document.addTitle(title);
        document.addAuthor("Passerelle");
        document.open();
        canvas = writer.getDirectContent();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        y = document.top();
    }

    /** A heading (H1, H2…), kept on the page with at least {@code keptWith} points of what follows it. */
    public void heading(int level, Phrase phrase, float before, float keptWith) {
        Paragraph heading = new Paragraph(phrase);
        if (y - before - height(heading, document.right() - document.left()) - keptWith < document.bottom()) {
            newPage();
        } else {
            y -= before;
        }
        flow(new PdfStructureElement(root, new PdfName("H" + level)), heading);
        y -= 6;
    }

    /** A paragraph, indented by {@code indent} points, followed by {@code after} points of space. */
    public void paragraph(Phrase phrase, float indent, float after) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setIndentationLeft(indent);
        flow(new PdfStructureElement(root, PdfName.P), paragraph);
        y -= after;
    }

    /** The height a heading and the first rows of a table will take, to keep them together. */
    public float firstRows(float[] relativeWidths, List<List<Cell>> rows, int count) {
        float[] widths = widths(relativeWidths);
        return (float) rows.stream()
                .limit(count)
                .mapToDouble(row -> rowHeight(row, widths))
                .sum();
    }

    /** A table: its header row (TH cells, repeated on each page as an artifact) if any, then its rows. */
    public void table(float[] relativeWidths, List<Cell> header, List<List<Cell>> rows, boolean zebra) {
        float[] widths = widths(relativeWidths);
        PdfStructureElement table = new PdfStructureElement(root, PdfName.TABLE);
        if (header != null) {
            row(table, header, widths, true, LIGHT, false);
        }
        boolean shaded = false;
        for (List<Cell> row : rows) {
            if (y - rowHeight(row, widths) < document.bottom()) {
                newPage();
                if (header != null) {
                    row(table, header, widths, true, LIGHT, true);
                }
            }
            row(table, row, widths, false, zebra && shaded ? LIGHT : null, false);
            shaded = !shaded;
        }
    }

    /** Finishes the document. */
    public void close() {
        document.close();
    }

    private void row(
            PdfStructureElement table,
            List<Cell> cells,
            float[] widths,
            boolean head,
            Color background,
            boolean repeated) {
        float height = rowHeight(cells, widths);
        decorate(cells, widths, height, background);
        PdfStructureElement row = repeated ? null : new PdfStructureElement(table, PdfName.TABLEROW);
        float x = document.left();
        for (int i = 0; i < cells.size(); i++) {
            ColumnText column = new ColumnText(canvas);
            column.addElement(aligned(cells.get(i)));
            column.setSimpleColumn(x + PAD, y - height, x + widths[i] - PAD, y - PAD);
            if (row == null) {
                canvas.beginMarkedContentSequence(ARTIFACT);
            } else {
                canvas.beginMarkedContentSequence(cell(row, head));
            }
            go(column);
            canvas.endMarkedContentSequence();
            x += widths[i];
        }
        y -= height;
    }

    private static PdfStructureElement cell(PdfStructureElement row, boolean head) {
        PdfStructureElement cell = new PdfStructureElement(row, head ? PdfName.TH : PdfName.TD);
        if (head) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(PdfName.O, PdfName.TABLE);
            attributes.put(new PdfName("Scope"), new PdfName("Column"));
            cell.put(PdfName.A, attributes);
        }
        return cell;
    }

    /** The row's shading, its bottom rule and its bars: decoration, marked as such. */
    private void decorate(List<Cell> cells, float[] widths, float height, Color background) {
        float left = document.left();
        float width = document.right() - left;
        canvas.beginMarkedContentSequence(ARTIFACT);
        canvas.saveState();
        if (background != null) {
            canvas.setColorFill(background);
            canvas.rectangle(left, y - height, width, height);
            canvas.fill();
        }
        canvas.setColorStroke(LINE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y - height);
        canvas.lineTo(left + width, y - height);
        canvas.stroke();
        float x = left;
        for (int i = 0; i < cells.size(); i++) {
            Double bar = cells.get(i).bar();
            if (bar != null) {
                canvas.setColorFill(BAR);
                canvas.rectangle(x + 3, y - height + 4, Math.max((float) ((widths[i] - 6) * bar), 1), height - 8);
                canvas.fill();
            }
            x += widths[i];
        }
        canvas.restoreState();
        canvas.endMarkedContentSequence();
    }

    private float rowHeight(List<Cell> cells, float[] widths) {
        float height = 18;
        for (int i = 0; i < cells.size(); i++) {
            height = Math.max(height, height(aligned(cells.get(i)), widths[i] - 2 * PAD) + 2 * PAD + 2);
        }
        return height;
    }

    private static Paragraph aligned(Cell cell) {
        Paragraph paragraph = new Paragraph(cell.phrase());
        paragraph.setAlignment(cell.alignment());
        return paragraph;
    }

    private float[] widths(float[] relative) {
        float total = 0;
        for (float width : relative) {
            total += width;
        }
        float[] widths = new float[relative.length];
        for (int i = 0; i < relative.length; i++) {
            widths[i] = (document.right() - document.left()) * relative[i] / total;
        }
        return widths;
    }

    /** The element, tagged, from where the last ended; on as many pages as it needs. */
    private void flow(PdfStructureElement tag, Element element) {
        ColumnText column = new ColumnText(canvas);
        column.addElement(element);
        while (true) {
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            canvas.beginMarkedContentSequence(tag);
            int status = go(column);
            canvas.endMarkedContentSequence();
            y = column.getYLine();
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            newPage();
        }
    }

    private static float height(Element element, float width) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, -100_000, width, 0);
        column.addElement(element);
        try {
            column.go(true);
        } catch (com.lowagie.text.DocumentException broken) {
            throw new IllegalStateException(broken);
        }
        return -column.getYLine();
    }

    private static int go(ColumnText column) {
        try {
            return column.go();
        } catch (com.lowagie.text.DocumentException broken) {
            throw new IllegalStateException("A report's PDF could not be laid out", broken);
        }
    }

    private void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        y = document.top();
    }

    /** The metadata PDF/UA asks for: the title, the language, and the claim to PDF/UA-1. */
    private static byte[] xmp(String title) {
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + HtmlUtils.htmlEscape(title, "UTF-8")
                + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>"
                + "<pdfuaid:part>1</pdfuaid:part>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        return xmp.getBytes(StandardCharsets.UTF_8);
    }

    /** The footer of every page, an artifact: what the document is, when it was computed, and the page's number. */
    @RequiredArgsConstructor
    private static final class Footer extends PdfPageEventHelper {
        private final Phrase text;
        private final String page;
        private final ReportFonts.Style style;

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            PdfDictionary pagination = new PdfDictionary();
            pagination.put(PdfName.TYPE, new PdfName("Pagination"));
            canvas.beginMarkedContentSequence(ARTIFACT, pagination, true);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, text, document.left(), document.bottom() - 24, 0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_RIGHT,
                    ReportFonts.FONTS.phrase(page + " " + writer.getPageNumber(), style),
                    document.right(),
                    document.bottom() - 24,
                    0);
            canvas.endMarkedContentSequence();
        }
    }
}
