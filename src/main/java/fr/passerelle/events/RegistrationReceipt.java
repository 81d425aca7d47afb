package fr.passerelle.events;

import java.util.UUID;

/** What a registration became, and the token of its personal link (to cancel). */
public record RegistrationReceipt(UUID id, RegistrationStatus status, String token) {}
