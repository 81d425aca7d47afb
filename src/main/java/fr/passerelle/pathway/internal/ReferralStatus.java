package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;

/** Where a referral stands: sent and waiting, accepted, declined, expired without answer, closed with an outcome. */
public enum ReferralStatus implements Vocabulary {
    SENT,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    CLOSED;

    @Override
    public String messagePrefix() {
        return "referralStatus";
    }
}
