package fr.passerelle.intake.web;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.TargetScope;
import java.util.List;
import java.util.UUID;

/**
 * Builds the form by part (who, where from, the project, where to, consents) rather than by position: the form's
 * 27 fields stay flat because they are the names the pages post.
 */
final class IntakeFormBuilder {

    private Integer step = 1;
    private HolderKind holderKind = HolderKind.PERSON;
    private String name = "";
    private String email = "";
    private String phone = "";
    private String members = "";
    private String currentCommune = "";
    private String currentCommuneLabel = "";
    private String projectTitle = "";
    private String projectDescription = "";
    private ProjectKind projectKind;
    private ProjectStage stage;
    private List<Sector> sectors = List.of();
    private Boolean ess = false;
    private List<Need> needs = List.of();
    private List<HouseholdNeed> householdNeeds = List.of();
    private TargetScope targetScope = TargetScope.COMMUNES;
    private final String[][] targets = {{"", ""}, {"", ""}, {"", ""}};
    private Boolean shareWithStructures = false;
    private Boolean territoryContact = false;
    private IntakeChannel channel;
    private UUID lead;

    IntakeFormBuilder(IntakeChannel channel) {
        this.channel = channel;
    }

    IntakeFormBuilder(IntakeForm form) {
        step = form.step();
        holderKind = form.holderKind();
        name = form.name();
        email = form.email();
        phone = form.phone();
        members = form.members();
        currentCommune(new String[] {form.currentCommune(), form.currentCommuneLabel()});
        projectTitle = form.projectTitle();
        projectDescription = form.projectDescription();
        projectKind = form.projectKind();
        stage = form.stage();
        sectors = form.sectors();
        ess = form.ess();
        needs = form.needs();
        householdNeeds = form.householdNeeds();
        targetScope = form.targetScope();
        targets(new String[][] {
            {form.target1(), form.target1Label()},
            {form.target2(), form.target2Label()},
            {form.target3(), form.target3Label()}
        });
        shareWithStructures = form.shareWithStructures();
        territoryContact = form.territoryContact();
        channel = form.channel();
        lead = form.lead();
    }

    IntakeFormBuilder step(int step) {
        this.step = step;
        return this;
    }

    IntakeFormBuilder holder(String name, String email, String phone) {
        this.name = name == null ? "" : name;
        this.email = email;
        this.phone = phone == null ? "" : phone;
        return this;
    }

    IntakeFormBuilder currentCommune(String[] codeAndLabel) {
        currentCommune = codeAndLabel[0];
        currentCommuneLabel = codeAndLabel[1];
        return this;
    }

    IntakeFormBuilder projectDescription(String description) {
        projectDescription = description == null ? "" : description;
        return this;
    }

    IntakeFormBuilder targets(String[][] codesAndLabels) {
        for (int i = 0; i < targets.length; i++) {
            targets[i] = codesAndLabels[i];
        }
        return this;
    }

    IntakeFormBuilder lead(UUID lead) {
        this.lead = lead;
        return this;
    }

    IntakeForm build() {
        return new IntakeForm(
                step,
                holderKind,
                name,
                email,
                phone,
                members,
                currentCommune,
                currentCommuneLabel,
                projectTitle,
                projectDescription,
                projectKind,
                stage,
                sectors,
                ess,
                needs,
                householdNeeds,
                targetScope,
                targets[0][0],
                targets[0][1],
                targets[1][0],
                targets[1][1],
                targets[2][0],
                targets[2][1],
                shareWithStructures,
                territoryContact,
                channel,
                lead);
    }
}
