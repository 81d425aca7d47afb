package fr.passerelle.pathway.internal;

import fr.passerelle.common.Vocabulary;

/**
 * What the structure answers: for the installation, installed, still in progress (asked again in six months) or
 * given up; at one and three years, still running or stopped.
 */
public enum FollowUpAnswer implements Vocabulary {
    INSTALLE,
    EN_COURS,
    ABANDONNE,
    ACTIVE,
    ARRETEE;

    @Override
    public String messagePrefix() {
        return "followUp.answer";
    }
}
