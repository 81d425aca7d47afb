package fr.passerelle.events;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * An event's figures for the reports, computed from its registrations, survey answers, stand tallies and leads; no
 * personal data.
 *
 * @param registered the people registered and not cancelled (confirmed, waitlisted, pending, present, absent)
 * @param partners those among them who came for a structure (they gave their organisation)
 * @param attendanceRate present among those whose attendance was marked, null when none was
 * @param satisfaction the average mark (1 to 5) of the survey's answers, null without answers
 * @param marks how many answers gave each mark, 1 to 5
 * @param holdersAdvised a stand's tally of project holders advised
 * @param partnersVisiting a stand's tally of partners who came to the stand
 * @param leadsByTerritory a stand's leads per territory (organisation) they were routed to
 */
public record EventFigures(
        UUID eventId,
        String title,
        EventKind kind,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String place,
        int registered,
        int partners,
        int attended,
        int absent,
        int waitlisted,
        Double attendanceRate,
        int surveyAnswers,
        Double satisfaction,
        Map<Integer, Integer> marks,
        int holdersAdvised,
        int partnersVisiting,
        int leads,
        int leadsFollowed,
        int leadsConverted,
        Map<UUID, Integer> leadsByTerritory) {}
