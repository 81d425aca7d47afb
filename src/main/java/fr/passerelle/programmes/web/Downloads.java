package fr.passerelle.programmes.web;

import fr.passerelle.common.Paris;
import fr.passerelle.common.Texts;
import fr.passerelle.programmes.internal.Report;
import fr.passerelle.programmes.internal.ReportDocuments;
import fr.passerelle.programmes.internal.ReportPart;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report as a file to download, named after its title and the day: bilan-stand-commun-…-2026-12-01.pdf; a table of
 * figures as CSV.
 */
final class Downloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    /** The report as the format asked: pdf, or xlsx for a spreadsheet. */
    static ResponseEntity<byte[]> of(Report report, String format, ReportDocuments files, ReportPart... parts) {
        String title = files.text(report.about().title());
        return "pdf".equals(format)
                ? download(files.pdf(report, parts), MediaType.APPLICATION_PDF, name(report, title, "pdf"))
                : download(files.spreadsheet(report, parts), XLSX, name(report, title, "xlsx"));
    }

    /** A document's name from its title and the day: financement-cooperations-…-2026-12-01.pdf. */
    static String name(String title, String extension) {
        return slug(title) + "-" + Paris.today() + "." + extension;
    }

    private static String name(Report report, String title, String extension) {
        return ("annual".equals(report.kind()) ? "" : "bilan-") + slug(title) + "-" + Paris.today() + "." + extension;
    }

    private static String slug(String title) {
        return Texts.slug(title, 60);
    }

    /** A table as a CSV file (UTF-8) of that name, plain ASCII. */
    static ResponseEntity<String> csv(String content, String name) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
