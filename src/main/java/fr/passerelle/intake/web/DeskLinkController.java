package fr.passerelle.intake.web;

import fr.passerelle.directory.Directory;
import fr.passerelle.intake.IntakeNotFoundException;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.DeskLinks;
import fr.passerelle.intake.internal.IntakeFile;
import fr.passerelle.territory.Territories;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A welcome request as the desk without members reads it from the link e-mailed to its contact address: the file,
 * and taking it, without an account. An unknown or expired link is a page that does not exist (the coordinators see
 * every request left untaken).
 */
@Controller
record DeskLinkController(Intakes intakes, Directory directory, Territories territories) {

    @GetMapping(DeskLinks.PATH + "{token}")
    String request(@PathVariable String token, Model model) {
        IntakeFile file = intakes.fileByLink(token).orElseThrow(() -> new IntakeNotFoundException(null));
        model.addAttribute("file", file);
        model.addAttribute("token", token);
        model.addAttribute(
                "desk",
                directory.organisationName(file.request().deskOrganisationId()).orElse(""));
        FilePlaces.add(model, file, this::communeLabel);
        model.addAttribute("claimLink", "/annuaire/structures/" + file.request().deskOrganisationId() + "/rejoindre");
        return "intake/request-link";
    }

    @PostMapping(DeskLinks.PATH + "{token}/prendre")
    String take(@PathVariable String token, RedirectAttributes redirect) {
        intakes.fileByLink(token).orElseThrow(() -> new IntakeNotFoundException(null));
        redirect.addFlashAttribute("notice", intakes.takeByLink(token) ? "intake.link.taken" : "intake.takenByOther");
        return "redirect:" + DeskLinks.PATH + token;
    }

    private String communeLabel(String code) {
        return territories
                .commune(code)
                .map(c -> c.name() + " (" + c.code() + ")")
                .orElse(code);
    }
}
