package fr.passerelle.common;

/**
 * A rule of the domain that a request breaks, tied to the field to point at; its message comes from
 * the bundles. Forms show it next to the field, the API as a problem detail.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    protected RuleViolation(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
