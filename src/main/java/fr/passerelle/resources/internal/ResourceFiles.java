package fr.passerelle.resources.internal;

import fr.passerelle.common.database.ContentTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The library's files, in the database ({@code resource_file}, V48) where every instance reads them: only PDF and
 * office documents, recognised by their first bytes as well as their name, at most 20 MB; their text read out (PDF,
 * and the XML of Word and OpenDocument texts) for the search. They are written and removed in the caller's
 * transaction, with their resource.
 */
@Component
record ResourceFiles(JdbcClient jdbc) {

    static final int MAX_SIZE = 20 * 1024 * 1024;
    /** The text kept for the search: enough for a long guide. */
    static final int MAX_TEXT = 1_000_000;

    private static final Logger log = LoggerFactory.getLogger(ResourceFiles.class);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };

    /** The accepted extensions, their content type and the first bytes they must start with. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("pdf", new Kind("application/pdf", PDF)),
            Map.entry("docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry(
                    "pptx", new Kind("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("odt", new Kind("application/vnd.oasis.opendocument.text", ZIP)),
            Map.entry("ods", new Kind("application/vnd.oasis.opendocument.spreadsheet", ZIP)),
            Map.entry("odp", new Kind("application/vnd.oasis.opendocument.presentation", ZIP)),
            Map.entry("doc", new Kind("application/msword", OLE)),
            Map.entry("xls", new Kind("application/vnd.ms-excel", OLE)),
            Map.entry("ppt", new Kind("application/vnd.ms-powerpoint", OLE)));

    private record Kind(String contentType, byte[] magic) {}

    /** What a checked file is: its content type and its text. */
    record Described(String contentType, String text) {}

    /** The problem with the file, as a message key, if there is one. */
    Optional<String> problem(UploadedFile file) {
        if (file.content() == null || file.content().length == 0) {
            return Optional.of("resource.file.empty");
        }
        if (file.content().length > MAX_SIZE) {
            return Optional.of("resource.file.tooBig");
        }
        Kind kind = KINDS.get(extension(file.name()));
        if (kind == null) {
            return Optional.of("resource.file.type");
        }
        if (!startsWith(file.content(), kind.magic())) {
            return Optional.of("resource.file.notWhatItSays");
        }
        return Optional.empty();
    }

    /** A checked file's content type and text. */
    static Described describe(UploadedFile file) {
        String extension = extension(file.name());
        return new Described(KINDS.get(extension).contentType(), text(extension, file.content()));
    }

    /** Writes the resource's file, replacing the one it had. */
    void write(UUID resourceId, byte[] content) {
        table().write(resourceId, content);
    }

    /** The resource's file, if it has one in the database. */
    Optional<byte[]> read(UUID resourceId) {
        return table().read(resourceId);
    }

    void remove(UUID resourceId) {
        table().remove(resourceId);
    }

    private ContentTable table() {
        return new ContentTable(jdbc, "resource_file", "resource_id");
    }

    /** The document's text, for the search; empty when it cannot be read (the file is kept all the same). */
    static String text(String extension, byte[] content) {
        try {
            String text =
                    switch (extension) {
                        case "pdf" -> {
                            try (PDDocument document = Loader.loadPDF(content)) {
                                yield new PDFTextStripper().getText(document);
                            }
                        }
                        case "docx" -> xml(content, "word/document.xml");
                        case "odt", "odp", "ods" -> xml(content, "content.xml");
                        case "pptx", "xlsx" -> "";
                        default -> "";
                    };
            text = text.replace('\u0000', ' ').replaceAll("\\s+", " ").strip();
            return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        } catch (IOException | RuntimeException unreadable) {
            log.info("Could not read the text of a {} file: {}", extension, unreadable.getMessage());
            return "";
        }
    }

    /** The text of one XML entry of a zipped document, its tags dropped. */
    private static String xml(byte[] content, String entry) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry next = zip.getNextEntry(); next != null; next = zip.getNextEntry()) {
                if (next.getName().equals(entry)) {
                    String xml = new String(zip.readNBytes(20 * 1024 * 1024), StandardCharsets.UTF_8);
                    return xml.replaceAll("<[^>]+>", " ")
                            .replace("&lt;", "<")
                            .replace("&gt;", ">")
                            .replace("&quot;", "\"")
                            .replace("&apos;", "'")
                            .replace("&amp;", "&");
                }
            }
        }
        return "";
    }

    static String extension(String name) {
        if (name == null || !name.contains(".")) {
            return "";
        }
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
