package fr.passerelle.intake;

import java.util.List;
import java.util.UUID;

/**
 * The referrals of a project as its holder reads them in their space: where they were sent, what the structure
 * answered and, once it accepted, how to reach it. Implemented by the module that refers projects (pathway), so that
 * intake shows them without depending on it; the professionals' messages, notes and questions are never part of it.
 */
public interface ProjectReferrals {

    /** The project's referrals, oldest first. */
    List<HolderReferral> of(UUID projectId);
}
