package fr.passerelle.pathway.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.Submissions;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.Intakes;
import fr.passerelle.pathway.internal.FollowUpInput;
import fr.passerelle.pathway.internal.FollowUpNotFoundException;
import fr.passerelle.pathway.internal.FollowUps;
import fr.passerelle.pathway.internal.OutcomeFollowUp;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The follow-up question about a project the structure accompanied, and its answer. */
@Controller
record FollowUpController(FollowUps followUps, Intakes intakes, Directory directory, Territories territories) {

    @GetMapping("/parcours/suivis/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        OutcomeFollowUp followUp = followUp(user, id);
        model.addAttribute("form", FollowUpForm.empty());
        return page(followUp, model);
    }

    @PostMapping("/parcours/suivis/{id}")
    String answer(
            @PathVariable UUID id,
            @ModelAttribute("form") FollowUpForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        OutcomeFollowUp followUp = followUp(user, id);
        if (followUp.answered()) {
            redirect.addFlashAttribute("warning", "followUp.alreadyAnswered");
            return "redirect:/parcours/suivis/" + id;
        }
        BindingResult errors = FormErrors.bound(form, binding, model);
        Integer jobs = jobs(form.jobs(), errors);
        FollowUpInput input =
                new FollowUpInput(form.answer(), commune(form, errors), form.installedOn(), jobs, form.comment());
        if (Submissions.saved(
                errors, () -> followUps.answer(user, id, input), () -> followUps.check(user, id, input))) {
            redirect.addFlashAttribute("notice", "followUp.saved");
            return "redirect:/parcours/orientations";
        }
        return page(followUp, model);
    }

    /** The follow-up question, when it is about a project of the user's structure. */
    private OutcomeFollowUp followUp(AccountUser user, UUID id) {
        return followUps.followUp(user, id).orElseThrow(() -> new FollowUpNotFoundException(id));
    }

    private String page(OutcomeFollowUp followUp, Model model) {
        model.addAttribute("followUp", followUp);
        model.addAttribute(
                "projectTitle", intakes.projectTitle(followUp.projectId()).orElse(""));
        model.addAttribute(
                "organisation",
                directory.organisationName(followUp.organisationId()).orElse(""));
        model.addAttribute("answers", followUp.milestone().answers());
        model.addAttribute(
                "installedIn",
                followUp.communeCode() == null
                        ? null
                        : territories
                                .commune(followUp.communeCode())
                                .map(Commune::label)
                                .orElse(followUp.communeCode()));
        return "pathway/follow-up";
    }

    /** Where the project settled; a commune typed that names none is the form's error, beside its field. */
    private String commune(FollowUpForm form, BindingResult errors) {
        String commune =
                territories.communeCode(form.commune(), form.communeLabel()).orElse(null);
        if (commune == null && !blank(form.communeLabel())) {
            errors.rejectValue("commune", "followUp.commune.unknown");
        }
        return commune;
    }

    private static Integer jobs(String typed, BindingResult errors) {
        if (blank(typed)) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!digits.matches("\\d{1,4}")) {
            errors.rejectValue("jobs", "followUp.jobs.invalid");
            return null;
        }
        return Integer.valueOf(digits);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
