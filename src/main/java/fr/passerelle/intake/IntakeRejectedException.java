package fr.passerelle.intake;

import fr.passerelle.common.RuleViolation;

/** An intake breaks a rule beyond its fields' own (an unknown commune): the field and the message key say which. */
public class IntakeRejectedException extends RuleViolation {

    IntakeRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }
}
