package fr.passerelle.territory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.internal.PerimeterEditor;
import fr.passerelle.territory.internal.PerimeterRejectedException;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A network's coordinators (and the administrators, any network's) create and edit the perimeters their network maintains (pays, parks, GAL LEADER, its own), from
 * intercommunalities and communes typed or imported from a file of commune codes; each change is previewed (the
 * communes added and removed) before it is saved.
 */
@Controller
@RequestMapping("/admin/territoires/perimetres")
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
@RequiredArgsConstructor
class PerimeterAdminController {

    private static final String FORM = "territory/perimeter-form";

    private final PerimeterEditor editor;
    private final MessageSource messages;

    @GetMapping
    String list(@AuthenticationPrincipal AccountUser user, Model model) {
        java.util.Map<UUID, UUID> networks = editor.networks();
        model.addAttribute(
                "perimeters",
                editor.editable().stream()
                        .filter(perimeter -> user.staffOf(networks.get(perimeter.id())))
                        .toList());
        return "territory/perimeters";
    }

    @GetMapping("/nouveau")
    String create(Model model) {
        model.addAttribute("form", new PerimeterForm(null, "", "", ""));
        return form(model, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        kept(user, id);
        model.addAttribute("form", PerimeterForm.of(editor.draft(id).orElseThrow(PerimeterAdminController::notFound)));
        return form(model, id);
    }

    /** A new perimeter ("/nouveau", no id) or a change to one, previewed or saved. */
    @PostMapping({"/nouveau", "/{id}"})
    String submitted(
            @PathVariable(required = false) UUID id,
            @Valid @ModelAttribute("form") PerimeterForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "apercu") String action,
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal AccountUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        if (id != null) {
            kept(user, id);
            editor.draft(id).orElseThrow(PerimeterAdminController::notFound);
        }
        return submit(id, form, binding, new Sent(action, file, user), locale, model, redirect);
    }

    /** What came with the form: the button pressed, the file, who sent it. */
    private record Sent(String action, MultipartFile file, AccountUser user) {}

    /** Another network's perimeter is not found by a coordinator: its existence is not told. */
    private void kept(AccountUser user, UUID id) {
        if (!editor.networkOf(id).map(user::staffOf).orElse(false)) {
            throw notFound();
        }
    }

    private String submit(
            UUID id,
            PerimeterForm form,
            BindingResult binding,
            Sent sent,
            Locale locale,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        BindingResult errors = FormErrors.bound(form, binding, model);
        String action = sent.action();
        MultipartFile file = sent.file();
        boolean fromFile = file != null && !file.isEmpty();
        if (fromFile) {
            try {
                form = form.withCommunes(
                        String.join("\n", editor.communesOfFile(file.getBytes(), file.getOriginalFilename())));
                errors = new BeanPropertyBindingResult(form, "form");
                model.addAttribute("form", form);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
                model.addAttribute("fileRead", file.getOriginalFilename());
            } catch (ImportRejectedException wrong) {
                model.addAttribute("problems", wrong.problems(messages, locale));
                model.addAttribute("fileRejected", file.getOriginalFilename());
                return form(model, id);
            }
        }
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            if ("enregistrer".equals(action) && !fromFile) {
                editor.save(id, form.draft(), sent.user().networkId());
                return PageAnswers.back(
                        redirect,
                        "perimeters.saved",
                        "/admin/territoires/perimetres",
                        form.name().strip());
            }
            model.addAttribute("preview", editor.preview(id, form.draft()));
        } catch (PerimeterRejectedException refused) {
            FormErrors.reject(errors, refused);
        }
        return form(model, id);
    }

    private String form(Model model, UUID id) {
        model.addAttribute("perimeterId", id);
        model.addAttribute("kinds", editableKinds());
        model.addAttribute("others", editor.otherMembers(id));
        return FORM;
    }

    private static List<PerimeterKind> editableKinds() {
        return Arrays.stream(PerimeterKind.values())
                .filter(kind -> !kind.official())
                .toList();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
