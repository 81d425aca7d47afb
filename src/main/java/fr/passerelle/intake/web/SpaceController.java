package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.intake.Intakes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The project holder's space: their projects and what became of their requests. */
@Controller
class SpaceController {

    private final Intakes intakes;
    private final Directory directory;
    private final Pistes pistes;

    SpaceController(Intakes intakes, Directory directory, Pistes pistes) {
        this.intakes = intakes;
        this.directory = directory;
        this.pistes = pistes;
    }

    @GetMapping("/espace")
    String space(@AuthenticationPrincipal AccountUser user, Model model) {
        var projects = intakes.projectsOf(user);
        Map<UUID, String> desks = new HashMap<>();
        projects.stream()
                .flatMap(project -> project.requests().stream())
                .map(request -> request.deskOrganisationId())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id ->
                        directory.organisation(id).map(Organisation::name).ifPresent(name -> desks.put(id, name)));
        model.addAttribute("projects", projects);
        Map<UUID, Object> leads = new HashMap<>();
        projects.forEach(project -> leads.put(project.project().id(), pistes.of(project.file())));
        model.addAttribute("pistes", leads);
        model.addAttribute("desks", desks);
        model.addAttribute("holder", user.hasRole(Role.PROJECT_HOLDER));
        return "intake/space";
    }
}
