package fr.passerelle.events.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a registration became. The id and the token of the personal link are null when the address was registered
 * already; neither is ever shown to the one who registered (the link travels by e-mail alone).
 *
 * @param confirmBy when the address must be confirmed by, on a capacity-limited event
 */
public record RegistrationReceipt(UUID id, RegistrationStatus status, String token, OffsetDateTime confirmBy) {}
