package fr.passerelle.intake.web;

import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks the intake form step by step. The rules are the draft's own constraints, each shown on the step that asks
 * for its field, so that the steps and the final check never disagree; communes typed without choosing a
 * suggestion are resolved here.
 */
@Component
@RequiredArgsConstructor
class IntakeSteps {

    /** The form field beside which each field of the draft has its message. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("holderKind", "person.holderKind"),
            Map.entry("name", "person.name"),
            Map.entry("email", "person.email"),
            Map.entry("phone", "person.phone"),
            Map.entry("members", "person.members"),
            Map.entry("currentCommune", "person.currentCommune"),
            Map.entry("projectTitle", "project.title"),
            Map.entry("projectDescription", "project.description"),
            Map.entry("projectKind", "project.kind"),
            Map.entry("stage", "project.stage"),
            Map.entry("sectors", "project.sectors"),
            Map.entry("needs", "needs.project"),
            Map.entry("householdNeeds", "needs.household"),
            Map.entry("targetScope", "where.scope"),
            Map.entry("targetCommunes", "where.target1"));

    /** The step that asks for each part of the form. */
    private static final Map<String, Integer> STEPS =
            Map.of("person", 1, "project", 2, "needs", 3, "where", 4, "consents", 5);

    private final Validator validator;
    private final Territories territories;

    /**
     * The form with its communes resolved; the problems of the steps up to {@code lastStep} go in {@code errors}. A
     * holder who sends the form themself gives an e-mail address; for a desk agent ({@code byAgent}) it is optional,
     * and the messages speak of "la personne" where they exist in that wording ({@code intake.agent.*}).
     */
    IntakeForm check(IntakeForm form, int lastStep, BindingResult errors, boolean byAgent) {
        IntakeForm.Person person = form.person();
        String[] current = resolve(person.currentCommune(), person.currentCommuneLabel());
        if (current == null) {
            reject(errors, lastStep, "person.currentCommune", "intake.commune.notFound");
            current = new String[] {"", person.currentCommuneLabel()};
        }
        String[][] targets = form.where().targets();
        for (int i = 0; i < targets.length; i++) {
            String[] found = resolve(targets[i][0], targets[i][1]);
            if (found == null) {
                reject(errors, lastStep, "where.target" + (i + 1), "intake.commune.notFound");
                found = new String[] {"", targets[i][1]};
            }
            targets[i] = found;
        }
        IntakeForm resolved = form.withCommunes(current, targets);
        IntakeDraft draft = resolved.toDraft();
        Class<?>[] groups = byAgent
                ? new Class<?>[] {Default.class}
                : new Class<?>[] {Default.class, IntakeDraft.SentByHolder.class};
        for (ConstraintViolation<IntakeDraft> violation : validator.validate(draft, groups)) {
            String field = FIELDS.get(violation.getPropertyPath().toString().replaceAll("\\[.*", ""));
            if (field != null && stepOf(field) <= lastStep && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, code(violation, byAgent), violation.getMessage());
            }
        }
        return resolved;
    }

    /**
     * The message's key: for an agent, its wording about "la personne" ({@code intake.agent.name.required} for
     * {@code {intake.name.required}}), which the form shows when it exists, else the holder's own wording.
     */
    private static String code(ConstraintViolation<IntakeDraft> violation, boolean byAgent) {
        String template = violation.getMessageTemplate();
        if (byAgent && template.startsWith("{intake.") && template.endsWith("}")) {
            return "intake.agent." + template.substring("{intake.".length(), template.length() - 1);
        }
        return violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
    }

    /** The step of a field, to go back to when the final check finds a problem there. */
    static int stepOf(String field) {
        return STEPS.getOrDefault(field.replaceAll("\\..*", ""), 1);
    }

    private static void reject(BindingResult errors, int lastStep, String field, String key) {
        if (stepOf(field) <= lastStep) {
            errors.rejectValue(field, key);
        }
    }

    /** A commune as {code, label}: from its code, else from the text typed; empty when neither; null when unknown. */
    private String[] resolve(String code, String label) {
        Optional<Commune> chosen =
                code == null || code.isBlank() ? Optional.empty() : territories.commune(code.strip());
        if (chosen.isEmpty() && (label == null || label.isBlank())) {
            return new String[] {"", ""};
        }
        return chosen.or(() -> territories.chosenOrTyped(null, label))
                .map(commune -> new String[] {commune.code(), commune.label()})
                .orElse(null);
    }
}
