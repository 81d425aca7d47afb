package fr.passerelle.groups.internal;

/** What a person writes to join a group. */
public record JoinRequest(
        String name, String email, String organisation, String role, String motivation, boolean consent) {}
