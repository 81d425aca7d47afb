package fr.passerelle.events;

import fr.passerelle.common.Vocabulary;

/** The kinds of event of DESIGN.md. */
public enum EventKind implements Vocabulary {
    FORMATION,
    EXPLORATION,
    SESSION_INFORMATION,
    ATELIER,
    STAND,
    EVENEMENT_REGIONAL,
    REUNION_GROUPE;

    @Override
    public String messagePrefix() {
        return "event.kind";
    }
}
