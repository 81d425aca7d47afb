package fr.passerelle.directory.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/**
 * An entry breaks rules of the directory. The field and message key are the first rule broken (what the API
 * answers); {@link #breaches()} lists every one, so that a form shows them all at once.
 */
public class EntryRejectedException extends RuleViolation {

    public EntryRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }

    private EntryRejectedException(List<Breach> breaches) {
        super(breaches);
    }

    /** The rules broken, or nothing to throw when the list is empty. */
    static java.util.Optional<EntryRejectedException> of(List<Breach> breaches) {
        return breaches.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new EntryRejectedException(breaches));
    }
}
