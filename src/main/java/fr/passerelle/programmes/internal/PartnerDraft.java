package fr.passerelle.programmes.internal;

/**
 * A partner as a coordinator adds it to an action: the organisation's name in the directory, its role, and for a
 * speaking partner the person who speaks and their function (both optional).
 */
public record PartnerDraft(String organisation, PartnerRole role, String speakerName, String speakerFunction) {}
