package fr.passerelle.programmes.internal;

import fr.passerelle.common.Vocabulary;

/** What a programme's action is. */
public enum ActionKind implements Vocabulary {
    /** A training or information session, an exploration: an event of the agenda. */
    SESSION,
    /** A workshop or a regional event of the agenda. */
    EVENEMENT,
    /** A shared stand at a fair. */
    STAND,
    /** A working group. */
    GROUPE_TRAVAIL,
    /** A campaign to gather and publish activity offers over a period. */
    CAMPAGNE_OFFRES;

    @Override
    public String messagePrefix() {
        return "programme.action.kind";
    }

    /** Whether the action is an event of the agenda. */
    public boolean event() {
        return this == SESSION || this == EVENEMENT || this == STAND;
    }
}
