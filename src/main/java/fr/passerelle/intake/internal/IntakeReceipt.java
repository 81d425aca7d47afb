package fr.passerelle.intake.internal;

import java.util.UUID;

/** What the person is told once their request is in: its reference and who will welcome them. */
public record IntakeReceipt(UUID requestId, String reference, UUID projectId, String deskName) {}
