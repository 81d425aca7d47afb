package fr.passerelle.programmes.internal;

import fr.passerelle.common.Paris;
import fr.passerelle.events.EventFigures;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.events.Stands;
import fr.passerelle.programmes.internal.Report.Indicator;
import fr.passerelle.programmes.internal.Report.Measure;
import fr.passerelle.programmes.internal.Report.PartnerLine;
import fr.passerelle.programmes.internal.Report.Section;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What the reports say of actions' partners and of the talks held inside stands' fairs: the partners counted by
 * role, the named speakers listed, each talk with its own attendance, and the stand's territories counted.
 */
@Component
@RequiredArgsConstructor
class PartnerSections {

    private final ActionPartners partners;
    private final EventIndicators events;
    private final Stands stands;

    /** The stand's section with the territories that held the stand counted first, and its talks held. */
    Section standSection(Section tallies, ProgrammeAction action) {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(
                count("standTerritories", stands.territories(action.eventId()).size()));
        indicators.addAll(tallies.indicators());
        indicators.add(count("talksHeld", partners.talksOf(List.of(action.id())).size()));
        return new Section(tallies.title(), indicators);
    }

    /** Each talk held inside the stand's fair, with its own participants and attendance. */
    List<Section> talkSections(ProgrammeAction action) {
        List<ActionTalk> talks = partners.talksOf(List.of(action.id()));
        Map<UUID, EventFigures> figures = figures(talks);
        List<Section> sections = new ArrayList<>();
        for (ActionTalk talk : talks) {
            EventFigures held = figures.get(talk.eventId());
            if (held != null) {
                String suffix = "_" + talk.eventId();
                sections.add(new Section(
                        Words.of(
                                "report.section.talk",
                                talk.title(),
                                Words.day(talk.startsAt()
                                        .atZoneSameInstant(Paris.ZONE)
                                        .toLocalDate())),
                        List.of(
                                count("talkParticipants" + suffix, "talkParticipants", held.registered()),
                                count("talkAttended" + suffix, "talkAttended", held.attended()),
                                new Indicator(
                                        "talkAttendanceRate" + suffix,
                                        Words.of("report.indicator.talkAttendanceRate"),
                                        held.attendanceRate(),
                                        Measure.RATE))));
            }
        }
        return sections;
    }

    /** The talks held inside the fairs of these (held) stands, added up. */
    Section talksSection(Collection<UUID> standActions) {
        List<ActionTalk> talks = partners.talksOf(standActions);
        Collection<EventFigures> figures = figures(talks).values();
        return new Section(
                Words.of("report.section.talks"),
                List.of(
                        count("talksHeld", talks.size()),
                        count(
                                "talkParticipants",
                                figures.stream()
                                        .mapToInt(EventFigures::registered)
                                        .sum()),
                        count(
                                "talkAttended",
                                figures.stream()
                                        .mapToInt(EventFigures::attended)
                                        .sum())));
    }

    /** The partners counted: organisations (each once), by role, and the speakers named. */
    Section partnersSection(List<ActionPartner> all) {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(count(
                "actionPartners",
                all.stream().map(ActionPartner::organisationId).distinct().count()));
        for (PartnerRole role : PartnerRole.values()) {
            indicators.add(new Indicator(
                    "partners_" + role.code(),
                    Words.of("report.indicator.partnerRole." + role.code()),
                    (double) all.stream()
                            .filter(partner -> partner.role() == role)
                            .map(ActionPartner::organisationId)
                            .distinct()
                            .count(),
                    Measure.COUNT));
        }
        indicators.add(count(
                "speakersNamed",
                all.stream()
                        .filter(partner -> partner.speakerName() != null)
                        .map(partner -> partner.speakerName().toLowerCase(java.util.Locale.ROOT))
                        .distinct()
                        .count()));
        return new Section(Words.of("report.section.partners"), indicators);
    }

    List<ActionPartner> partnersOf(Collection<UUID> actionIds) {
        return partners.of(actionIds);
    }

    /** The partners as the report lists them; with the actions' titles in a programme's report. */
    static List<PartnerLine> lines(List<ActionPartner> all, Map<UUID, String> actionTitles) {
        return all.stream()
                .map(partner -> new PartnerLine(
                        partner.organisation(),
                        Words.of(partner.role().messageKey()),
                        partner.speakerName() == null
                                ? null
                                : partner.speakerFunction() == null
                                        ? partner.speakerName()
                                        : partner.speakerName() + ", " + partner.speakerFunction(),
                        actionTitles == null ? null : actionTitles.get(partner.actionId())))
                .toList();
    }

    private Map<UUID, EventFigures> figures(List<ActionTalk> talks) {
        return events.figures(talks.stream().map(ActionTalk::eventId).toList()).stream()
                .collect(Collectors.toMap(EventFigures::eventId, Function.identity()));
    }

    private static Indicator count(String key, long value) {
        return count(key, key, value);
    }

    private static Indicator count(String key, String label, long value) {
        return new Indicator(key, Words.of("report.indicator." + label), (double) value, Measure.COUNT);
    }
}
