package fr.passerelle.accounts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Something that waits for a signed-in professional on their page of work: how many there are, the message key that
 * says it (given the count, so that it agrees in number), where to handle them, and a few of them by name when naming
 * them helps (this week's events).
 */
public record WorkItem(int rank, String labelKey, int count, String href, List<Entry> entries) {

    public WorkItem {
        entries = List.copyOf(entries);
    }

    public WorkItem(int rank, String labelKey, int count, String href) {
        this(rank, labelKey, count, href, List.of());
    }

    /** One of the things waiting, with its own page and, when it has one, its moment. */
    public record Entry(String text, OffsetDateTime at, String href) {}
}
