package fr.passerelle.intake;

import fr.passerelle.common.Vocabulary;

/** How the holder reached the network: the public form, a welcome desk, a stand, a session, a partner's site. */
public enum IntakeChannel implements Vocabulary {
    FORM,
    DESK,
    STAND,
    SESSION,
    PARTNER;

    @Override
    public String messagePrefix() {
        return "channel";
    }
}
