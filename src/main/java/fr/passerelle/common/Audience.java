package fr.passerelle.common;

/** The publics a scheme is meant for. */
public enum Audience implements Vocabulary {
    JEUNES,
    FEMMES,
    DEMANDEURS_EMPLOI,
    MINIMA_SOCIAUX,
    SENIORS,
    PERSONNES_HANDICAP,
    AGRICULTEURS,
    ASSOCIATIONS,
    COLLECTIVITES,
    ENTREPRISES_ESS,
    HABITANTS;

    @Override
    public String messagePrefix() {
        return "audience";
    }
}
