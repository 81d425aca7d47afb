package fr.passerelle.common;

/** The sectors of activity projects and schemes are described with. */
public enum Sector implements Vocabulary {
    AGRICULTURE_ALIMENTATION,
    COMMERCE_ARTISANAT,
    SERVICES_PROXIMITE,
    CULTURE_PATRIMOINE,
    TOURISME,
    NUMERIQUE,
    ENERGIE_ENVIRONNEMENT,
    MOBILITE,
    HABITAT_LOGEMENT,
    SANTE_SOCIAL,
    EDUCATION_FORMATION,
    ECONOMIE_CIRCULAIRE;

    @Override
    public String messagePrefix() {
        return "sector";
    }
}
