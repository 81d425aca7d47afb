package fr.passerelle.orientation;

import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.common.Sector;
import java.util.List;

/**
 * What orientation needs to know of a project, whoever holds it.
 *
 * @param collective a collective asks, or the project is collective by nature
 * @param targetCommunes INSEE codes of the communes where the project would take place, the first the main one
 */
public record ProjectProfile(
        ProjectKind kind,
        ProjectStage stage,
        List<Sector> sectors,
        boolean ess,
        boolean collective,
        List<Need> needs,
        List<String> targetCommunes) {}
