package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;

/** The challenges of rural territories that inspiring initiatives answer. */
public enum Challenge implements Vocabulary {
    SERVICES_PROXIMITE,
    RESSOURCES_LOCALES,
    TRANSITION_ECOLOGIQUE,
    LIEN_SOCIAL,
    EMPLOI_INSERTION,
    MOBILITE;

    @Override
    public String messagePrefix() {
        return "challenge";
    }
}
