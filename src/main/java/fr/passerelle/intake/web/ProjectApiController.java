package fr.passerelle.intake.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.intake.Intakes;
import fr.passerelle.orientation.OrientationResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A project's orientation for partners who may see that project. */
@RestController
@Tag(name = "Projets")
record ProjectApiController(Intakes intakes, Pistes pistes) {
    @Operation(
            summary = "Orientation d’un projet",
            description = "Le guichet d’accueil du territoire d’abord, puis les dispositifs et structures par besoin,"
                    + " chacun avec ses raisons. Réservé aux utilisateurs qui ont le droit de voir ce projet ;"
                    + " 404 sinon, comme pour un projet inconnu.")
    @GetMapping("/api/v1/projects/{id}/orientation")
    @ApiResponse(responseCode = "200", description = "L’orientation du projet")
    @ApiResponse(responseCode = "400", description = "Un identifiant qui n’est pas un UUID")
    @ApiResponse(responseCode = "404", description = "Un projet inconnu ou que le titulaire du jeton ne peut pas voir")
    OrientationResult orientation(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user) {
        return intakes.project(user, id)
                .map(pistes::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
