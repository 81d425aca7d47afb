package fr.passerelle.directory;

import fr.passerelle.common.Vocabulary;

/** What a project holder gets from a scheme. */
public enum SchemeType implements Vocabulary {
    ACCOMPAGNEMENT,
    SUBVENTION,
    PRET,
    PRET_HONNEUR,
    GARANTIE,
    INVESTISSEMENT_SOLIDAIRE,
    FINANCEMENT_PARTICIPATIF,
    FORMATION,
    COUVEUSE,
    CAE,
    ESPACE_TEST,
    MISE_EN_RESEAU,
    APPEL_A_PROJETS,
    LIEU;

    @Override
    public String messagePrefix() {
        return "schemeType";
    }
}
