package fr.passerelle.notifications;

import java.util.List;

/**
 * An e-mail in plain text, with files attached when there are some (a calendar invitation).
 *
 * @param unsubscribe the address that stops what this e-mail belongs to (an alert, a digest) in one click, written in
 *     its {@code List-Unsubscribe} header (RFC 2369, RFC 8058); null for an e-mail one does not unsubscribe from
 */
public record Email(String to, String subject, String body, List<Attachment> attachments, String unsubscribe) {

    /** A file sent with an e-mail. */
    public record Attachment(String filename, String contentType, byte[] content) {}

    public Email {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Email(String to, String subject, String body, List<Attachment> attachments) {
        this(to, subject, body, attachments, null);
    }

    public Email(String to, String subject, String body) {
        this(to, subject, body, List.of(), null);
    }

    /** The same e-mail, unsubscribed from at that address by a POST (one click) or a confirming page (a link). */
    public Email unsubscribedAt(String address) {
        return new Email(to, subject, body, attachments, address);
    }
}
