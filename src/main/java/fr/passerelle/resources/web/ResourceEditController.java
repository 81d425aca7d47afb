package fr.passerelle.resources.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.Submissions;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.ResourceNotFoundException;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.resources.internal.UploadedFile;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The coordinators' form to publish a resource with a file or a link, and to change it. */
@Controller
record ResourceEditController(Resources resources, ResourceRelations relations, MessageSource messages) {

    /** What a valid form does: publishes or changes the resource, and says where to go next. */
    private interface Saving {
        String save(ResourceDraft draft, UploadedFile file);
    }

    @GetMapping("/ressources/nouvelle")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        requirePublisher(user);
        return view(model, ResourceForm.empty(), null);
    }

    @PostMapping("/ressources/nouvelle")
    String create(
            @Valid @ModelAttribute ResourceForm resourceForm,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requirePublisher(user);
        return submit(
                resourceForm,
                errors,
                null,
                model,
                (draft, file) -> "redirect:/ressources/" + resources.publish(user, draft, file));
    }

    @GetMapping("/ressources/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Resource resource = editable(id, user);
        return view(model, ResourceForm.of(resource, relations.author(resource)), resource);
    }

    @PostMapping("/ressources/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute ResourceForm resourceForm,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        Resource resource = editable(id, user);
        return submit(resourceForm, errors, resource, model, (draft, file) -> {
            resources.update(user, id, draft, file);
            return "redirect:/ressources/" + id;
        });
    }

    /**
     * Saves a right form; else, or when the library refuses it, the form again with every problem: the fields' own
     * and the library's rules, each beside its field.
     */
    private String submit(ResourceForm form, BindingResult binding, Resource editing, Model model, Saving saving) {
        BindingResult errors = FormErrors.bound(form, binding, model);
        ResourceDraft draft = form.draft(relations.organisationId(form.organisation()));
        UploadedFile file = form.uploaded();
        boolean keepsFile = editing != null && editing.fileName() != null && !form.hasLink();
        return Submissions.recorded(
                        errors, () -> saving.save(draft, file), () -> resources.check(draft, file, keepsFile))
                .orElseGet(() -> refused(form, file != null, errors, editing, model));
    }

    /** The form again, its problems beside their fields; a file chosen must be chosen again. */
    private String refused(ResourceForm form, boolean fileChosen, BindingResult errors, Resource editing, Model model) {
        if (fileChosen && !errors.hasFieldErrors("file")) {
            // A browser cannot keep a chosen file: say so, so that nobody thinks it was kept.
            errors.rejectValue("file", "resource.file.again");
        }
        return view(model, form, editing);
    }

    private String view(Model model, ResourceForm form, Resource editing) {
        model.addAttribute("resourceForm", form);
        model.addAttribute("editing", editing);
        relations.addChoicesTo(model, form.eventIds());
        model.addAttribute("kinds", kinds());
        return "resources/new";
    }

    /** The kinds of resource, each with its name in the reader's language. */
    private Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ResourceKind kind : ResourceKind.values()) {
            kinds.put(kind.code(), messages.getMessage(kind.messageKey(), null, LocaleContextHolder.getLocale()));
        }
        return kinds;
    }

    private Resource editable(UUID id, AccountUser user) {
        requirePublisher(user);
        Resource resource = resources.find(user, id).orElseThrow(() -> new ResourceNotFoundException(id));
        if (!resources.keeps(user, resource)) {
            throw new AccessDeniedException("Not a keeper of " + id);
        }
        return resource;
    }

    private void requirePublisher(AccountUser user) {
        if (!resources.publishes(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
