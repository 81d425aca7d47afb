package fr.passerelle.programmes.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.common.RuleViolation;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * A form sent: recorded when its fields are right and the module accepts it; otherwise the module's refusal goes
 * beside the fields, and, when the fields already were wrong, the module's rules are still checked so that the form
 * shows every problem at once.
 */
final class Submissions {

    private Submissions() {}

    /** What recording returned, or empty when the form has errors. */
    static <T> Optional<T> recorded(BindingResult errors, Supplier<T> record, Runnable check) {
        try {
            if (!errors.hasErrors()) {
                return Optional.of(record.get());
            }
            check.run();
        } catch (RuleViolation refusal) {
            FormErrors.reject(errors, refusal);
        }
        return Optional.empty();
    }

    /** Whether the form was recorded. */
    static boolean saved(BindingResult errors, Runnable record, Runnable check) {
        Supplier<Boolean> done = () -> {
            record.run();
            return true;
        };
        return recorded(errors, done, check).isPresent();
    }

    /** Whether the form was recorded; nothing more to check when its fields are wrong. */
    static boolean saved(BindingResult errors, Runnable record) {
        return saved(errors, record, () -> {});
    }
}
