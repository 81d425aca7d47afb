package fr.passerelle.orientation;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import java.util.List;

/**
 * What orientation needs to know of a project, whoever holds it.
 *
 * @param collective a collective asks, or the project is collective by nature
 * @param household what the household needs to settle (housing, a partner's job, childcare, mobility)
 * @param targetCommunes INSEE codes of the communes where the project would take place, the first the main one
 * @param words the project in its holder's words (title and description), empty when unknown
 */
public record ProjectProfile(
        ProjectKind kind,
        ProjectStage stage,
        List<Sector> sectors,
        boolean ess,
        boolean collective,
        List<Need> needs,
        List<HouseholdNeed> household,
        List<String> targetCommunes,
        String words) {

    public ProjectProfile {
        household = household == null ? List.of() : List.copyOf(household);
        words = words == null ? "" : words;
    }

    /** A project known by its kind, stage, sectors, needs and place only. */
    public ProjectProfile(
            ProjectKind kind,
            ProjectStage stage,
            List<Sector> sectors,
            boolean ess,
            boolean collective,
            List<Need> needs,
            List<String> targetCommunes) {
        this(kind, stage, sectors, ess, collective, needs, List.of(), targetCommunes, "");
    }
}
