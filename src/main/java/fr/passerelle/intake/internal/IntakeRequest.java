package fr.passerelle.intake.internal;

import fr.passerelle.intake.IntakeChannel;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request to be welcomed, where it went and who took it.
 *
 * @param enteredBy the desk agent who typed it for the person; null when the holder sent it
 */
public record IntakeRequest(
        UUID id,
        String reference,
        UUID projectId,
        IntakeChannel channel,
        UUID deskOrganisationId,
        UUID referentId,
        String referentName,
        OffsetDateTime takenAt,
        String listeningNote,
        OffsetDateTime listeningNoteAt,
        OffsetDateTime createdAt,
        UUID enteredBy) {

    public boolean taken() {
        return referentId != null;
    }
}
