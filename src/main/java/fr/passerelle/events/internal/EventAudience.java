package fr.passerelle.events.internal;

import fr.passerelle.common.Vocabulary;

/** Who an event is for ("une session pour qui ?"), as the agenda filters it. */
public enum EventAudience implements Vocabulary {
    /** People with a project, at any stage. */
    PORTEURS_PROJET,
    /** City dwellers who think of living and working in the countryside. */
    CANDIDATS_INSTALLATION,
    /** Development officers and welcome agents of rural territories. */
    AGENTS_DEVELOPPEMENT,
    /** Support structures of the city and the countryside. */
    STRUCTURES_ACCOMPAGNEMENT,
    /** Elected officials. */
    ELUS,
    /** Partners and funders. */
    PARTENAIRES;

    @Override
    public String messagePrefix() {
        return "event.audience";
    }
}
