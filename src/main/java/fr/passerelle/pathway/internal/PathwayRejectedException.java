package fr.passerelle.pathway.internal;

import fr.passerelle.common.RuleViolation;

/** A referral step that the rules refuse (no consent, already sent, not in that status); the key says why. */
public class PathwayRejectedException extends RuleViolation {

    PathwayRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }
}
