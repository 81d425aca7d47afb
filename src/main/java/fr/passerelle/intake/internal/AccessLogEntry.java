package fr.passerelle.intake.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One read of a personal file: who read what of whose file, and when. */
public record AccessLogEntry(OffsetDateTime readAt, String userName, String what, String holderName, UUID holderId) {}
