package fr.passerelle.events.web;

import fr.passerelle.events.Stands;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** A lead captured at the stand; it travels through the redirect (and the session) when it comes back with errors. */
record LeadForm(
        String name,
        String email,
        String phone,
        Boolean consent,
        String interests,
        String areas,
        List<UUID> territories)
        implements Serializable {

    LeadForm {
        territories = territories == null ? List.of() : List.copyOf(territories);
    }

    static LeadForm empty() {
        return new LeadForm(null, null, null, false, null, null, List.of());
    }

    Stands.LeadDraft draft() {
        return new Stands.LeadDraft(name, email, phone, Boolean.TRUE.equals(consent), interests, areas, territories);
    }
}
