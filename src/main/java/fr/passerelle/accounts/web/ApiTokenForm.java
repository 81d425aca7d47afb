package fr.passerelle.accounts.web;

import fr.passerelle.accounts.internal.ApiTokens.Scope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new personal API token: its name, what it may do and for how many days; read only for 90 days unless chosen.
 * Serializable because a refused form is kept in the flash attributes, in the session, across the redirect.
 */
record ApiTokenForm(
        @NotBlank(message = "{api.token.name.required}") @Size(max = 80, message = "{api.token.name.required}")
                String name,
        Scope scope,
        Integer days)
        implements Serializable {

    static final int DEFAULT_DAYS = 90;

    ApiTokenForm {
        name = name == null ? null : name.strip();
        scope = scope == null ? Scope.READ : scope;
        days = days == null ? DEFAULT_DAYS : days;
    }

    static ApiTokenForm empty() {
        return new ApiTokenForm("", null, null);
    }
}
