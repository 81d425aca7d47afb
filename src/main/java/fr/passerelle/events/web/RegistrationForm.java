package fr.passerelle.events.web;

import fr.passerelle.common.Texts;
import fr.passerelle.events.internal.RegistrationDraft;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registering from an event's page; the answers by question position. It travels through the redirect (and the
 * session) when it comes back with errors.
 */
record RegistrationForm(
        String name, String email, String organisation, String role, Map<Integer, String> answers, Boolean consent)
        implements Serializable {

    RegistrationForm {
        answers = answers == null ? new LinkedHashMap<>() : new LinkedHashMap<>(answers);
    }

    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null, null, false);
    }

    /** The answers given, stripped; blank ones are no answer. */
    RegistrationDraft draft() {
        Map<Integer, String> given = new LinkedHashMap<>();
        answers.forEach((position, answer) -> {
            if (Texts.blankToNull(answer) != null) {
                given.put(position, answer.strip());
            }
        });
        return new RegistrationDraft(name, email, organisation, role, given, Boolean.TRUE.equals(consent));
    }

    /** The form's name for a field the registration rules name: "answer2" is the answer at position 2. */
    static String field(String rule) {
        return rule.matches("answer\\d{1,2}") ? "answers[" + rule.substring(6) + "]" : rule;
    }
}
