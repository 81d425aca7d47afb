package fr.passerelle.programmes.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A programme or an action that breaks rules; {@link #breaches()} lists every one, for a form to show them all. */
public class ProgrammeRejectedException extends RuleViolation {

    /** One rule broken: the field and the message key. */
    public record Breach(String field, String messageKey) {}

    private final List<Breach> breaches;

    ProgrammeRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
