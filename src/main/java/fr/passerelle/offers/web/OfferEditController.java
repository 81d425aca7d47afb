package fr.passerelle.offers.web;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Organisation;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.OfferNotFoundException;
import fr.passerelle.offers.Offers;
import fr.passerelle.offers.internal.OfferDraft;
import fr.passerelle.offers.internal.OfferRejectedException;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory agents' side of offers: their territory's offers, the form to write one (with its picture) and to
 * change it, and the steps of its life (publish, filled, withdrawn).
 */
@Controller
record OfferEditController(Offers offers, Territories territories) {

    @GetMapping("/offres/mes-offres")
    String mine(@AuthenticationPrincipal AccountUser user, Model model) {
        List<Organisation> publishers = requirePublisher(user);
        model.addAttribute("publishers", publishers);
        model.addAttribute("offers", offers.ofMyTerritories(user));
        return "offers/mine";
    }

    @GetMapping("/offres/nouvelle")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        List<Organisation> publishers = requirePublisher(user);
        model.addAttribute("form", OfferForm.empty(publishers.get(0).id().toString()));
        return form(model, publishers, null);
    }

    @PostMapping("/offres/nouvelle")
    String create(
            @ModelAttribute("form") OfferForm form,
            BindingResult binding,
            @RequestParam(name = "picture", required = false) MultipartFile picture,
            @RequestParam(defaultValue = "draft") String action,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        List<Organisation> publishers = requirePublisher(user);
        UUID organisation = publishers.stream()
                .map(Organisation::id)
                .filter(id -> id.toString().equals(form.organisationId()))
                .findFirst()
                .orElse(null);
        BindingResult errors = FormErrors.bound(form, binding, model);
        if (!saved(form, organisation, picture, errors, model, (draft, content) -> {
            UUID id = offers.create(user, draft);
            if (content != null) {
                offers.setPicture(user, id, content);
            }
            if ("publish".equals(action)) {
                offers.publish(user, id);
            }
            redirect.addAttribute("id", id);
        })) {
            return form(model, publishers, null);
        }
        redirect.addFlashAttribute("notice", "publish".equals(action) ? "offer.published" : "offer.saved");
        return "redirect:/offres/{id}";
    }

    @GetMapping("/offres/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Offer offer = editable(user, id);
        model.addAttribute("form", OfferForm.of(offer, label(offer.communeCode())));
        return form(model, List.of(), offer);
    }

    @PostMapping("/offres/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") OfferForm form,
            BindingResult binding,
            @RequestParam(name = "picture", required = false) MultipartFile picture,
            @RequestParam(defaultValue = "false") boolean removePicture,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Offer offer = editable(user, id);
        BindingResult errors = FormErrors.bound(form, binding, model);
        if (!saved(form, offer.organisationId(), picture, errors, model, (draft, content) -> {
            offers.update(user, id, draft);
            if (content != null) {
                offers.setPicture(user, id, content);
            } else if (removePicture) {
                offers.removePicture(user, id);
            }
        })) {
            return form(model, List.of(), offer);
        }
        redirect.addFlashAttribute("notice", "offer.saved");
        return "redirect:/offres/" + id;
    }

    @PostMapping("/offres/{id}/{step:publier|pourvue|retirer}")
    String step(
            @PathVariable UUID id,
            @PathVariable String step,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers.of(redirect, "stepError")
                .tried(
                        () -> {
                            switch (step) {
                                case "publier" -> offers.publish(user, id);
                                case "pourvue" -> offers.fill(user, id);
                                default -> offers.withdraw(user, id);
                            }
                        },
                        "offer.step." + step);
        return "redirect:/offres/" + id;
    }

    /**
     * Saves the offer the form describes, with its picture, when nothing is wrong; false when rules were broken, each
     * then written beside its field (the offers module's own rules are checked even when the form already has
     * errors). The picture's problem is also shown beside its file input, which is not part of the form object; the
     * status's is the whole offer's.
     */
    private boolean saved(
            OfferForm form,
            UUID organisation,
            MultipartFile picture,
            BindingResult errors,
            Model model,
            BiConsumer<OfferDraft, byte[]> saving) {
        OfferDraft draft = draft(form, organisation, errors);
        byte[] content = content(picture, errors, model);
        try {
            if (errors.hasErrors()) {
                offers.check(draft);
            } else {
                saving.accept(draft, content);
            }
        } catch (OfferRejectedException rejected) {
            rejected.breaches().stream()
                    .filter(breach -> "picture".equals(breach.field()))
                    .forEach(breach -> model.addAttribute("pictureError", breach.messageKey()));
            FormErrors.reject(errors, rejected, Map.of("status", ""));
        }
        return !errors.hasErrors();
    }

    /** The uploaded picture, checked at once so that its problem shows with the others; null when none. */
    private byte[] content(MultipartFile picture, BindingResult errors, Model model) {
        if (picture == null || picture.isEmpty()) {
            return null;
        }
        try {
            byte[] content = picture.getBytes();
            offers.checkPicture(content);
            return content;
        } catch (IOException unreadable) {
            model.addAttribute("pictureError", "offer.picture.unreadable");
            errors.reject("offer.picture.unreadable");
        } catch (OfferRejectedException rejected) {
            model.addAttribute("pictureError", rejected.messageKey());
            FormErrors.reject(errors, rejected);
        }
        return null;
    }

    private String form(Model model, List<Organisation> publishers, Offer offer) {
        model.addAttribute("publishers", publishers);
        model.addAttribute("offer", offer);
        model.addAttribute("kinds", OfferKind.values());
        model.addAttribute("sectors", Sector.values());
        return offer == null ? "offers/new" : "offers/edit";
    }

    /** The draft the form describes; a commune typed that names none is the form's error, beside its field. */
    private OfferDraft draft(OfferForm form, UUID organisation, BindingResult errors) {
        String commune =
                territories.communeCode(form.commune(), form.communeLabel()).orElse(null);
        if (commune == null && blankToNull(form.communeLabel()) != null) {
            errors.rejectValue("commune", "offer.commune.unknown");
        }
        return form.draft(organisation, commune);
    }

    private String label(String code) {
        return territories.commune(code).map(Commune::label).orElse(code);
    }

    private Offer editable(AccountUser user, UUID id) {
        return offers.offer(user, id)
                .filter(offer -> offers.mayEdit(user, offer))
                .orElseThrow(() -> new OfferNotFoundException(id));
    }

    private List<Organisation> requirePublisher(AccountUser user) {
        List<Organisation> publishers = offers.publishers(user);
        if (publishers.isEmpty()) {
            throw new AccessDeniedException("Territory agents only");
        }
        return publishers;
    }
}
