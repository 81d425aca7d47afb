package fr.passerelle.directory.internal;

import fr.passerelle.common.Texts;

/** The reason a coordinator gives for rejecting a proposal: its proposer reads it in the e-mail that tells them. */
public final class ProposalReasons {

    /** The longest reason, as for a refused request to join a structure. */
    static final int LENGTH = 2000;

    private ProposalReasons() {}

    /**
     * The reason, stripped.
     *
     * @throws EntryRejectedException when it is missing or too long
     */
    public static String check(String reason) {
        String why = Texts.blankToNull(reason);
        if (why == null) {
            throw new EntryRejectedException("reason", "moderation.reason.required");
        }
        if (why.length() > LENGTH) {
            throw new EntryRejectedException("reason", "moderation.reason.length");
        }
        return why;
    }
}
