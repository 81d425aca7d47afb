package fr.passerelle.orientation;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Vocabulary;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The results that answer one of the project's needs ({@code common.Need}) or of its household's
 * ({@link HouseholdNeed}), best first.
 */
public record NeedGroup(@Schema(type = "string", description = "Le code du besoin") Vocabulary need, List<Pick> picks) {

    /** Whether the group answers the household's need rather than the project's. */
    public boolean household() {
        return need instanceof HouseholdNeed;
    }
}
