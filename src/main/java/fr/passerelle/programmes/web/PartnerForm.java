package fr.passerelle.programmes.web;

import fr.passerelle.common.Vocabulary;
import fr.passerelle.programmes.internal.PartnerDraft;
import fr.passerelle.programmes.internal.PartnerRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The form that adds a partner to an action: the organisation chosen in the directory (its id, set by the picker's
 * suggestions) or else its name typed, its role (by code), and for a speaking partner the person who speaks and their
 * function.
 */
record PartnerForm(
        @NotBlank(message = "{programme.partner.organisation.required}") String organisation,
        UUID organisationId,
        @NotBlank(message = "{programme.partner.role.required}") String role,
        @Size(max = 150, message = "{programme.partner.speaker.length}") String speakerName,
        @Size(max = 200, message = "{programme.partner.speaker.functionLength}") String speakerFunction) {

    static PartnerForm empty() {
        return new PartnerForm("", null, "", "", "");
    }

    PartnerDraft draft() {
        return new PartnerDraft(
                organisation,
                organisationId,
                Vocabulary.parse(PartnerRole.class, role).orElse(null),
                speakerName,
                speakerFunction);
    }
}
