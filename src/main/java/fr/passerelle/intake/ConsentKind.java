package fr.passerelle.intake;

import fr.passerelle.common.Vocabulary;

/** The two things a holder may agree to, each recorded with the words they read. */
public enum ConsentKind implements Vocabulary {
    /** Their file goes to the structures they are oriented to. */
    SHARE_WITH_STRUCTURES,
    /** The territories they target may contact them. */
    TERRITORY_CONTACT;

    @Override
    public String messagePrefix() {
        return "consent";
    }
}
