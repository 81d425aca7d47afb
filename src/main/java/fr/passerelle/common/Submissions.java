package fr.passerelle.common;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * A form sent to its own page: recorded when its fields are right and the module accepts it; otherwise the module's
 * refusal goes beside the fields ({@link FormErrors}), and, when the fields already were wrong, the module's rules
 * are still checked so that the form shows every problem at once. The caller then shows the form again.
 */
public final class Submissions {

    private Submissions() {}

    /** What recording returned, or empty when the form has errors. */
    public static <T> Optional<T> recorded(BindingResult errors, Supplier<T> record, Runnable check) {
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

    /** What recording returned, or empty when the form has errors; nothing more to check when its fields are wrong. */
    public static <T> Optional<T> recorded(BindingResult errors, Supplier<T> record) {
        return recorded(errors, record, () -> {});
    }

    /** Whether the form was recorded. */
    public static boolean saved(BindingResult errors, Runnable record, Runnable check) {
        Supplier<Boolean> done = () -> {
            record.run();
            return true;
        };
        return recorded(errors, done, check).isPresent();
    }

    /** Whether the form was recorded; nothing more to check when its fields are wrong. */
    public static boolean saved(BindingResult errors, Runnable record) {
        return saved(errors, record, () -> {});
    }
}
