package fr.passerelle.accounts.internal;

import java.time.Duration;

/** What a single-use link sent by e-mail is for, and how long it stays valid unless told otherwise. */
public enum TokenPurpose {
    PASSWORD_RESET(Duration.ofHours(1)),
    INVITATION(Duration.ofDays(7)),
    SIGN_IN(Duration.ofMinutes(15));

    final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }
}
