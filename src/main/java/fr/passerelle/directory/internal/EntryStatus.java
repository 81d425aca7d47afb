package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;

/** Moderation: entries proposed by outsiders wait for a coordinator before they are published. */
public enum EntryStatus implements Vocabulary {
    PROPOSED,
    PUBLISHED,
    REJECTED;

    @Override
    public String messagePrefix() {
        return "entryStatus";
    }
}
