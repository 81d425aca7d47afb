package fr.passerelle.notifications;

import java.util.List;

/** An e-mail in plain text, with files attached when there are some (a calendar invitation). */
public record Email(String to, String subject, String body, List<Attachment> attachments) {

    /** A file sent with an e-mail. */
    public record Attachment(String filename, String contentType, byte[] content) {}

    public Email {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Email(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }
}
