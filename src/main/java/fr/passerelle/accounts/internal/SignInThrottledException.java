package fr.passerelle.accounts.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins recently, for this account or from this address. */
class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins");
    }
}
