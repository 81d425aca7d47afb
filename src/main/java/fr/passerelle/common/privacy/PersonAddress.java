package fr.passerelle.common.privacy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as the platform recognises a person by it: trimmed and in lower case, as every module compares
 * addresses ({@code lower(email) = lower(:email)}). Nothing else is merged: the dots of a Gmail address or a
 * "+tag" are the address's owner's business, and another provider may treat {@code c.martin} and {@code cmartin} as
 * two people; merging them would show, export or erase a stranger's data.
 */
public final class PersonAddress {

    /** The form the modules' tables accept (their {@code check} constraints), at most 254 characters. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PersonAddress() {}

    /** The address trimmed and in lower case, if it is one; empty for anything else. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String address = typed.strip().toLowerCase(Locale.ROOT);
        return address.length() <= 254 && ADDRESS.matcher(address).matches() ? Optional.of(address) : Optional.empty();
    }
}
