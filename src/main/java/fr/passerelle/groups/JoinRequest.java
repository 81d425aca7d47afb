package fr.passerelle.groups;

/** What a person writes to join a group. */
public record JoinRequest(
        String name, String email, String organisation, String role, String motivation, boolean consent) {}
