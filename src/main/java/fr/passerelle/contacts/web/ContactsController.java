package fr.passerelle.contacts.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Submissions;
import fr.passerelle.contacts.ContactHolder;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ContactSubject;
import fr.passerelle.contacts.ThematicContacts;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where those who edit a structure, a territory, an event or a group name its thematic contacts and
 * remove them: {@code /contacts/structure/<id>}, {@code /contacts/territoire/<id>}…
 */
@Controller
@RequiredArgsConstructor
class ContactsController {

    private static final String PAGE = "/contacts/{kind:structure|territoire|evenement|groupe}/{id}";

    private final ThematicContacts contacts;
    private final MessageSource messages;

    @GetMapping(PAGE)
    String page(
            @PathVariable String kind, @PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("contactForm", ContactForm.empty());
        return view(editable(user, kind, id), kind, id, model);
    }

    @PostMapping(PAGE)
    String add(
            @PathVariable String kind,
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        ContactHolder holder = editable(user, kind, id);
        BindingResult errors = FormErrors.bound(form, binding, model);
        if (Submissions.saved(
                errors,
                () -> contacts.add(user, holderKind(kind), id, form.draft()),
                () -> contacts.check(form.draft()))) {
            return PageAnswers.back(redirect, "contacts.added", "/contacts/" + kind + "/" + id);
        }
        return view(holder, kind, id, model);
    }

    @PostMapping(PAGE + "/{contact}/retirer")
    String remove(
            @PathVariable String kind,
            @PathVariable UUID id,
            @PathVariable UUID contact,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        editable(user, kind, id);
        boolean removed = contacts.remove(user, holderKind(kind), id, contact);
        return PageAnswers.back(
                redirect, removed ? "contacts.removed" : "contacts.gone", "/contacts/" + kind + "/" + id);
    }

    private String view(ContactHolder holder, String kind, UUID id, Model model) {
        model.addAttribute("holder", holder);
        model.addAttribute("kind", kind);
        model.addAttribute("holderId", id);
        model.addAttribute("contacts", contacts.of(holderKind(kind), id));
        model.addAttribute("subjects", subjects());
        return "contacts/edit";
    }

    /** The subjects as the form's list offers them: each code with its French (or English) name. */
    private List<List<String>> subjects() {
        return Arrays.stream(ContactSubject.values())
                .map(subject -> List.of(
                        subject.code(),
                        messages.getMessage(subject.messageKey(), null, LocaleContextHolder.getLocale())))
                .toList();
    }

    private ContactHolder editable(AccountUser user, String kind, UUID id) {
        ContactHolderKind holderKind = holderKind(kind);
        ContactHolder holder = contacts.holder(holderKind, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown " + kind));
        if (!contacts.edits(user, holderKind, id)) {
            throw new AccessDeniedException("Not an editor of this " + kind);
        }
        return holder;
    }

    private static ContactHolderKind holderKind(String kind) {
        return ContactHolderKind.ofCode(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
