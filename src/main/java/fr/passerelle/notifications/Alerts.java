package fr.passerelle.notifications;

import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A module's e-mail alerts on its mailing list, for the module's service to extend: what the links of their e-mails
 * do. Subscribing, the criteria and the digests are the module's own.
 *
 * @param <S> the module's record of an alert
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class Alerts<S extends Subscription> {

    protected final MailingList<S> alerts;

    /** The alert of a link's token. */
    public Optional<S> alert(String token) {
        return alerts.byToken(token);
    }

    /** Confirms the address; the first digest holds what is published from now on. */
    @Transactional
    public boolean confirm(String token) {
        return alerts.confirm(token);
    }

    /** Stops the alert; true when the link was one. */
    @Transactional
    public boolean unsubscribe(String token) {
        return alerts.unsubscribe(token);
    }
}
