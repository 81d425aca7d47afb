package fr.passerelle.accounts.internal;

import fr.passerelle.common.RuleViolation;

/** A change to the accounts that breaks a rule: an address another user has, an organisation that does not exist. */
public class AccountRejectedException extends RuleViolation {

    public AccountRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** No organisation has this id. */
    public static AccountRejectedException unknownOrganisation() {
        return new AccountRejectedException("organisationId", "membership.organisation.unknown");
    }
}
