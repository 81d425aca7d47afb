package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.PublicLimits;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.internal.EntryNotFoundException;
import fr.passerelle.directory.internal.EntryRejectedException;
import fr.passerelle.directory.internal.SchemeDraft;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Schemes written from an organisation's page: its editors (coordinators, its own advisors and agents) add and
 * change them, published at once; anyone else proposes one, which waits for a coordinator.
 */
@Controller
class SchemeEditController {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private final Directory directory;
    private final SchemeFormSupport support;
    private final PublicLimits.Scope proposals;

    SchemeEditController(Directory directory, SchemeFormSupport support, PublicLimits limits) {
        this.directory = directory;
        this.support = support;
        this.proposals = limits.scope("directory-proposal");
    }

    @GetMapping("/annuaire/structures/{id}/dispositifs/nouveau")
    String newForm(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Organisation organisation = published(id);
        model.addAttribute("form", SchemeForm.empty());
        return newView(organisation, user, model);
    }

    @PostMapping("/annuaire/structures/{id}/dispositifs/nouveau")
    String create(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") SchemeForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = published(id);
        BindingResult errors = FormErrors.bound(form, binding, model);
        boolean editor = directory.canEdit(user, id);
        if (!editor
                && (form.proposerEmail() == null
                        || !form.proposerEmail().strip().matches(EMAIL))) {
            errors.rejectValue("proposerEmail", "directory.proposer.required");
        }
        SchemeDraft draft = checked(form, organisation, List.of(), errors);
        if (!errors.hasErrors()) {
            if (editor) {
                UUID scheme = directory.createScheme(user, draft);
                return PageAnswers.back(redirect, "directory.scheme.published", "/annuaire/dispositifs/" + scheme);
            }
            if (proposals.allows(request.getRemoteAddr(), form.proposerEmail())) {
                directory.proposeScheme(draft, form.proposerEmail().strip());
                return "redirect:/annuaire/proposer/merci";
            }
            errors.rejectValue("proposerEmail", "limits.throttled");
        }
        return newView(organisation, user, model);
    }

    @GetMapping("/annuaire/dispositifs/{id}/modifier")
    String editForm(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Scheme scheme = editable(id, user);
        model.addAttribute("form", SchemeForm.of(scheme));
        return editView(scheme, model);
    }

    @PostMapping("/annuaire/dispositifs/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") SchemeForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Scheme scheme = editable(id, user);
        BindingResult errors = FormErrors.bound(form, binding, model);
        Organisation organisation =
                directory.organisation(scheme.organisationId()).orElseThrow();
        SchemeDraft draft = checked(form, organisation, scheme.coverage(), errors);
        if (!errors.hasErrors()) {
            directory.updateScheme(user, id, draft);
            return PageAnswers.back(redirect, "directory.saved", "/annuaire/dispositifs/" + id);
        }
        return editView(scheme, model);
    }

    /** The form's draft, with every problem in the binding result: the fields' own and the directory's rules. */
    private SchemeDraft checked(
            SchemeForm form, Organisation organisation, List<UUID> currentCoverage, BindingResult errors) {
        SchemeDraft draft = support.draft(form, organisation, currentCoverage, errors);
        try {
            directory.checkScheme(draft);
        } catch (EntryRejectedException rejected) {
            SchemeFormSupport.reject(rejected, errors);
        }
        return draft;
    }

    private Organisation published(UUID id) {
        return directory.publishedOrganisation(id).orElseThrow(() -> new EntryNotFoundException(id));
    }

    private Scheme editable(UUID id, AccountUser user) {
        Scheme scheme = directory.scheme(id).orElseThrow(() -> new EntryNotFoundException(id));
        if (!directory.canEdit(user, scheme.organisationId())) {
            throw new AccessDeniedException("Not an editor of " + scheme.organisationId());
        }
        return scheme;
    }

    private String newView(Organisation organisation, AccountUser user, Model model) {
        model.addAttribute("editor", directory.canEdit(user, organisation.id()));
        support.choices(model, organisation, false);
        return "directory/scheme-new";
    }

    private String editView(Scheme scheme, Model model) {
        model.addAttribute("scheme", scheme);
        support.choices(model, directory.organisation(scheme.organisationId()).orElseThrow(), true);
        return "directory/scheme-edit";
    }
}
