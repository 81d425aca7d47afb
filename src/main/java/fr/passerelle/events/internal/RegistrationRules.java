package fr.passerelle.events.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.events.Event;
import java.util.ArrayList;
import java.util.List;

/** What a registration must hold: a name, an address, short texts, the required answers and the consent. */
final class RegistrationRules {

    private RegistrationRules() {}

    /** @throws EventRejectedException listing every field the registration gets wrong */
    static void check(Event event, RegistrationDraft draft) {
        List<Breach> breaches = new ArrayList<>();
        int name = draft.name() == null ? 0 : draft.name().strip().length();
        if (name < 2 || name > 150) {
            breaches.add(new Breach("name", "registration.name.length"));
        }
        String email = draft.email() == null ? "" : draft.email().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            breaches.add(new Breach("email", "registration.email.invalid"));
        }
        if (draft.organisation() != null && draft.organisation().strip().length() > 200) {
            breaches.add(new Breach("organisation", "registration.organisation.length"));
        }
        if (draft.role() != null && draft.role().strip().length() > 200) {
            breaches.add(new Breach("role", "registration.role.length"));
        }
        answers(event, draft, breaches);
        sessions(event, draft, breaches);
        if (!draft.consent()) {
            breaches.add(new Breach("consent", "registration.consent.required"));
        }
        if (!breaches.isEmpty()) {
            throw new EventRejectedException(breaches);
        }
    }

    /** Sessions chosen (none chosen is every session, for an event that offers no choice): one at least, all known. */
    private static void sessions(Event event, RegistrationDraft draft, List<Breach> breaches) {
        if (draft.sessions() == null) {
            return;
        }
        if (draft.sessions().isEmpty()) {
            breaches.add(new Breach("sessions", "registration.sessions.required"));
        } else if (!event.slots().stream().map(Event.Slot::uid).toList().containsAll(draft.sessions())) {
            breaches.add(new Breach("sessions", "registration.sessions.unknown"));
        } else if (event.slots().stream()
                .anyMatch(slot -> slot.cancelled() && draft.sessions().contains(slot.uid()))) {
            breaches.add(new Breach("sessions", "registration.sessions.cancelled"));
        }
    }

    private static void answers(Event event, RegistrationDraft draft, List<Breach> breaches) {
        for (Event.Question question : event.questions()) {
            String answer = draft.answers() == null ? null : draft.answers().get(question.position());
            if (question.required() && (answer == null || answer.isBlank())) {
                breaches.add(new Breach("answer" + question.position(), "registration.answer.required"));
            } else if (answer != null && answer.length() > 2000) {
                breaches.add(new Breach("answer" + question.position(), "registration.answer.length"));
            }
        }
    }
}
