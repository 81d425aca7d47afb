package fr.passerelle.intake.internal;

import fr.passerelle.common.Vocabulary;

/** How the communes a holder names are meant: those communes, their intercommunality, or anywhere rural around. */
public enum TargetScope implements Vocabulary {
    COMMUNES,
    EPCI,
    RURAL_DEPARTEMENT;

    @Override
    public String messagePrefix() {
        return "targetScope";
    }
}
