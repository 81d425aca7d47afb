package fr.passerelle.intake.internal;

import fr.passerelle.intake.HolderReferral;
import fr.passerelle.intake.ProjectFile;
import java.util.List;

/** A project as its holder sees it in their space, with the requests it made and the referrals it had. */
public record HolderProject(ProjectFile file, List<IntakeRequest> requests, List<HolderReferral> referrals) {

    public Project project() {
        return file.project();
    }
}
