package fr.passerelle.accounts;

/** What a user does on the platform; a user may hold several roles. */
public enum Role {
    ADMINISTRATOR,
    COORDINATOR,
    TERRITORY_AGENT,
    ADVISOR,
    PROJECT_HOLDER;

    /** The Spring Security authority, {@code ROLE_ADMINISTRATOR} for example. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The key of the role's name in the message bundles. */
    public String messageKey() {
        return "role." + name();
    }
}
