package fr.passerelle.programmes.web;

import fr.passerelle.common.Paris;
import fr.passerelle.programmes.internal.Report;
import fr.passerelle.programmes.internal.ReportDocuments;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report as a file to download, named after its title and the day: bilan-stand-commun-…-2026-12-01.pdf. */
final class Downloads {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    /** The report as the format asked: pdf, or xlsx for a spreadsheet. */
    static ResponseEntity<byte[]> of(Report report, String format, ReportDocuments files) {
        String title = files.text(report.about().title());
        return "pdf".equals(format)
                ? download(files.pdf(report), MediaType.APPLICATION_PDF, name(report, title, "pdf"))
                : download(files.spreadsheet(report), XLSX, name(report, title, "xlsx"));
    }

    private static String name(Report report, String title, String extension) {
        String slug = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return ("annual".equals(report.kind()) ? "" : "bilan-") + (slug.length() > 60 ? slug.substring(0, 60) : slug)
                + "-" + Paris.today() + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
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
