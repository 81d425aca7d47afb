package fr.passerelle.intake;

import fr.passerelle.common.ProjectKind;
import fr.passerelle.intake.internal.Holder;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.Project;
import fr.passerelle.orientation.ProjectProfile;
import java.util.Map;
import java.util.Objects;

/** A project with its holder and the consents in force. */
public record ProjectFile(Holder holder, Project project, Map<ConsentKind, Boolean> consents) {

    public boolean consents(ConsentKind kind) {
        return consents.getOrDefault(kind, false);
    }

    /** What orientation needs to know of the project. */
    public ProjectProfile profile() {
        return new ProjectProfile(
                project.kind(),
                project.stage(),
                project.sectors(),
                project.ess(),
                collective(),
                project.needs(),
                holder.householdNeeds(),
                project.targetCommunes(),
                String.join(" ", Objects.toString(project.title(), ""), Objects.toString(project.description(), "")));
    }

    /** A collective asks, or the project is collective by nature. */
    public boolean collective() {
        return holder.kind() == HolderKind.COLLECTIVE
                || project.kind() == ProjectKind.ENTREPRENEURIAT_COLLECTIF
                || project.kind() == ProjectKind.INITIATIVE_CITOYENNE;
    }
}
