package fr.passerelle.directory;

/** The broad kinds of organisation of DESIGN.md's directory. */
public enum OrganisationKind {
    SUPPORT_STRUCTURE,
    FUNDER,
    NETWORK,
    LOCAL_AUTHORITY;

    String dbValue() {
        return name().toLowerCase();
    }
}
