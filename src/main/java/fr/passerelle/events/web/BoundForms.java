package fr.passerelle.events.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.springframework.beans.BeanUtils;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the events module's forms share. A form record that Spring could not construct, because one value did not convert (a date "31/02/2027"), is rebuilt
 * from the values that did, with the conversion errors kept: the form shows again, the unreadable value as typed
 * beside its message.
 */
final class BoundForms {

    private BoundForms() {}

    /** The binding result to go on with: the one given when the form was built, else one over the rebuilt form. */
    static <R extends Record> BindingResult rebuilt(Class<R> type, BindingResult binding, Model model) {
        if (binding.getTarget() != null) {
            return binding;
        }
        R rebuilt = BeanUtils.instantiateClass(BeanUtils.getResolvableConstructor(type), values(type, binding));
        BindingResult errors = new BeanPropertyBindingResult(rebuilt, binding.getObjectName());
        errors.addAllErrors(binding);
        model.addAttribute(binding.getObjectName(), rebuilt);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), errors);
        return errors;
    }

    /** A form shown on another page: it goes there through the redirect, with its errors, as it was typed. */
    static void flash(RedirectAttributes redirect, BindingResult errors) {
        redirect.addFlashAttribute(errors.getObjectName(), errors.getTarget());
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
    }

    /** Each component's converted value; null where the conversion failed. */
    private static Object[] values(Class<?> type, BindingResult binding) {
        return Arrays.stream(type.getRecordComponents())
                .map(component -> converted(component, binding))
                .toArray();
    }

    private static Object converted(RecordComponent component, BindingResult binding) {
        Object value = binding.hasFieldErrors(component.getName()) ? null : binding.getFieldValue(component.getName());
        return component.getType().isInstance(value) ? value : null;
    }
}
