package fr.passerelle.common;

import java.util.Map;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where the domain's refusals meet a form: each breach goes beside its field of the form object (under
 * the name the form gives it), or above the form when the form has no such field. A field that Bean Validation
 * already marked keeps its first message only.
 */
public final class FormErrors {

    private FormErrors() {}

    /** Puts every breach of the refusal on the form; domain field names are the form's own. */
    public static void reject(BindingResult errors, RuleViolation refusal) {
        reject(errors, refusal, Map.of());
    }

    /** Puts every breach of the refusal on the form, renaming the domain's fields the form calls otherwise. */
    public static void reject(BindingResult errors, RuleViolation refusal, Map<String, String> formFields) {
        for (Breach breach : refusal.breaches()) {
            String field = breach.field() == null ? null : formFields.getOrDefault(breach.field(), breach.field());
            Object[] arguments = breach.arguments().toArray();
            if (field == null || field.isEmpty()) {
                errors.reject(breach.messageKey(), arguments, null);
            } else if (!errors.hasFieldErrors(field)) {
                rejectField(errors, field, breach.messageKey(), arguments);
            }
        }
    }

    private static void rejectField(BindingResult errors, String field, String key, Object[] arguments) {
        try {
            errors.rejectValue(field, key, arguments, null);
        } catch (NotReadablePropertyException noSuchField) {
            errors.reject(key, arguments, null);
        }
    }

    /**
     * The form's binding result, bound to the form. When a value typed could not be read (a date that is none), Spring
     * still builds the command record, without that value, but leaves its binding result without the record and the
     * record's other fields unchecked: nothing could then be said beside another field, nor the form shown again. This
     * one has the record, the same errors and Bean Validation's verdict on the other fields, and takes the other's
     * place in the model. Every form controller calls it first: {@code errors = FormErrors.bound(form, binding, model)}.
     */
    public static BindingResult bound(Object form, BindingResult errors, Model model) {
        if (errors.getTarget() != null) {
            return errors;
        }
        BindingResult bound = new BeanPropertyBindingResult(form, errors.getObjectName());
        bound.addAllErrors(errors);
        validate(form, bound);
        model.addAttribute(errors.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), bound);
        return bound;
    }

    /** Bean Validation as Spring MVC runs it (the application's validator, messages from the bundles). */
    private static void validate(Object form, BindingResult bound) {
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        RequestContextUtils.findWebApplicationContext(request.getRequest())
                .getBean("mvcValidator", Validator.class)
                .validate(form, bound);
    }
}
