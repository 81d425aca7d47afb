package fr.passerelle.offers.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/**
 * An offer, a picture or a step that breaks rules. The field and key are the first rule broken; {@link #breaches()}
 * lists every one, so that a form shows them all at once.
 */
public class OfferRejectedException extends RuleViolation {

    public OfferRejectedException(List<Breach> breaches) {
        super(breaches);
    }

    public OfferRejectedException(String field, String messageKey) {
        this(List.of(new Breach(field, messageKey)));
    }
}
