package fr.passerelle.intake.web;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import fr.passerelle.events.Stands;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.TargetScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The intake form, all steps at once: each page shows one step and carries the others' answers in hidden fields,
 * so that nothing typed is lost, no session is needed and the form works without JavaScript. Communes come as an
 * INSEE code (chosen from the suggestions) or as the text typed (resolved by the server).
 */
public record IntakeForm(
        Integer step,
        HolderKind holderKind,
        String name,
        String email,
        String phone,
        String members,
        String currentCommune,
        String currentCommuneLabel,
        String projectTitle,
        String projectDescription,
        ProjectKind projectKind,
        ProjectStage stage,
        List<Sector> sectors,
        Boolean ess,
        List<Need> needs,
        List<HouseholdNeed> householdNeeds,
        TargetScope targetScope,
        String target1,
        String target1Label,
        String target2,
        String target2Label,
        String target3,
        String target3Label,
        Boolean shareWithStructures,
        Boolean territoryContact,
        IntakeChannel channel,
        UUID lead) {

    static final int STEPS = 5;

    static IntakeForm empty(IntakeChannel channel) {
        return new IntakeFormBuilder(channel).build();
    }

    /** The form an agent starts from a lead met on a stand: who the person is and what interests them. */
    static IntakeForm fromLead(Stands.Lead lead) {
        return new IntakeFormBuilder(IntakeChannel.STAND)
                .holder(lead.name(), lead.email(), lead.phone())
                .projectDescription(lead.interests())
                .lead(lead.id())
                .build();
    }

    int currentStep() {
        return step == null || step < 1 || step > STEPS ? 1 : step;
    }

    IntakeForm atStep(int next) {
        return new IntakeFormBuilder(this).step(next).build();
    }

    /** The same answers with the communes as the server resolved them (code and label). */
    IntakeForm withCommunes(String[] current, String[][] targets) {
        return new IntakeFormBuilder(this)
                .currentCommune(current)
                .targets(targets)
                .build();
    }

    List<String> targetCodes() {
        List<String> codes = new ArrayList<>();
        for (String code : new String[] {target1, target2, target3}) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    IntakeDraft toDraft() {
        return new IntakeDraft(
                holderKind,
                blankToNull(name),
                blankToNull(email),
                trim(phone),
                holderKind == HolderKind.COLLECTIVE ? trim(members) : null,
                blankToNull(currentCommune),
                clean(householdNeeds),
                blankToNull(projectTitle),
                trim(projectDescription),
                projectKind,
                stage,
                clean(sectors),
                Boolean.TRUE.equals(ess),
                clean(needs),
                targetScope,
                targetCodes(),
                Boolean.TRUE.equals(shareWithStructures),
                Boolean.TRUE.equals(territoryContact));
    }

    private static <T> List<T> clean(List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
