package fr.passerelle.common;

/** What kind of project a person or a collective carries. */
public enum ProjectKind implements Vocabulary {
    CREATION_INDIVIDUELLE,
    ENTREPRENEURIAT_COLLECTIF,
    INITIATIVE_CITOYENNE,
    REPRISE,
    INSTALLATION_AGRICOLE,
    RECHERCHE_ACTIVITE;

    @Override
    public String messagePrefix() {
        return "projectKind";
    }
}
