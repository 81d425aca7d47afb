package fr.passerelle.events.web;

import java.io.Serializable;

/** A message to an event's participants; it travels through the redirect when it comes back with errors. */
record MessageForm(String subject, String message) implements Serializable {

    static MessageForm empty() {
        return new MessageForm(null, null);
    }
}
