package fr.passerelle.directory.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/**
 * An entry breaks rules of the directory. The field and message key are the first rule broken (what the API
 * answers); {@link #breaches()} lists every one, so that a form shows them all at once.
 */
public class EntryRejectedException extends RuleViolation {

    /** One rule broken: the field to point at and the message key that explains it. */
    public record Breach(String field, String messageKey) {}

    private final List<Breach> breaches;

    public EntryRejectedException(String field, String messageKey) {
        super(field, messageKey);
        this.breaches = List.of(new Breach(field, messageKey));
    }

    private EntryRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    /** The rules broken, or nothing to throw when the list is empty. */
    static java.util.Optional<EntryRejectedException> of(List<Breach> breaches) {
        return breaches.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new EntryRejectedException(breaches));
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
