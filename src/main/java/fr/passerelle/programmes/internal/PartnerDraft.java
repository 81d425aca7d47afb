package fr.passerelle.programmes.internal;

import java.util.UUID;

/**
 * A partner as a coordinator adds it to an action: the organisation chosen in the directory (its id) or, when none
 * was chosen, its name as typed; its role; and for a speaking partner the person who speaks and their function (both
 * optional).
 */
public record PartnerDraft(
        String organisation, UUID organisationId, PartnerRole role, String speakerName, String speakerFunction) {

    /** A partner named by the organisation's name alone. */
    public PartnerDraft(String organisation, PartnerRole role, String speakerName, String speakerFunction) {
        this(organisation, null, role, speakerName, speakerFunction);
    }
}
