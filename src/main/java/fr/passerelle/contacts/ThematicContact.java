package fr.passerelle.contacts;

import fr.passerelle.common.FrenchPhone;
import java.util.UUID;

/** The person to call for a subject, on a structure, a territory, an event or a group; the phone may be null. */
public record ThematicContact(
        UUID id,
        ContactHolderKind holderKind,
        UUID holderId,
        ContactSubject subject,
        String name,
        String function,
        String email,
        FrenchPhone phone) {}
