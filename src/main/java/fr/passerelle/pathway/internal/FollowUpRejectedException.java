package fr.passerelle.pathway.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/**
 * A follow-up answer that breaks rules. The field and key are the first rule broken; {@link #breaches()} lists every
 * one, so that the form shows them all at once.
 */
public class FollowUpRejectedException extends RuleViolation {

    FollowUpRejectedException(List<Breach> breaches) {
        super(breaches);
    }
}
