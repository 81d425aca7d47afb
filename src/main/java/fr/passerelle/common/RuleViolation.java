package fr.passerelle.common;

import java.util.List;

/**
 * Rules of the domain that a request breaks, each tied to the field to point at; their messages come from the
 * bundles. Forms show every breach next to its field ({@link FormErrors}), the API the first as a problem detail.
 */
public abstract class RuleViolation extends RuntimeException {

    private final List<Breach> breaches;

    protected RuleViolation(List<Breach> breaches) {
        super(breaches.get(0).field() + ": " + breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    protected RuleViolation(String field, String messageKey) {
        this(List.of(new Breach(field, messageKey)));
    }

    /** The field of the first rule broken. */
    public String field() {
        return breaches.get(0).field();
    }

    /** The message key of the first rule broken. */
    public String messageKey() {
        return breaches.get(0).messageKey();
    }

    /** Every rule broken, so that a form shows them all at once. */
    public List<Breach> breaches() {
        return breaches;
    }
}
