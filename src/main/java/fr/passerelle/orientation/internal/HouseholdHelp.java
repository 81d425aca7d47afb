package fr.passerelle.orientation.internal;

import fr.passerelle.common.HouseholdNeed;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import java.util.Optional;

/**
 * What answers a household's need when it moves in: housing advice for housing, mobility services for getting
 * around, early-childhood services for childcare (the directory's health and social care field), and what serves job
 * seekers for a partner's job.
 */
public final class HouseholdHelp {

    private HouseholdHelp() {}

    /** The field of the schemes and organisations that help with it; none for a job, which is a kind of project. */
    public static Optional<Sector> field(HouseholdNeed need) {
        return switch (need) {
            case LOGEMENT -> Optional.of(Sector.HABITAT_LOGEMENT);
            case MOBILITE -> Optional.of(Sector.MOBILITE);
            case GARDE_ENFANTS -> Optional.of(Sector.SANTE_SOCIAL);
            case EMPLOI_CONJOINT -> Optional.empty();
        };
    }

    /** The kind of project whose schemes help: a partner looking for a job is a job seeker. */
    public static Optional<ProjectKind> kind(HouseholdNeed need) {
        return need == HouseholdNeed.EMPLOI_CONJOINT ? Optional.of(ProjectKind.RECHERCHE_ACTIVITE) : Optional.empty();
    }
}
