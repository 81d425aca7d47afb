package fr.passerelle.events.web;

import jakarta.validation.constraints.Size;

/** Cancelling an event: the organisers' message to the registrants, if they write one. */
record EventCancellationForm(@Size(max = 1000, message = "{event.cancel.reason.length}") String reason) {

    static EventCancellationForm empty() {
        return new EventCancellationForm(null);
    }
}
