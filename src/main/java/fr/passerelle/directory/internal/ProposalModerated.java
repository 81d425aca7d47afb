package fr.passerelle.directory.internal;

import java.util.UUID;

/**
 * A coordinator published or rejected an entry proposed from a public page; its proposer is told.
 *
 * @param scheme whether the entry is a scheme (else an organisation)
 * @param proposerEmail the address the proposer left, to write to
 * @param reason why the coordinator rejected it, for the proposer to read; null when published
 */
public record ProposalModerated(
        UUID entryId, boolean scheme, String name, String proposerEmail, boolean published, String reason) {

    public ProposalModerated(UUID entryId, boolean scheme, String name, String proposerEmail, boolean published) {
        this(entryId, scheme, name, proposerEmail, published, null);
    }

    /** What moderation reads back of the entry it moved. */
    public record Proposal(String name, String proposedBy) {}
}
