package fr.passerelle.events.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A form of the events module shown on another page than its own: it travels through the redirect. */
final class BoundForms {

    private BoundForms() {}

    /** A form shown on another page: it goes there through the redirect, with its errors, as it was typed. */
    static void flash(RedirectAttributes redirect, BindingResult errors) {
        redirect.addFlashAttribute(errors.getObjectName(), errors.getTarget());
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
    }
}
