package fr.passerelle.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event of the agenda.
 *
 * @param capacity the places, null when unlimited
 * @param onlineLink the link of an online event, for registrants only
 */
public record Event(
        UUID id,
        EventKind kind,
        String title,
        String programme,
        String audience,
        String speakers,
        UUID organiserId,
        String partners,
        String demarche,
        EventMode mode,
        String place,
        String communeCode,
        String onlineLink,
        Integer capacity,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        boolean approvalRequired,
        List<String> keywords,
        String status,
        boolean featured,
        UUID perimeterId,
        OffsetDateTime startsAt,
        List<Slot> slots,
        List<Question> questions) {

    /** A time the event takes place: a morning, an afternoon, a day. */
    public record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt) {}

    /** A question asked to registrants. */
    public record Question(int position, String label, boolean required) {}

    public OffsetDateTime endsAt() {
        return slots.isEmpty() ? startsAt : slots.get(slots.size() - 1).endsAt();
    }

    /** Whether registrations are taken at that moment. */
    public boolean open(OffsetDateTime now) {
        return "published".equals(status)
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && (registrationClosesAt == null ? now.isBefore(startsAt) : now.isBefore(registrationClosesAt));
    }
}
