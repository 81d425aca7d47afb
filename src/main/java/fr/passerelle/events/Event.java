package fr.passerelle.events;

import fr.passerelle.common.Paris;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event of the agenda: what its organisers wrote, and what the platform records of it.
 *
 * @param written the event as its organisers wrote it (its draft), read through the accessors below
 * @param revision how many times its organisers changed it (iCalendar's SEQUENCE)
 */
public record Event(
        UUID id,
        EventDraft written,
        String status,
        int revision,
        boolean featured,
        UUID perimeterId,
        OffsetDateTime startsAt) {

    /**
     * A time the event takes place (a session: a morning, an afternoon, a day).
     *
     * @param uid its iCalendar UID, kept while the session lasts; null for a session not yet recorded
     * @param capacity the session's own places, null when its registrations are not counted per session
     * @param cancelled whether the organisers cancelled this session alone: it stays shown, takes no registration
     */
    public record Slot(
            OffsetDateTime startsAt, OffsetDateTime endsAt, String uid, Integer capacity, boolean cancelled) {

        public Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String uid, Integer capacity) {
            this(startsAt, endsAt, uid, capacity, false);
        }

        public Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, String uid) {
            this(startsAt, endsAt, uid, null);
        }

        public Slot(OffsetDateTime startsAt, OffsetDateTime endsAt) {
            this(startsAt, endsAt, null, null);
        }

        /** The same session under that UID. */
        public Slot withUid(String other) {
            return new Slot(startsAt, endsAt, other, capacity, cancelled);
        }

        /** Its length in minutes. */
        public long minutes() {
            return java.time.Duration.between(startsAt, endsAt).toMinutes();
        }
    }

    /** A question asked to registrants. */
    public record Question(int position, String label, boolean required) {}

    /** The event as a draft to change or copy. */
    public EventDraft draft() {
        return written;
    }

    /** A copy of the event on other slots; registrations open from its publication until it starts. */
    public EventDraft copyOn(List<Slot> otherSlots) {
        return written.on(otherSlots, null, null);
    }

    /** The sessions that take place: those not cancelled on their own, in order. */
    public List<Slot> openSlots() {
        return slots().stream().filter(slot -> !slot.cancelled()).toList();
    }

    /** Whether some session holds its own places: registrations then take a seat per session. */
    public boolean seatsPerSession() {
        return slots().stream().anyMatch(slot -> slot.capacity() != null);
    }

    /** Whether registrations are counted against places: the event's, or a session's. */
    public boolean limited() {
        return capacity() != null || seatsPerSession();
    }

    /** Whether a registration names its sessions: the event has several, or one with its own places. */
    public boolean sessionsChosen() {
        return slots().size() > 1 || seatsPerSession();
    }

    /** The event as a registrant holding these sessions sees it: only those sessions (by UID), in order. */
    public Event onSessions(java.util.Collection<String> uids) {
        List<Slot> theirs =
                slots().stream().filter(slot -> uids.contains(slot.uid())).toList();
        return new Event(
                id,
                written.on(theirs, registrationOpensAt(), registrationClosesAt()),
                status,
                revision,
                featured,
                perimeterId,
                startsAt);
    }

    public EventKind kind() {
        return written.kind();
    }

    public String title() {
        return written.title();
    }

    public String programme() {
        return written.programme();
    }

    /** Who the event is for, in the organisers' words. */
    public String audience() {
        return written.audience();
    }

    public List<EventAudience> audiences() {
        return written.audiences();
    }

    public String speakers() {
        return written.speakers();
    }

    public UUID organiserId() {
        return written.organiserId();
    }

    public String partners() {
        return written.partners();
    }

    public String demarche() {
        return written.demarche();
    }

    public EventMode mode() {
        return written.mode();
    }

    public String place() {
        return written.place();
    }

    public String communeCode() {
        return written.communeCode();
    }

    /** The link of an online event, for registrants only. */
    public String onlineLink() {
        return written.onlineLink();
    }

    /** The places, null when unlimited. */
    public Integer capacity() {
        return written.capacity();
    }

    public OffsetDateTime registrationOpensAt() {
        return written.registrationOpensAt();
    }

    public OffsetDateTime registrationClosesAt() {
        return written.registrationClosesAt();
    }

    public boolean approvalRequired() {
        return written.approvalRequired();
    }

    public List<String> keywords() {
        return written.keywords();
    }

    public List<Slot> slots() {
        return written.slots();
    }

    public List<Question> questions() {
        return written.questions();
    }

    public OffsetDateTime endsAt() {
        return slots().isEmpty() ? startsAt : slots().get(slots().size() - 1).endsAt();
    }

    /** The Paris day the event begins. */
    public LocalDate firstDay() {
        return startsAt.atZoneSameInstant(Paris.ZONE).toLocalDate();
    }

    /** The Paris day the event ends. */
    public LocalDate lastDay() {
        return endsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
    }

    /** Whether attendance may be marked at that moment: from the event's first day on (at the door, then after). */
    public boolean attendanceOpen(OffsetDateTime now) {
        return !now.atZoneSameInstant(Paris.ZONE).toLocalDate().isBefore(firstDay());
    }

    /** Whether the event has ended at that moment: its last slot is over. */
    public boolean ended(OffsetDateTime now) {
        return !now.isBefore(endsAt());
    }

    /** Whether that moment falls on one of the event's days, from its first day to its last (Paris days). */
    public boolean underway(OffsetDateTime now) {
        LocalDate today = now.atZoneSameInstant(Paris.ZONE).toLocalDate();
        return !today.isBefore(firstDay()) && !today.isAfter(lastDay());
    }

    /** Whether registrations are taken at that moment. */
    public boolean open(OffsetDateTime now) {
        return "published".equals(status)
                && (registrationOpensAt() == null || !now.isBefore(registrationOpensAt()))
                && (registrationClosesAt() == null ? now.isBefore(startsAt) : now.isBefore(registrationClosesAt()));
    }
}
