package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;

/** Whether an organisation works with the city, the countryside, or both. */
public enum Area implements Vocabulary {
    URBAN,
    RURAL,
    BOTH;

    @Override
    public String messagePrefix() {
        return "area";
    }
}
