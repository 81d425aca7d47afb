package fr.passerelle.events.internal;

import java.util.List;
import java.util.Map;

/**
 * A registration as the person gives it, without an account.
 *
 * @param answers the answers to the event's questions, by question position
 * @param sessions the UIDs of the sessions chosen; null for every session (an event of one session)
 */
public record RegistrationDraft(
        String name,
        String email,
        String organisation,
        String role,
        Map<Integer, String> answers,
        boolean consent,
        List<String> sessions) {

    /** A registration for every session of the event. */
    public RegistrationDraft(
            String name,
            String email,
            String organisation,
            String role,
            Map<Integer, String> answers,
            boolean consent) {
        this(name, email, organisation, role, answers, consent, null);
    }
}
