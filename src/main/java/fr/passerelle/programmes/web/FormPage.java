package fr.passerelle.programmes.web;

import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Submissions;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A page of the programmes that holds forms (a programme's, an action's, a budget's), as a form sent from it meets
 * it again: recorded, the person goes back to the form's part of the page with a notice (POST/redirect/GET); refused,
 * the page shows again with what was typed and every error beside its field.
 *
 * @param address the page's address, where a recorded form goes back to
 * @param page shows the page again, with the forms as they came back
 */
record FormPage(String address, Supplier<String> page, Model model, RedirectAttributes redirect) {

    /** Binds the form ({@link FormErrors#bound}), then records it (the module's rules checked) or shows the page. */
    String submit(Object form, BindingResult binding, String notice, String part, Runnable record, Runnable check) {
        return submit(FormErrors.bound(form, binding, model), notice, part, record, check);
    }

    /** Records a form already bound, the module's rules checked, or shows the page again. */
    String submit(BindingResult errors, String notice, String part, Runnable record, Runnable check) {
        return Submissions.saved(errors, record, check)
                ? PageAnswers.back(redirect, notice, address + part)
                : page.get();
    }

    /** Records a form whose fields need nothing more than their binding, or shows the page again. */
    String submit(BindingResult errors, String notice, String part, Runnable record) {
        return submit(errors, notice, part, record, () -> {});
    }
}
