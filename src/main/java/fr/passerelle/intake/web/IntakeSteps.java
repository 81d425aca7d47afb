package fr.passerelle.intake.web;

import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Checks the intake form step by step. The rules are the draft's own constraints, each shown on the step that asks
 * for its field, so that the steps and the final check never disagree; communes typed without choosing a
 * suggestion are resolved here.
 */
@Component
class IntakeSteps {

    /** The step of each field of the draft, and the form field its message goes beside. */
    private static final Map<String, Placement> PLACES = Map.ofEntries(
            Map.entry("holderKind", new Placement(1, "holderKind")),
            Map.entry("name", new Placement(1, "name")),
            Map.entry("email", new Placement(1, "email")),
            Map.entry("phone", new Placement(1, "phone")),
            Map.entry("members", new Placement(1, "members")),
            Map.entry("currentCommune", new Placement(1, "currentCommune")),
            Map.entry("projectTitle", new Placement(2, "projectTitle")),
            Map.entry("projectDescription", new Placement(2, "projectDescription")),
            Map.entry("projectKind", new Placement(2, "projectKind")),
            Map.entry("stage", new Placement(2, "stage")),
            Map.entry("sectors", new Placement(2, "sectors")),
            Map.entry("needs", new Placement(3, "needs")),
            Map.entry("householdNeeds", new Placement(3, "householdNeeds")),
            Map.entry("targetScope", new Placement(4, "targetScope")),
            Map.entry("targetCommunes", new Placement(4, "target1")));

    private record Placement(int step, String field) {}

    private final Validator validator;
    private final Territories territories;

    IntakeSteps(Validator validator, Territories territories) {
        this.validator = validator;
        this.territories = territories;
    }

    /** The form with its communes resolved; the problems of the steps up to {@code lastStep} go in {@code errors}. */
    IntakeForm check(IntakeForm form, int lastStep, BindingResult errors) {
        String[] current = resolve(form.currentCommune(), form.currentCommuneLabel());
        if (current == null) {
            reject(errors, lastStep, 1, "currentCommune", "intake.commune.notFound");
            current = new String[] {"", form.currentCommuneLabel()};
        }
        String[][] targets = {
            resolve(form.target1(), form.target1Label()),
            resolve(form.target2(), form.target2Label()),
            resolve(form.target3(), form.target3Label())
        };
        String[] typed = {form.target1Label(), form.target2Label(), form.target3Label()};
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] == null) {
                reject(errors, lastStep, 4, "target" + (i + 1), "intake.commune.notFound");
                targets[i] = new String[] {"", typed[i]};
            }
        }
        IntakeForm resolved = form.withCommunes(current, targets);
        IntakeDraft draft = resolved.toDraft();
        for (ConstraintViolation<IntakeDraft> violation : validator.validate(draft)) {
            Placement place = PLACES.get(violation.getPropertyPath().toString().replaceAll("\\[.*", ""));
            if (place != null && place.step() <= lastStep && !errors.hasFieldErrors(place.field())) {
                errors.rejectValue(
                        place.field(),
                        violation
                                .getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName(),
                        violation.getMessage());
            }
        }
        return resolved;
    }

    /** The step of a field, to go back to when the final check finds a problem there. */
    static int stepOf(String field) {
        return PLACES.values().stream()
                .filter(place -> place.field().equals(field))
                .findFirst()
                .map(Placement::step)
                .orElse(field.startsWith("target") ? 4 : 1);
    }

    private static void reject(BindingResult errors, int lastStep, int step, String field, String key) {
        if (step <= lastStep) {
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
