package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;

/** The three families of the ESS & Ruralités guide. */
public enum Family implements Vocabulary {
    /** Ils informent et orientent. */
    INFORM_ORIENT,
    /** Ils financent. */
    FUND,
    /** Ils représentent et accompagnent. */
    REPRESENT_SUPPORT;

    @Override
    public String messagePrefix() {
        return "family";
    }
}
