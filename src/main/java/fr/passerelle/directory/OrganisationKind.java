package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;

/** The broad kinds of organisation; rural initiatives show what exists, the others who helps. */
public enum OrganisationKind implements Vocabulary {
    SUPPORT_STRUCTURE,
    FUNDER,
    NETWORK,
    LOCAL_AUTHORITY,
    INITIATIVE;

    @Override
    public String messagePrefix() {
        return "organisationKind";
    }

    String dbValue() {
        return code();
    }
}
