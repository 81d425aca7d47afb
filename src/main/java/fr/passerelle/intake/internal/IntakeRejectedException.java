package fr.passerelle.intake.internal;

import fr.passerelle.common.RuleViolation;

/** An intake breaks a rule beyond its fields' own (an unknown commune): the field and the message key say which. */
public class IntakeRejectedException extends RuleViolation {

    public IntakeRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }
}
