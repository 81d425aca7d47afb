package fr.passerelle.pathway.internal;

import java.util.UUID;

/**
 * Something happened to a referral that someone must hear of: the structure (sent, reminded) or the referent
 * (answered, expired, closed).
 */
public record ReferralEvent(UUID referralId, TimelineKind kind, String detail) {}
