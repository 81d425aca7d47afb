package fr.passerelle.offers.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/**
 * An offer, a picture or a step that breaks rules. The field and key are the first rule broken; {@link #breaches()}
 * lists every one, so that a form shows them all at once.
 */
public class OfferRejectedException extends RuleViolation {

    /** One rule broken: the field to point at and the message key that explains it. */
    public record Breach(String field, String messageKey) {}

    private final List<Breach> breaches;

    public OfferRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    public OfferRejectedException(String field, String messageKey) {
        this(List.of(new Breach(field, messageKey)));
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
