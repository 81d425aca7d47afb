package fr.passerelle.intake;

import java.util.List;

/** A project as its holder sees it in their space, with the requests it made. */
public record HolderProject(Holder holder, Project project, List<IntakeRequest> requests) {

    public ProjectFile file() {
        return new ProjectFile(holder, project);
    }
}
