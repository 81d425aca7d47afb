package fr.passerelle.resources.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A resource that breaks rules; {@link #breaches()} lists every one. */
public class ResourceRejectedException extends RuleViolation {

    /** One rule broken: the field and the message key. */
    public record Breach(String field, String messageKey) {}

    private final List<Breach> breaches;

    ResourceRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
