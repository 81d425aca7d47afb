package fr.passerelle.directory.internal;

import java.util.UUID;

/**
 * A coordinator published or rejected an entry proposed from a public page; its proposer is told.
 *
 * @param scheme whether the entry is a scheme (else an organisation)
 * @param proposerEmail the address the proposer left, to write to
 */
public record ProposalModerated(UUID entryId, boolean scheme, String name, String proposerEmail, boolean published) {

    /** What moderation reads back of the entry it moved. */
    public record Proposal(String name, String proposedBy) {}
}
