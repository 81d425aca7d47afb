package fr.passerelle.directory;

import fr.passerelle.common.RuleViolation;

/** An entry breaks a rule of the directory; the field and the message key say which. */
public class EntryRejectedException extends RuleViolation {

    EntryRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }
}
