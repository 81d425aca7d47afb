package fr.passerelle.programmes.internal;

import static fr.passerelle.programmes.internal.FrenchFigures.decimal;
import static fr.passerelle.programmes.internal.FrenchFigures.number;
import static fr.passerelle.programmes.internal.Words.day;
import static fr.passerelle.programmes.internal.Words.plain;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.MonthRange;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Texts;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.EventFigures;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.groups.Groups;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.IntakeIndicators;
import fr.passerelle.offers.OfferIndicators;
import fr.passerelle.pathway.PathwayIndicators;
import fr.passerelle.programmes.internal.EventTotals.Participation;
import fr.passerelle.programmes.internal.EventTotals.StandTallies;
import fr.passerelle.programmes.internal.Report.About;
import fr.passerelle.programmes.internal.Report.ActionLine;
import fr.passerelle.programmes.internal.Report.Chart;
import fr.passerelle.programmes.internal.Report.Indicator;
import fr.passerelle.programmes.internal.Report.Measure;
import fr.passerelle.programmes.internal.Report.Recalled;
import fr.passerelle.programmes.internal.Report.Section;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports (bilans) of actions and programmes: the indicators computed from the other modules' figures — events'
 * participants, partners, attendance and satisfaction, stands' tallies and leads, offers published, welcome
 * requests, referrals and their outcomes, installations — beside what the coordinator wrote. Figures only, never a
 * person. The report holds figures and {@link Words}: the page writes them in the reader's language, the documents in
 * French, the language of the funders who read them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ProgrammeReports {
    private static final Locale FRENCH = Locale.FRENCH;

    private final Programmes programmes;
    private final EventIndicators events;
    private final OfferIndicators offers;
    private final IntakeIndicators intakes;
    private final PathwayIndicators pathway;
    private final Directory directory;
    private final Groups groups;
    private final ReportExecutor executor;
    private final PartnerSections partnership;

    private final NetworkScopes scopes;

    /**
     * The report of one action.
     *
     * @throws ProgrammeNotFoundException when there is no such action
     */
    public Report action(AccountUser user, UUID actionId) {
        ProgrammeAction action = programmes.action(user, actionId);
        Programme programme = programmes.programme(user, action.programmeId());
        List<Section> sections = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        Words subtitle = actionFigures(action, sections, charts);
        List<ActionPartner> partners = partnership.partnersOf(List.of(action.id()));
        partnerFigures(action, partners, sections);
        List<String> own = Texts.items(action.objectives(), "[\\r\\n]+");
        return new Report(
                "action",
                action.id(),
                new About(
                        plain(action.title()),
                        held(
                                        action,
                                        action.eventId() == null
                                                ? null
                                                : events.figures(action.eventId())
                                                        .orElse(null))
                                ? subtitle
                                : text("report.subtitle", subtitle, text("report.planned")),
                        programme.id(),
                        programme.name()),
                new Recalled(
                        own.isEmpty() ? programme.objectives() : own,
                        own.isEmpty() && !programme.objectives().isEmpty(),
                        plainOrNull(action.description()),
                        action.assessment()),
                sections,
                charts,
                List.of(),
                OffsetDateTime.now(),
                PartnerSections.lines(partners, null));
    }

    /**
     * A stand's territories and the talks held inside its fair (its own attendance each), then the action's partners.
     * The stand's costs and their shares are the budgets' sections, apart from these.
     */
    private void partnerFigures(ProgrammeAction action, List<ActionPartner> partners, List<Section> sections) {
        if (action.kind() == ActionKind.STAND && action.eventId() != null && !sections.isEmpty()) {
            sections.set(0, partnership.standSection(sections.get(0), action));
            sections.addAll(1, partnership.talkSections(action));
        }
        if (!partners.isEmpty()) {
            sections.add(partnership.partnersSection(partners));
        }
    }

    /** Adds what the action counts (its event's, its group's or its campaign's figures); returns its subtitle. */
    private Words actionFigures(ProgrammeAction action, List<Section> sections, List<Chart> charts) {
        Words kind = text(action.kind().messageKey());
        EventFigures figures = action.eventId() == null
                ? null
                : events.figures(action.eventId()).orElse(null);
        if (figures != null) {
            eventSections(figures, sections, charts);
            Words day = day(figures.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate());
            return text(
                    "report.subtitle",
                    kind,
                    figures.place() == null ? day : text("report.subtitle.place", day, figures.place()));
        }
        if (action.kind() == ActionKind.GROUPE_TRAVAIL && action.groupId() != null) {
            groupSection(action).ifPresent(sections::add);
        } else if (action.kind() == ActionKind.CAMPAGNE_OFFRES && action.periodStart() != null) {
            int published = offers.published(
                    start(action.periodStart()), start(action.periodEnd().plusDays(1)));
            sections.add(new Section(text("report.section.offers"), List.of(count("offersPublished", published))));
            return text(
                    "report.subtitle", kind, text("report.period", day(action.periodStart()), day(action.periodEnd())));
        }
        return text("report.subtitle", kind, String.valueOf(action.year()));
    }

    private Optional<Section> groupSection(ProgrammeAction action) {
        Groups.GroupFigures group = groups.figures(action.groupId(), action.year());
        return groups.byId(action.groupId())
                .map(found -> new Section(
                        text("report.section.group", found.name()),
                        List.of(
                                count("groupMembers", group.members()),
                                count("groupMeetings", group.meetings()),
                                count("groupPresent", group.present()),
                                count("groupMinutes", group.minutesWritten()))));
    }

    /**
     * The report of a programme: its actions' figures added up, and the network's activity over its years.
     *
     * @throws ProgrammeNotFoundException when there is no such programme
     */
    public Report programme(AccountUser user, UUID programmeId) {
        Programme programme = programmes.programme(user, programmeId);
        List<ProgrammeAction> all = programmes.actions(user, programmeId);
        Map<UUID, EventFigures> byEvent = figuresByEvent(all);
        List<ProgrammeAction> actions = inOrder(all, byEvent);
        MonthRange years = MonthRange.years(programme.firstYear(), programme.lastYear());
        NetworkScope network = scopes.network(programmes.networkOf(programmeId).orElseThrow());
        PathwayIndicators.ReferralFigures referrals =
                pathway.period(years, network.pathway()).figures();
        List<Section> sections = new ArrayList<>(List.of(
                actionsSection(actions, byEvent),
                participation(Participation.of(held(actions, byEvent, false))),
                stands("report.section.stands", StandTallies.of(held(actions, byEvent, true)))));
        List<UUID> heldStands = actions.stream()
                .filter(action -> action.kind() == ActionKind.STAND && held(action, eventOf(action, byEvent)))
                .map(ProgrammeAction::id)
                .toList();
        Section talks = partnership.talksSection(heldStands);
        if (talks.indicators().get(0).number() > 0) {
            sections.add(talks);
        }
        List<ActionPartner> partners =
                partnership.partnersOf(actions.stream().map(ProgrammeAction::id).toList());
        if (!partners.isEmpty()) {
            sections.add(partnership.partnersSection(partners));
        }
        sections.add(networkSection(programme, years, referrals, network));
        sections.add(OutcomeSection.of(pathway.outcomesIn(years, network.pathway())));
        return new Report(
                "programme",
                programme.id(),
                new About(
                        plain(programme.name()),
                        lead(programme)
                                .map(lead -> text("report.subtitle", programme.years(), text("report.lead", lead)))
                                .orElse(plain(programme.years())),
                        programme.id(),
                        programme.name()),
                new Recalled(
                        programme.objectives(), false, plainOrNull(programme.description()), programme.assessment()),
                sections,
                programmeCharts(actions, byEvent, referrals),
                lines(actions, byEvent),
                OffsetDateTime.now(),
                PartnerSections.lines(
                        partners,
                        actions.stream().collect(Collectors.toMap(ProgrammeAction::id, ProgrammeAction::title))));
    }

    /** By year, then by date: held actions in the order they took place, planned ones last. */
    private static List<ProgrammeAction> inOrder(List<ProgrammeAction> actions, Map<UUID, EventFigures> byEvent) {
        return actions.stream()
                .sorted(Comparator.comparingInt(ProgrammeAction::year)
                        .thenComparing(action -> !held(action, eventOf(action, byEvent)))
                        .thenComparing(action -> action.eventId() != null && byEvent.containsKey(action.eventId())
                                ? byEvent.get(action.eventId()).startsAt().toLocalDate()
                                : action.periodStart() == null ? LocalDate.MAX : action.periodStart()))
                .toList();
    }

    /**
     * Whether the action took place: not planned, and its event (when it has one) has begun. An action on an event
     * still to come counts as planned, whatever its form says, so that no report counts what has not happened yet.
     */
    private static boolean held(ProgrammeAction action, EventFigures figures) {
        return !action.planned() && (figures == null || !figures.startsAt().isAfter(OffsetDateTime.now()));
    }

    private static EventFigures eventOf(ProgrammeAction action, Map<UUID, EventFigures> byEvent) {
        return action.eventId() == null ? null : byEvent.get(action.eventId());
    }

    /** The figures of the held actions' events: the stands', or the other events'. */
    private static List<EventFigures> held(
            List<ProgrammeAction> actions, Map<UUID, EventFigures> byEvent, boolean stands) {
        return actions.stream()
                .filter(action ->
                        held(action, eventOf(action, byEvent)) && (action.kind() == ActionKind.STAND) == stands)
                .map(action -> action.eventId() == null ? null : byEvent.get(action.eventId()))
                .filter(Objects::nonNull)
                .toList();
    }

    private Section actionsSection(List<ProgrammeAction> actions, Map<UUID, EventFigures> byEvent) {
        long held = actions.stream()
                .filter(action -> held(action, eventOf(action, byEvent)))
                .count();
        return new Section(
                text("report.section.actions"),
                List.of(
                        count("actionsHeld", held),
                        count("actionsPlanned", actions.size() - held),
                        count("sessionsHeld", held(actions, byEvent, false).size()),
                        count("standsHeld", held(actions, byEvent, true).size())));
    }

    /** The programme's network's offers, welcome requests and referrals over the programme's years. */
    private Section networkSection(
            Programme programme, MonthRange years, PathwayIndicators.ReferralFigures referrals, NetworkScope scope) {
        List<Indicator> network = welcome(
                offers.publishedIn(years.from(), years.to(), scope.departements()),
                intakes.requestsAt(years, scope.desks()));
        network.addAll(referrals(referrals));
        return new Section(text("report.section.network", programme.years()), network);
    }

    private List<Chart> programmeCharts(
            List<ProgrammeAction> actions,
            Map<UUID, EventFigures> byEvent,
            PathwayIndicators.ReferralFigures referrals) {
        List<Chart> charts = new ArrayList<>();
        peopleByAction(actions, byEvent).ifPresent(charts::add);
        if (referrals.sent() > 0) {
            charts.add(outcomesChart(referrals));
        }
        return charts;
    }

    /** How many people each held event of the programme gathered: registered, or advised on a stand. */
    private Optional<Chart> peopleByAction(List<ProgrammeAction> actions, Map<UUID, EventFigures> byEvent) {
        List<Words> titles = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ProgrammeAction action : actions) {
            EventFigures figures = action.eventId() == null ? null : byEvent.get(action.eventId());
            if (figures != null && held(action, figures)) {
                titles.add(plain(shorten(action.title())));
                values.add(
                        (double) (action.kind() == ActionKind.STAND ? figures.holdersAdvised() : figures.registered()));
            }
        }
        return titles.isEmpty()
                ? Optional.empty()
                : Optional.of(new Chart("peopleByAction", text("report.chart.peopleByAction"), titles, values));
    }

    private Optional<String> lead(Programme programme) {
        return directory.organisationName(programme.leadOrganisationId());
    }

    /** A territory the yearly report is limited to: its name, its communes, and its agents' perimeter. */
    public record TerritoryScope(String name, List<String> communes, UUID perimeter) {}

    /** Every funder named by a programme, in alphabetical order. */
    public List<String> funders(AccountUser user) {
        return programmes.all(user).stream()
                .flatMap(programme -> programme.funders().stream())
                .distinct()
                .sorted(java.text.Collator.getInstance(FRENCH))
                .toList();
    }

    /** The welcome's and pathway's figures of a year, read while the events are added up. */
    private record WelcomeReadings(
            CompletableFuture<Map<IntakeChannel, Integer>> requests,
            CompletableFuture<Integer> offers,
            CompletableFuture<PathwayIndicators.ReferralFigures> referrals) {}

    /**
     * The network's activity over a year: its events, stands, offers, welcome requests, referrals and
     * installations, and the programmes' actions of the year. With a funder, only the actions of the programmes it
     * funds (the network's other figures are not its own); with a territory, what happened there (events held or
     * published there, offers and installations in its communes, requests naming them).
     */
    public Report annual(AccountUser user, int year, String funder, TerritoryScope territory) {
        return annual(user, year, funder, territory, scopes.of(user, null));
    }

    /**
     * The same for a network the user reads (see {@link NetworkScopes#of}), or the national sums: the programmes of
     * that network, its agenda, the requests its desks received (V98), its people's referrals and the installations in
     * its régions (V97), the offers published in its régions.
     */
    public Report annual(AccountUser user, int year, String funder, TerritoryScope territory, NetworkScope scope) {
        List<ProgrammeAction> actions = actionsOfTheYear(user, year, funder, scope);
        MonthRange months = MonthRange.year(year);
        WelcomeReadings welcome = funder == null ? readWelcome(months, territory, scope) : null;
        EventIndicators.PeriodFigures held = events.period(
                months,
                territory == null ? null : territory.communes(),
                territory == null ? null : territory.perimeter(),
                funder == null ? null : eventIds(actions),
                scope.networkId());
        Section kinds = eventsByKind(held);
        List<Section> sections = new ArrayList<>(List.of(
                kinds, participation(Participation.of(held)), stands("report.section.stands", StandTallies.of(held))));
        List<Chart> charts = new ArrayList<>(List.of(chart("eventsByKind", text("report.chart.eventsByKind"), kinds)));
        if (welcome != null) {
            sections.add(welcomeSection(welcome, months, territory, charts));
            sections.add(OutcomeSection.of(
                    territory == null
                            ? pathway.outcomesIn(months, scope.pathway())
                            : pathway.outcomes(months, territory.communes())));
        }
        return annualReport(year, funder, territory, scope, sections, charts, lines(actions, figuresByEvent(actions)));
    }

    /** The actions of the year in the programmes of that year (those the funder funds, with a funder). */
    private List<ProgrammeAction> actionsOfTheYear(AccountUser user, int year, String funder, NetworkScope scope) {
        return programmes.all(user).stream()
                .filter(programme ->
                        scope.national() || programmes.networkOf(programme.id()).equals(Optional.of(scope.networkId())))
                .filter(programme -> funder == null || programme.funders().contains(funder))
                .filter(programme -> programme.firstYear() <= year && programme.lastYear() >= year)
                .flatMap(programme -> programmes.actions(user, programme.id()).stream())
                .filter(action -> action.year() == year)
                .toList();
    }

    private Section eventsByKind(EventIndicators.PeriodFigures held) {
        List<Indicator> kinds = new ArrayList<>();
        held.byKind()
                .forEach((kind, n) -> kinds.add(
                        new Indicator("events_" + kind.code(), text(kind.messageKey()), (double) n, Measure.COUNT)));
        return new Section(text("report.section.events"), kinds);
    }

    /** A chart of a section's indicators, by their labels. */
    private static Chart chart(String key, Words title, Section section) {
        return new Chart(
                key,
                title,
                section.indicators().stream().map(Indicator::label).toList(),
                section.indicators().stream().map(Indicator::number).toList());
    }

    private WelcomeReadings readWelcome(MonthRange months, TerritoryScope territory, NetworkScope scope) {
        List<String> communes = territory == null ? null : territory.communes();
        boolean network = territory == null && !scope.national();
        return new WelcomeReadings(
                CompletableFuture.supplyAsync(
                        () -> network ? intakes.requestsAt(months, scope.desks()) : intakes.requests(months, communes),
                        executor.pool()),
                CompletableFuture.supplyAsync(
                        () -> network
                                ? offers.publishedIn(months.from(), months.to(), scope.departements())
                                : offers.published(months.from(), months.to(), communes),
                        executor.pool()),
                territory != null
                        ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.supplyAsync(
                                () -> pathway.period(months, scope.pathway()).figures(), executor.pool()));
    }

    /** Offers, welcome requests, and the referrals (the installations only, for a territory). */
    private Section welcomeSection(
            WelcomeReadings readings, MonthRange months, TerritoryScope territory, List<Chart> charts) {
        List<Indicator> welcome =
                welcome(readings.offers().join(), readings.requests().join());
        if (territory == null) {
            PathwayIndicators.ReferralFigures referrals = readings.referrals().join();
            welcome.addAll(referrals(referrals));
            if (referrals.sent() > 0) {
                charts.add(outcomesChart(referrals));
            }
        } else {
            int[] installed = pathway.installations(months, territory.communes());
            welcome.add(count("installations", installed[0]));
            welcome.add(count("jobs", installed[1]));
        }
        return new Section(text("report.section.welcome"), welcome);
    }

    private Report annualReport(
            int year,
            String funder,
            TerritoryScope territory,
            NetworkScope scope,
            List<Section> sections,
            List<Chart> charts,
            List<ActionLine> lines) {
        return new Report(
                "annual",
                null,
                new About(
                        text("report.annual.title", String.valueOf(year)),
                        annualScope(funder, territory, scope),
                        null,
                        null),
                new Recalled(List.of(), false, funder == null ? null : text("report.annual.funderNote"), null),
                sections,
                charts,
                lines,
                OffsetDateTime.now(),
                List.of());
    }

    /** Whose actions and where: the whole network, a funder's, a territory's, or both. */
    private static Words annualScope(String funder, TerritoryScope territory, NetworkScope scope) {
        if (funder == null && territory == null && scope.national()) {
            return text("report.annual.national");
        }
        if (funder != null && territory != null) {
            return text("report.annual.funderAndTerritory", funder, territory.name());
        }
        if (funder != null) {
            return text("report.annual.funder", funder);
        }
        return territory == null ? text("report.annual.all") : text("report.annual.territory", territory.name());
    }

    private static List<UUID> eventIds(List<ProgrammeAction> actions) {
        return actions.stream()
                .map(ProgrammeAction::eventId)
                .filter(Objects::nonNull)
                .toList();
    }

    private Map<UUID, EventFigures> figuresByEvent(List<ProgrammeAction> actions) {
        return events.figures(eventIds(actions)).stream()
                .collect(Collectors.toMap(EventFigures::eventId, Function.identity()));
    }

    /** The actions as the report lists them: what each is, when, and its main figures in a sentence. */
    private List<ActionLine> lines(List<ProgrammeAction> actions, Map<UUID, EventFigures> byEvent) {
        return actions.stream()
                .map(action -> {
                    EventFigures figures = action.eventId() == null ? null : byEvent.get(action.eventId());
                    return new ActionLine(
                            action.id(),
                            action.title(),
                            text(action.kind().messageKey()),
                            action.year(),
                            figures == null ? plain("") : when(figures),
                            figures == null ? null : firstDay(figures),
                            figures == null ? null : lastDay(figures),
                            !held(action, figures),
                            summary(action, figures));
                })
                .toList();
    }

    private Section participation(Participation held) {
        return new Section(
                text("report.section.participation"),
                List.of(
                        count("participants", held.registered()),
                        count("partners", held.partners()),
                        count("attended", held.attended()),
                        rate("attendanceRate", held.attendanceRate()),
                        count("surveyAnswers", held.surveyAnswers()),
                        average("satisfaction", held.satisfaction())));
    }

    private Section stands(String titleKey, StandTallies tallies) {
        List<Indicator> indicators = new ArrayList<>(List.of(
                count("holdersAdvised", tallies.holdersAdvised()),
                count("partnersVisiting", tallies.partnersVisiting()),
                count("leads", tallies.leads())));
        if (tallies.leadsFollowed() != null) {
            indicators.add(count("leadsFollowed", tallies.leadsFollowed()));
        }
        indicators.add(count("leadsConverted", tallies.leadsConverted()));
        return new Section(text(titleKey), indicators);
    }

    private void eventSections(EventFigures figures, List<Section> sections, List<Chart> charts) {
        if (figures.kind() == fr.passerelle.events.EventKind.STAND) {
            standSections(figures, sections, charts);
            return;
        }
        sections.add(new Section(
                text("report.section.participation"),
                List.of(
                        count("participants", figures.registered()),
                        count("partners", figures.partners()),
                        count("attended", figures.attended()),
                        count("absent", figures.absent()),
                        rate("attendanceRate", figures.attendanceRate()),
                        count("waitlisted", figures.waitlisted()))));
        sections.add(new Section(
                text("report.section.satisfaction"),
                List.of(
                        count("surveyAnswers", figures.surveyAnswers()),
                        average("satisfaction", figures.satisfaction()))));
        if (figures.surveyAnswers() > 0) {
            charts.add(new Chart(
                    "marks",
                    text("report.chart.marks"),
                    figures.marks().keySet().stream()
                            .map(mark -> text("report.mark", String.valueOf(mark)))
                            .toList(),
                    figures.marks().values().stream().map(Integer::doubleValue).toList()));
        }
    }

    /** A stand's tallies, and the leads it gathered by territory. */
    private void standSections(EventFigures figures, List<Section> sections, List<Chart> charts) {
        sections.add(stands("report.section.stand", StandTallies.of(List.of(figures))));
        charts.add(new Chart(
                "standTallies",
                text("report.chart.standTallies"),
                List.of(text("report.indicator.holdersAdvised"), text("report.indicator.partnersVisiting")),
                List.of((double) figures.holdersAdvised(), (double) figures.partnersVisiting())));
        if (figures.leadsByTerritory().isEmpty()) {
            return;
        }
        List<Indicator> territories = new ArrayList<>();
        figures.leadsByTerritory()
                .forEach((organisation, n) -> territories.add(
                        new Indicator("leads_" + organisation, territory(organisation), (double) n, Measure.COUNT)));
        Section leads = new Section(text("report.section.leadsByTerritory"), territories);
        sections.add(leads);
        charts.add(chart("leadsByTerritory", leads.title(), leads));
    }

    /** An action's main figures in a sentence, for the programme's list. */
    private static Words summary(ProgrammeAction action, EventFigures figures) {
        if (!held(action, figures)) {
            return text("report.planned");
        }
        if (figures == null) {
            return plain("");
        }
        if (figures.kind() == fr.passerelle.events.EventKind.STAND) {
            // The figures as written, then as numbers for the nouns' plural.
            return text(
                    "report.summary.stand",
                    number(figures.holdersAdvised()),
                    number(figures.partnersVisiting()),
                    number(figures.leads()),
                    figures.holdersAdvised(),
                    figures.partnersVisiting(),
                    figures.leads());
        }
        Words summary = text(
                "report.summary.session",
                number(figures.registered()),
                number(figures.partners()),
                figures.registered(),
                figures.partners());
        return figures.satisfaction() == null
                ? summary
                : text("report.summary.satisfaction", summary, decimal(figures.satisfaction()));
    }

    /** "19 mai 2016", or "du 15 au 16 juin 2016" over several days. */
    private static LocalDate firstDay(EventFigures figures) {
        return figures.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
    }

    private static LocalDate lastDay(EventFigures figures) {
        return figures.endsAt() == null
                ? firstDay(figures)
                : figures.endsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
    }

    private static Words when(EventFigures figures) {
        LocalDate first = firstDay(figures);
        LocalDate last = lastDay(figures);
        if (last.equals(first)) {
            return day(first);
        }
        Object from = first.getYear() != last.getYear()
                ? day(first)
                : first.getMonth() != last.getMonth()
                        ? Words.dayAndMonth(first)
                        : String.valueOf(first.getDayOfMonth());
        return text("report.days", from, day(last));
    }

    private Words territory(UUID organisation) {
        return plain(directory.organisationName(organisation).orElse("—"));
    }

    /** The welcome's figures: offers published, welcome requests, those that came from stands and sessions. */
    private List<Indicator> welcome(int offersPublished, Map<IntakeChannel, Integer> requests) {
        List<Indicator> welcome = new ArrayList<>();
        welcome.add(count("offersPublished", offersPublished));
        welcome.add(count(
                "intakes",
                requests.values().stream().mapToInt(Integer::intValue).sum()));
        welcome.add(count("intakesFromStands", requests.get(IntakeChannel.STAND)));
        welcome.add(count("intakesFromSessions", requests.get(IntakeChannel.SESSION)));
        return welcome;
    }

    /** The referrals sent and answered, their outcomes, the installations and the jobs they made. */
    private List<Indicator> referrals(PathwayIndicators.ReferralFigures referrals) {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(count("referralsSent", referrals.sent()));
        indicators.add(count("referralsAccepted", referrals.accepted()));
        indicators.add(count("referralsDeclined", referrals.declined()));
        indicators.add(count("referralsExpired", referrals.expired()));
        referrals
                .outcomes()
                .forEach((outcome, n) -> indicators.add(new Indicator(
                        "outcome_" + outcome,
                        text("report.indicator.outcome", text("outcome." + outcome)),
                        (double) n,
                        Measure.COUNT)));
        indicators.add(count("installations", referrals.installations()));
        indicators.add(count("jobs", referrals.jobs()));
        return indicators;
    }

    private static Chart outcomesChart(PathwayIndicators.ReferralFigures referrals) {
        return new Chart(
                "outcomes",
                text("report.chart.outcomes"),
                referrals.outcomes().keySet().stream()
                        .map(code -> text("outcome." + code))
                        .toList(),
                referrals.outcomes().values().stream().map(Integer::doubleValue).toList());
    }

    private static Indicator count(String key, long value) {
        return new Indicator(key, text("report.indicator." + key), (double) value, Measure.COUNT);
    }

    private static Indicator rate(String key, Double value) {
        return new Indicator(key, text("report.indicator." + key), value, Measure.RATE);
    }

    private static Indicator average(String key, Double value) {
        return new Indicator(key, text("report.indicator." + key), value, Measure.AVERAGE);
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }

    private static Words plainOrNull(String text) {
        return text == null ? null : plain(text);
    }

    private static Words text(String key, Object... arguments) {
        return Words.of(key, arguments);
    }
}
