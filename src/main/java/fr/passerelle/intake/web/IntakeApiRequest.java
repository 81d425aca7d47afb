package fr.passerelle.intake.web;

import java.util.List;

/**
 * An intake as a partner site sends it: the form's fields, with the vocabularies as codes ("person",
 * "initiative_citoyenne", "idee", "accompagnement", "communes"...), and the consents the person gave on that site.
 */
record IntakeApiRequest(
        String holderKind,
        String name,
        String email,
        String phone,
        String members,
        String currentCommune,
        List<String> householdNeeds,
        String projectTitle,
        String projectDescription,
        String projectKind,
        String stage,
        List<String> sectors,
        Boolean ess,
        List<String> needs,
        String targetScope,
        List<String> targetCommunes,
        Boolean shareWithStructures,
        Boolean territoryContact) {}
