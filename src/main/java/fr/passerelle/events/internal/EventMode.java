package fr.passerelle.events.internal;

import fr.passerelle.common.Vocabulary;

/** On site, online (the link goes to registrants only), or both. */
public enum EventMode implements Vocabulary {
    SUR_PLACE,
    EN_LIGNE,
    HYBRIDE;

    @Override
    public String messagePrefix() {
        return "event.mode";
    }

    public boolean online() {
        return this != SUR_PLACE;
    }
}
