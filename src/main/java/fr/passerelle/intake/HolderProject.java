package fr.passerelle.intake;

import java.util.List;

/** A project as its holder sees it in their space, with the requests it made. */
public record HolderProject(ProjectFile file, List<IntakeRequest> requests) {

    public Project project() {
        return file.project();
    }
}
