package fr.passerelle.contacts;

import java.util.Arrays;
import java.util.Optional;

/** What a contact is attached to, each kept by its own module: its code is the one of the addresses. */
public enum ContactHolderKind {
    STRUCTURE("structure"),
    TERRITORY("territoire"),
    EVENT("evenement"),
    GROUP("groupe");

    private final String code;

    ContactHolderKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "contacts.holder." + code;
    }

    public static Optional<ContactHolderKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
