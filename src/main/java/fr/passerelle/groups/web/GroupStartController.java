package fr.passerelle.groups.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.Submissions;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A coordinator starts a working group of their network; the news then proposes a draft that announces it. */
@Controller
record GroupStartController(Groups groups) {

    @GetMapping("/groupes/nouveau")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        requireStarter(user);
        model.addAttribute("groupStartForm", GroupStartForm.empty());
        return "groups/new";
    }

    @PostMapping("/groupes/nouveau")
    String start(
            @Valid @ModelAttribute GroupStartForm groupStartForm,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        requireStarter(user);
        BindingResult errors = FormErrors.bound(groupStartForm, binding, model);
        Optional<WorkingGroup> started = Submissions.recorded(
                errors, () -> groups.start(user, groupStartForm.draft()), () -> groups.check(groupStartForm.draft()));
        if (started.isPresent()) {
            redirect.addFlashAttribute("notice", "group.started");
            return "redirect:/groupes/" + started.get().slug();
        }
        return "groups/new";
    }

    private void requireStarter(AccountUser user) {
        if (!groups.starts(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
