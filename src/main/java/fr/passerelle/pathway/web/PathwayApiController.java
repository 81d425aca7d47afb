package fr.passerelle.pathway.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.ProjectStep;
import fr.passerelle.pathway.internal.Pathway;
import fr.passerelle.pathway.internal.Referral;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A project's pathway for those who may read the project: its referrals and its timeline. */
@RestController
@Tag(name = "Projets")
record PathwayApiController(Pathway pathway, Intakes intakes) {
    /** A project's referrals and timeline. */
    record ProjectPathway(List<Referral> referrals, List<ProjectStep> timeline) {}

    @Operation(
            summary = "Parcours d’un projet",
            description = "Les mises en relation du projet et chaque étape de son parcours, les plus anciennes d’abord."
                    + " 404 pour un projet inconnu ou que l’utilisateur n’a pas le droit de voir.")
    @GetMapping("/api/v1/projects/{id}/timeline")
    @ApiResponse(responseCode = "200", description = "Les mises en relation et le parcours du projet")
    @ApiResponse(responseCode = "400", description = "Un identifiant qui n’est pas un UUID")
    @ApiResponse(responseCode = "404", description = "Un projet inconnu ou que le titulaire du jeton ne peut pas voir")
    ProjectPathway timeline(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return new ProjectPathway(pathway.referralsOf(user, id), intakes.history(user, id));
    }
}
