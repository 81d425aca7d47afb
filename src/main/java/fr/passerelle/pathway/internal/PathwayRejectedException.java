package fr.passerelle.pathway.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** A referral step that the rules refuse (no consent, already sent, not in that status); the key says why. */
public class PathwayRejectedException extends RuleViolation {

    PathwayRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }

    PathwayRejectedException(String field, String messageKey, Object... arguments) {
        super(List.of(new Breach(field, messageKey, List.of(arguments))));
    }

    /** The arguments of the first rule broken's message. */
    public Object[] arguments() {
        return breaches().get(0).arguments().toArray();
    }
}
