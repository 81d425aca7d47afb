package fr.passerelle.common;

/** The household side of moving to the countryside, which a territory can help with too. */
public enum HouseholdNeed implements Vocabulary {
    EMPLOI_CONJOINT,
    LOGEMENT,
    GARDE_ENFANTS,
    MOBILITE;

    @Override
    public String messagePrefix() {
        return "household";
    }
}
