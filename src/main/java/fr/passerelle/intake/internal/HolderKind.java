package fr.passerelle.intake.internal;

import fr.passerelle.common.Vocabulary;

/** Who asks: one person, or a collective (an association in the making, a group of inhabitants...). */
public enum HolderKind implements Vocabulary {
    PERSON,
    COLLECTIVE;

    @Override
    public String messagePrefix() {
        return "holderKind";
    }
}
