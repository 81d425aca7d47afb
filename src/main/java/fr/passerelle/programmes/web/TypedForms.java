package fr.passerelle.programmes.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Forms whose typed fields (years, dates, identifiers) may not all be readable. When one is not, Spring still builds
 * the record (that field null, its error kept with the text typed) but leaves its binding result without a target
 * and its other fields unchecked: here the errors are put back on the record and its other fields checked, so that
 * the rules of the domain and the page can read them.
 */
@Component
class TypedForms {

    private final SpringValidatorAdapter validator;

    TypedForms(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /** The binding result to add errors to and to show, on the form itself. */
    BindingResult onForm(Object form, String name, BindingResult errors, Model model) {
        if (errors.getTarget() != null) {
            return errors;
        }
        BindingResult shown = new BeanPropertyBindingResult(form, name);
        shown.addAllErrors(errors);
        validator.validate(form, shown);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, shown);
        return shown;
    }
}
