package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;

/** What came of an accepted referral. */
public enum Outcome implements Vocabulary {
    ACCOMPAGNE,
    FINANCE,
    INSTALLE,
    REORIENTE,
    ABANDON,
    INJOIGNABLE;

    @Override
    public String messagePrefix() {
        return "outcome";
    }
}
