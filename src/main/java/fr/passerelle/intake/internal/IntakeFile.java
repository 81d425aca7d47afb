package fr.passerelle.intake.internal;

import fr.passerelle.intake.ConsentKind;
import java.util.Map;

/** Everything a referent reads about a request: the request, the holder, the project and the consents in force. */
public record IntakeFile(IntakeRequest request, Holder holder, Project project, Map<ConsentKind, Boolean> consents) {

    public boolean consents(ConsentKind kind) {
        return consents.getOrDefault(kind, false);
    }
}
