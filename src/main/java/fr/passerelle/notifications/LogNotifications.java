package fr.passerelle.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes e-mails to the log, so that a newcomer running Passerelle without SMTP can follow their links. */
class LogNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(LogNotifications.class);

    @Override
    public void send(Email email) {
        log.info(
                """

                ---- E-mail (no SMTP server configured: written here instead) ----
                À : {}
                Objet : {}

                {}
                ------------------------------------------------------------------""",
                email.to(),
                email.subject(),
                email.body());
    }
}
