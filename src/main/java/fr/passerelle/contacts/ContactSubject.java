package fr.passerelle.contacts;

import java.util.Arrays;
import java.util.Optional;

/** The subjects the network names a contact for, in the order a page lists them. */
public enum ContactSubject {
    ACTIVITY_OFFERS("offres-activite"),
    PROJECT_FUNDING("financement-projet"),
    SETTLING("installation-accueil"),
    LAND_AND_PREMISES("foncier-immobilier"),
    AGRICULTURE("agriculture"),
    SOCIAL_ECONOMY("ess"),
    TRAINING("formation"),
    EMPLOYMENT("emploi");

    private final String code;

    ContactSubject(String code) {
        this.code = code;
    }

    /** Its code in addresses, forms and the database. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return "contacts.subject." + code;
    }

    public static Optional<ContactSubject> ofCode(String code) {
        return Arrays.stream(values())
                .filter(subject -> subject.code.equals(code))
                .findFirst();
    }
}
