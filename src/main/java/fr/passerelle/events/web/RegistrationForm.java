package fr.passerelle.events.web;

import fr.passerelle.common.Texts;
import fr.passerelle.events.Event;
import fr.passerelle.events.internal.RegistrationDraft;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registering from an event's page; the answers by question position. It travels through the redirect (and the
 * session) when it comes back with errors.
 */
record RegistrationForm(
        String name,
        String email,
        String organisation,
        String role,
        Map<Integer, String> answers,
        Boolean consent,
        List<String> sessions,
        Boolean sessionChoice)
        implements Serializable {

    RegistrationForm {
        answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
        sessions = sessions == null ? null : new ArrayList<>(sessions);
    }

    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null, null, false, null, false);
    }

    /** The empty form of an event whose registrations name their sessions: every session ticked. */
    static RegistrationForm empty(Event event) {
        return event.sessionsChosen()
                ? new RegistrationForm(
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        event.slots().stream().map(Event.Slot::uid).toList(),
                        true)
                : empty();
    }

    /** The answers given, stripped; blank ones are no answer. */
    RegistrationDraft draft() {
        Map<Integer, String> given = new LinkedHashMap<>();
        answers.forEach((position, answer) -> {
            if (Texts.blankToNull(answer) != null) {
                given.put(position, answer.strip());
            }
        });
        List<String> chosen = Boolean.TRUE.equals(sessionChoice)
                ? (sessions == null ? List.of() : sessions.stream().distinct().toList())
                : null;
        return new RegistrationDraft(name, email, organisation, role, given, Boolean.TRUE.equals(consent), chosen);
    }

    /** The form's name for a field the registration rules name: "answer2" is the answer at position 2. */
    static String field(String rule) {
        return rule.matches("answer\\d{1,2}") ? "answers[" + rule.substring(6) + "]" : rule;
    }
}
