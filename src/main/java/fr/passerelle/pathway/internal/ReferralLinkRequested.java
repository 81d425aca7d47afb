package fr.passerelle.pathway.internal;

import java.util.UUID;

/** The holder of an expired link to a referral asked for a new one; it goes to the structure's address. */
public record ReferralLinkRequested(UUID referralId) {}
