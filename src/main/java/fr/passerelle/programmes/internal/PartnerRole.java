package fr.passerelle.programmes.internal;

import fr.passerelle.common.Vocabulary;

/** What a partner organisation does in an action. */
public enum PartnerRole implements Vocabulary {
    /** Organises the action with the network. */
    CO_ORGANISATEUR,
    /** Speaks at it, through a named person or not. */
    INTERVENANT,
    /** Hosts it: its premises, its fair. */
    ACCUEIL,
    /** Spreads the word to its public. */
    RELAIS;

    @Override
    public String messagePrefix() {
        return "programme.partner.role";
    }
}
