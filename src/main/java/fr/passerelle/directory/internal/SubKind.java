package fr.passerelle.directory.internal;

import fr.passerelle.common.Vocabulary;

/** What precisely an organisation is, within its family. */
public enum SubKind implements Vocabulary {
    CENTRE_RESSOURCES,
    CRESS,
    RESEAU_RURAL,
    FONDS_EUROPEENS,
    FINANCEUR_PUBLIC,
    FINANCE_SOLIDAIRE,
    FONDATION,
    RESEAU_DEVELOPPEMENT_LOCAL,
    RESEAU_ESS,
    ACCOMPAGNATEUR_ESS,
    ACCOMPAGNATEUR_GENERALISTE,
    COLLECTIVITE,
    TIERS_LIEU,
    CHAMBRE_CONSULAIRE,
    SERVICE_PUBLIC_EMPLOI,
    GAL_LEADER,
    INITIATIVE_ESS;

    @Override
    public String messagePrefix() {
        return "subKind";
    }
}
