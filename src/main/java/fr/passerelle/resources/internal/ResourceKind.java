package fr.passerelle.resources.internal;

import fr.passerelle.common.Vocabulary;

/** What a resource is. */
public enum ResourceKind implements Vocabulary {
    FICHE,
    GUIDE,
    OUTIL,
    METHODE,
    ETUDE,
    VIDEO,
    LIEN;

    @Override
    public String messagePrefix() {
        return "resource.kind";
    }
}
