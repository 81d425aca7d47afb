package fr.passerelle.intake;

import fr.passerelle.common.ProjectKind;

/** A project with its holder. */
public record ProjectFile(Holder holder, Project project) {

    /** A collective asks, or the project is collective by nature. */
    public boolean collective() {
        return holder.kind() == HolderKind.COLLECTIVE
                || project.kind() == ProjectKind.ENTREPRENEURIAT_COLLECTIF
                || project.kind() == ProjectKind.INITIATIVE_CITOYENNE;
    }
}
