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
 * so that nothing typed is lost, no session is needed and the form works without JavaScript. Each step's answers
 * are one part, posted under the part's name ({@code person.email}, {@code where.target1}). Communes come as an
 * INSEE code (chosen from the suggestions) or as the text typed (resolved by the server).
 */
public record IntakeForm(
        Integer step,
        Person person,
        Project project,
        Needs needs,
        Where where,
        Consents consents,
        IntakeChannel channel,
        UUID lead) {

    static final int STEPS = 5;

    /** A part the page did not post (none of its fields came) has no answers, as if each field came empty. */
    public IntakeForm {
        person = person == null ? new Person(null, null, null, null, null, null, null) : person;
        project = project == null ? new Project(null, null, null, null, List.of(), null) : project;
        needs = needs == null ? new Needs(List.of(), List.of()) : needs;
        where = where == null ? new Where(null, null, null, null, null, null, null) : where;
        consents = consents == null ? new Consents(null, null) : consents;
    }

    /** Step 1: who asks, how to reach them, where they live now. */
    public record Person(
            HolderKind holderKind,
            String name,
            String email,
            String phone,
            String members,
            String currentCommune,
            String currentCommuneLabel) {

        Person withCommune(String[] codeAndLabel) {
            return new Person(holderKind, name, email, phone, members, codeAndLabel[0], codeAndLabel[1]);
        }
    }

    /** Step 2: the project itself. */
    public record Project(
            String title,
            String description,
            ProjectKind kind,
            ProjectStage stage,
            List<Sector> sectors,
            Boolean ess) {}

    /** Step 3: what the project needs, and what the household needs to settle. */
    public record Needs(List<Need> project, List<HouseholdNeed> household) {}

    /** Step 4: the communes named (code and label each), read as the scope says. */
    public record Where(
            TargetScope scope,
            String target1,
            String target1Label,
            String target2,
            String target2Label,
            String target3,
            String target3Label) {

        Where withTargets(String[][] codesAndLabels) {
            return new Where(
                    scope,
                    codesAndLabels[0][0],
                    codesAndLabels[0][1],
                    codesAndLabels[1][0],
                    codesAndLabels[1][1],
                    codesAndLabels[2][0],
                    codesAndLabels[2][1]);
        }

        /** Each commune as {code, label}, in order. */
        String[][] targets() {
            return new String[][] {{target1, target1Label}, {target2, target2Label}, {target3, target3Label}};
        }

        List<String> codes() {
            List<String> codes = new ArrayList<>();
            for (String[] target : targets()) {
                if (target[0] != null && !target[0].isBlank()) {
                    codes.add(target[0].strip());
                }
            }
            return codes;
        }
    }

    /** Step 5: what the person agrees to. */
    public record Consents(Boolean shareWithStructures, Boolean territoryContact) {}

    static IntakeForm empty(IntakeChannel channel) {
        return start(channel, new Person(HolderKind.PERSON, "", "", "", "", "", ""), "", null);
    }

    /**
     * The public form opened from a commune's, an offer's or a structure's page: that commune already named, and the
     * wish to be referred to that structure already written in the description, where the person sees it, may change
     * it, and the desk reads it.
     */
    static IntakeForm towards(String[] commune, String wish) {
        IntakeForm form = start(IntakeChannel.FORM, new Person(HolderKind.PERSON, "", "", "", "", "", ""), wish, null);
        return commune == null
                ? form
                : new IntakeForm(
                        1,
                        form.person(),
                        form.project(),
                        form.needs(),
                        new Where(TargetScope.COMMUNES, commune[0], commune[1], "", "", "", ""),
                        form.consents(),
                        form.channel(),
                        null);
    }

    /** The form an agent starts from a lead met on a stand: who the person is and what interests them. */
    static IntakeForm fromLead(Stands.Lead lead) {
        Person person = new Person(
                HolderKind.PERSON,
                Objects.requireNonNullElse(lead.name(), ""),
                lead.email(),
                Objects.requireNonNullElse(lead.phone(), ""),
                "",
                "",
                "");
        return start(IntakeChannel.STAND, person, Objects.requireNonNullElse(lead.interests(), ""), lead.id());
    }

    /** A first page: the person as far as known, a project described or not, nothing else answered yet. */
    private static IntakeForm start(IntakeChannel channel, Person person, String description, UUID lead) {
        return new IntakeForm(
                1,
                person,
                new Project("", description, null, null, List.of(), false),
                new Needs(List.of(), List.of()),
                new Where(TargetScope.COMMUNES, "", "", "", "", "", ""),
                new Consents(false, false),
                channel,
                lead);
    }

    int currentStep() {
        return step == null || step < 1 || step > STEPS ? 1 : step;
    }

    IntakeForm atStep(int next) {
        return new IntakeForm(next, person, project, needs, where, consents, channel, lead);
    }

    /** The same answers with the communes as the server resolved them (code and label). */
    IntakeForm withCommunes(String[] current, String[][] targets) {
        return new IntakeForm(
                step, person.withCommune(current), project, needs, where.withTargets(targets), consents, channel, lead);
    }

    IntakeDraft toDraft() {
        return new IntakeDraft(
                person.holderKind(),
                blankToNull(person.name()),
                blankToNull(person.email()),
                trim(person.phone()),
                person.holderKind() == HolderKind.COLLECTIVE ? trim(person.members()) : null,
                blankToNull(person.currentCommune()),
                clean(needs.household()),
                blankToNull(project.title()),
                trim(project.description()),
                project.kind(),
                project.stage(),
                clean(project.sectors()),
                Boolean.TRUE.equals(project.ess()),
                clean(needs.project()),
                where.scope(),
                where.codes(),
                Boolean.TRUE.equals(consents.shareWithStructures()),
                Boolean.TRUE.equals(consents.territoryContact()));
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
