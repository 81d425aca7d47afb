package fr.passerelle.pathway.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/**
 * A follow-up answer that breaks rules. The field and key are the first rule broken; {@link #breaches()} lists every
 * one, so that the form shows them all at once.
 */
public class FollowUpRejectedException extends RuleViolation {

    /** One rule broken: the field to point at and the message key that explains it. */
    public record Breach(String field, String messageKey) {}

    private final List<Breach> breaches;

    FollowUpRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
