package fr.passerelle.intake;

import java.util.List;
import java.util.UUID;

/**
 * The steps other modules keep about a project (referrals and their answers, hand-overs, outcomes, registrations),
 * so that intake tells a project's whole history — to its referents and to its holder — without depending on them.
 */
public interface ProjectSteps {

    /** This module's steps of the project, in any order. */
    List<ProjectStep> of(UUID projectId);
}
