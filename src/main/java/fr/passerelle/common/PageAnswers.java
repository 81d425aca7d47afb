package fr.passerelle.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a small form within a page leaves for that page, to which its answer redirects (POST/redirect/GET). Done, the
 * page says so in its notice; refused, by the module or by the controller's own check, the page shows the refusal's
 * message beside the form under the answer's error name, with what was typed kept under the names the page reads it
 * from, so that nothing is lost. All of it travels as flash attributes.
 */
public final class PageAnswers {

    /** The flash attribute every page shows as its notice, under its title (the page layout shows it). */
    public static final String NOTICE = "notice";

    /** The arguments of the notice's message, for a notice that names what was done (an array). */
    public static final String NOTICE_ARGUMENTS = "noticeArguments";

    private final RedirectAttributes redirect;
    private final String error;
    private final Map<String, Object> kept;

    private PageAnswers(RedirectAttributes redirect, String error, Map<String, Object> kept) {
        this.redirect = redirect;
        this.error = error;
        this.kept = Collections.unmodifiableMap(kept);
    }

    /** The answers of a form whose refusal the page reads under {@code error}. */
    public static PageAnswers of(RedirectAttributes redirect, String error) {
        return new PageAnswers(redirect, error, Map.of());
    }

    /** The same answers, keeping also, when refused, what was typed (or which item was acted on) under that name. */
    public PageAnswers keeping(String name, Object typed) {
        Map<String, Object> more = new LinkedHashMap<>(kept);
        more.put(name, typed);
        return new PageAnswers(redirect, error, more);
    }

    /**
     * Back to a page (and its part) with the notice it says of what was done (POST/redirect/GET), and the arguments of
     * the notice's message when it names what was done.
     */
    public static String back(RedirectAttributes redirect, String notice, String address, Object... arguments) {
        redirect.addFlashAttribute(NOTICE, notice);
        if (arguments.length > 0) {
            redirect.addFlashAttribute(NOTICE_ARGUMENTS, arguments);
        }
        return "redirect:" + address;
    }

    /** Runs the change, with nothing to say when it is done; whether it was done. */
    public boolean tried(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuleViolation refusal) {
            refused(refusal);
            return false;
        }
    }

    /** Runs the change and, when it is done, says the notice; whether it was done. */
    public boolean tried(Runnable change, String notice) {
        return told(() -> {
            change.run();
            return notice;
        });
    }

    /** Runs the change, whose answer is the key of the notice to say (how it went); whether it was done. */
    public boolean told(Supplier<String> change) {
        try {
            redirect.addFlashAttribute(NOTICE, change.get());
            return true;
        } catch (RuleViolation refusal) {
            refused(refusal);
            return false;
        }
    }

    /**
     * The module's refusal: its first message, the field it concerns when it names one (as {@code <error>Field}, for
     * the page to show the message beside that field), and what was typed.
     */
    public void refused(RuleViolation refusal) {
        if (refusal.field() != null) {
            redirect.addFlashAttribute(error + "Field", refusal.field());
        }
        refuse(refusal.messageKey());
    }

    /** A refusal the controller finds itself, before asking the module: its message, and what was typed. */
    public void refuse(String messageKey) {
        redirect.addFlashAttribute(error, messageKey);
        kept.forEach(redirect::addFlashAttribute);
    }

    /**
     * A whole form sent from another page than its own, to which the caller redirects: recorded when its fields are
     * right and the module accepts it ({@link Submissions#saved}), the page then says the notice; otherwise the form
     * goes there with its errors ({@link #form}).
     */
    public static void sent(RedirectAttributes redirect, BindingResult errors, Runnable record, String notice) {
        if (Submissions.saved(errors, record)) {
            redirect.addFlashAttribute(NOTICE, notice);
        } else {
            form(redirect, errors);
        }
    }

    /**
     * A whole form shown on another page than its own: it goes there through the redirect, as it was typed, with its
     * errors beside its fields (the page's model then holds both under the form's name, as Spring MVC would).
     */
    public static void form(RedirectAttributes redirect, BindingResult errors) {
        redirect.addFlashAttribute(errors.getObjectName(), errors.getTarget());
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errors);
    }
}
