package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.ConsentKind;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderRights;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project holder's space: their projects and what became of their requests. */
@Controller
record SpaceController(
        Intakes intakes,
        Directory directory,
        Pistes pistes,
        HolderRights rights,
        fr.passerelle.offers.Offers offers,
        MessageSource messages) {
    /** How many offers each project of the space shows. */
    private static final int FITTING_OFFERS = 5;

    @GetMapping("/espace")
    String space(@AuthenticationPrincipal AccountUser user, Model model) {
        rights.touch(user);
        var projects = intakes.projectsOf(user);
        Map<UUID, String> desks = directory.organisationNames(projects.stream()
                .flatMap(project -> project.requests().stream())
                .map(request -> request.deskOrganisationId()));
        model.addAttribute("projects", projects);
        Map<UUID, Object> leads = new HashMap<>();
        projects.forEach(project -> leads.put(project.project().id(), pistes.of(project.file())));
        model.addAttribute("pistes", leads);
        Map<UUID, Object> histories = new HashMap<>();
        projects.forEach(project -> histories.put(
                project.project().id(), intakes.history(user, project.project().id())));
        model.addAttribute("histories", histories);
        Map<UUID, Object> fitting = new HashMap<>();
        projects.forEach(project -> fitting.put(
                project.project().id(),
                offers.fitting(
                        project.project().kind(),
                        project.project().sectors(),
                        project.project().targetCommunes(),
                        FITTING_OFFERS)));
        model.addAttribute("fittingOffers", fitting);
        model.addAttribute("desks", desks);
        model.addAttribute("holder", user.hasRole(Role.PROJECT_HOLDER));
        projects.stream().findFirst().ifPresent(first -> {
            model.addAttribute("share", first.file().consents(ConsentKind.SHARE_WITH_STRUCTURES));
            model.addAttribute("territories", first.file().consents(ConsentKind.TERRITORY_CONTACT));
        });
        return "intake/space";
    }

    @PostMapping("/espace/accords")
    String consents(
            @RequestParam(defaultValue = "false") boolean shareWithStructures,
            @RequestParam(defaultValue = "false") boolean territoryContact,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        rights.changeConsents(user, shareWithStructures, territoryContact);
        redirect.addFlashAttribute("notice", "space.consents.saved");
        return "redirect:/espace";
    }

    @GetMapping(value = "/espace/mes-donnees.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal AccountUser user) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mes-donnees-passerelle.json")
                                .build()
                                .toString())
                .body(rights.export(user));
    }

    /** The same export as a page to read and print (or save as PDF from the browser). */
    @GetMapping("/espace/mes-donnees")
    String readableExport(@AuthenticationPrincipal AccountUser user, Locale locale, Model model) {
        model.addAttribute("export", ReadableExport.of(rights.export(user), messages, locale));
        return "intake/my-data";
    }

    @PostMapping("/espace/effacer")
    String erase(
            @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal AccountUser user,
            HttpServletRequest request,
            RedirectAttributes redirect)
            throws ServletException {
        if (!confirm) {
            redirect.addFlashAttribute("eraseError", "space.erase.confirm.required");
            return "redirect:/espace#effacer";
        }
        rights.erase(user);
        request.logout();
        return "redirect:/?efface";
    }
}
