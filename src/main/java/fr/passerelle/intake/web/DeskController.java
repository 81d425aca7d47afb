package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.IntakeNotFoundException;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.ProjectFile;
import fr.passerelle.intake.internal.IntakeFile;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The welcome desk's inbox: the requests that came to the desk, each file, taking it, the first-listening note. */
@Controller
record DeskController(
        Intakes intakes,
        Directory directory,
        Territories territories,
        Pistes pistes,
        fr.passerelle.intake.internal.OfferMatches matches,
        fr.passerelle.offers.Offers offers) {
    private static final int NOTE_MAX = 8000;

    @GetMapping("/accueil/demandes")
    String inbox(@AuthenticationPrincipal AccountUser user, Model model) {
        requireStaff(user);
        var items = intakes.inbox(user);
        Map<String, String> communes = new LinkedHashMap<>();
        items.stream()
                .map(item -> item.firstCommune())
                .filter(code -> code != null)
                .distinct()
                .forEach(code -> communes.put(code, communeLabel(code)));
        model.addAttribute("items", items);
        model.addAttribute(
                "desks",
                directory.organisationNames(items.stream()
                        .filter(item -> item.untakenByItsDesk() && !user.memberOf(item.deskOrganisationId()))
                        .map(item -> item.deskOrganisationId())));
        model.addAttribute("welcomes", intakes.welcomes(user));
        model.addAttribute("communes", communes);
        return "intake/inbox";
    }

    /** The projects aimed at the agent's territory whose holders agreed to be contacted by it. */
    @GetMapping("/accueil/territoire")
    String territory(
            @AuthenticationPrincipal AccountUser user,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page,
            Model model) {
        if (user == null || !user.hasRole(fr.passerelle.accounts.Role.TERRITORY_AGENT)) {
            throw new org.springframework.security.access.AccessDeniedException("Territory agents only");
        }
        var fetched = intakes.projectsTargeting(user, page);
        var projects = fetched.stream().limit(Intakes.TERRITORY_PAGE).toList();
        Map<String, String> communes = new java.util.HashMap<>();
        Map<UUID, String> places = new java.util.HashMap<>();
        projects.forEach(project -> places.put(
                project.id(),
                String.join(
                        ", ",
                        project.targetCommunes().stream()
                                .map(code -> communes.computeIfAbsent(code, this::communeLabel))
                                .toList())));
        model.addAttribute("projects", projects);
        model.addAttribute("places", places);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("more", fetched.size() > Intakes.TERRITORY_PAGE);
        return "intake/territory";
    }

    /** The projects an offer of the agent's territory fits, whose holders agreed to be contacted. */
    @GetMapping("/accueil/territoire/offres/{id}")
    String offerMatches(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("matches", matches.projectsFor(user, id));
        model.addAttribute("offer", offers.offer(user, id).orElseThrow());
        return "intake/offer-matches";
    }

    @GetMapping("/accueil/demandes/{id}")
    String file(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        IntakeFile file = intakes.file(user, id).orElseThrow(() -> new IntakeNotFoundException(id));
        model.addAttribute("file", file);
        model.addAttribute(
                "desk",
                directory.organisationName(file.request().deskOrganisationId()).orElse(null));
        FilePlaces.add(model, file, this::communeLabel);
        model.addAttribute("mine", user.id().equals(file.request().referentId()));
        model.addAttribute("mayTake", intakes.mayTake(user, file.request()));
        model.addAttribute("pistes", pistes.of(new ProjectFile(file.holder(), file.project(), file.consents())));
        return "intake/file";
    }

    @PostMapping("/accueil/demandes/{id}/prendre")
    String take(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", intakes.take(user, id) ? "intake.taken" : "intake.takenByOther");
        return "redirect:/accueil/demandes/" + id;
    }

    @PostMapping("/accueil/demandes/{id}/note")
    String note(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal AccountUser user,
            RedirectAttributes redirect) {
        PageAnswers answers = PageAnswers.of(redirect, "noteError").keeping("noteDraft", note);
        if (note.length() > NOTE_MAX) {
            answers.refuse("intake.note.length");
        } else {
            answers.tried(() -> intakes.writeNote(user, id, note), "intake.note.saved");
        }
        return "redirect:/accueil/demandes/" + id;
    }

    @GetMapping("/accueil/journal")
    String accessLog(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("entries", intakes.accessLog(user, 500));
        return "intake/access-log";
    }

    private static void requireStaff(AccountUser user) {
        if (user == null
                || user.hasRole(fr.passerelle.accounts.Role.PROJECT_HOLDER)
                        && user.roles().size() == 1) {
            throw new AccessDeniedException("Staff only");
        }
    }

    private String communeLabel(String code) {
        return territories.commune(code).map(Commune::label).orElse(code);
    }
}
