package fr.passerelle.events.internal;

import java.util.Map;

/**
 * A registration as the person gives it, without an account.
 *
 * @param answers the answers to the event's questions, by question position
 */
public record RegistrationDraft(
        String name, String email, String organisation, String role, Map<Integer, String> answers, boolean consent) {}
