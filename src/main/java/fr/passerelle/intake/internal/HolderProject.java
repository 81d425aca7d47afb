package fr.passerelle.intake.internal;

import fr.passerelle.intake.ProjectFile;
import java.util.List;

/** A project as its holder sees it in their space, with the requests it made. */
public record HolderProject(ProjectFile file, List<IntakeRequest> requests) {

    public Project project() {
        return file.project();
    }
}
