package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;

/** The steps a project's timeline records. */
public enum TimelineKind implements Vocabulary {
    REFERRAL_SENT,
    REFERRAL_ACCEPTED,
    REFERRAL_DECLINED,
    REFERRAL_QUESTION,
    REFERRAL_REMINDED,
    REFERRAL_EXPIRED,
    REFERRAL_CLOSED,
    HANDED_OVER,
    NOTE,
    OUTCOME_RECORDED;

    @Override
    public String messagePrefix() {
        return "timeline";
    }
}
