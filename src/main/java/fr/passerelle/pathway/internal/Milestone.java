package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;

/** The questions asked about a project after its accompaniment: did it settle, does it still run at 1 and 3 years. */
public enum Milestone implements Vocabulary {
    INSTALLATION,
    ONE_YEAR,
    THREE_YEARS;

    @Override
    public String messagePrefix() {
        return "milestone";
    }

    /** The answers this question takes. */
    public java.util.List<FollowUpAnswer> answers() {
        return this == INSTALLATION
                ? java.util.List.of(FollowUpAnswer.INSTALLE, FollowUpAnswer.EN_COURS, FollowUpAnswer.ABANDONNE)
                : java.util.List.of(FollowUpAnswer.ACTIVE, FollowUpAnswer.ARRETEE);
    }
}
