package fr.passerelle.groups.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A request or a change that breaks rules; {@link #breaches()} lists every one. */
public class GroupRejectedException extends RuleViolation {

    /** One rule broken: the field and the message key. */
    public record Breach(String field, String messageKey) {}

    private final List<Breach> breaches;

    public GroupRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
