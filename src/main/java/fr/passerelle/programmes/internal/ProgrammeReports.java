package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.MonthRange;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.events.EventFigures;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.groups.Groups;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.IntakeIndicators;
import fr.passerelle.offers.OfferIndicators;
import fr.passerelle.pathway.PathwayIndicators;
import fr.passerelle.programmes.internal.Report.ActionLine;
import fr.passerelle.programmes.internal.Report.Chart;
import fr.passerelle.programmes.internal.Report.Indicator;
import fr.passerelle.programmes.internal.Report.Section;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports (bilans) of actions and programmes: the indicators computed from the other modules' figures — events'
 * participants, partners, attendance and satisfaction, stands' tallies and leads, offers published, welcome
 * requests, referrals and their outcomes, installations — beside what the coordinator wrote. Figures only, never a
 * person. Reports are written in French, the language of the funders who read them.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeReports {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

    private final Programmes programmes;
    private final EventIndicators events;
    private final OfferIndicators offers;
    private final IntakeIndicators intakes;
    private final PathwayIndicators pathway;
    private final Directory directory;
    private final Groups groups;
    private final MessageSource messages;
    private final ReportExecutor executor;

    ProgrammeReports(
            Programmes programmes,
            EventIndicators events,
            OfferIndicators offers,
            IntakeIndicators intakes,
            PathwayIndicators pathway,
            Directory directory,
            Groups groups,
            MessageSource messages,
            ReportExecutor executor) {
        this.executor = executor;
        this.groups = groups;
        this.programmes = programmes;
        this.events = events;
        this.offers = offers;
        this.intakes = intakes;
        this.pathway = pathway;
        this.directory = directory;
        this.messages = messages;
    }

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
        String subtitle = text(action.kind().messageKey()) + " — " + action.year();
        EventFigures figures = action.eventId() == null
                ? null
                : events.figures(action.eventId()).orElse(null);
        if (figures != null) {
            subtitle = text(action.kind().messageKey()) + " — "
                    + DAY.format(figures.startsAt().atZoneSameInstant(Paris.ZONE))
                    + (figures.place() == null ? "" : ", " + figures.place());
            eventSections(figures, sections, charts);
        } else if (action.kind() == ActionKind.GROUPE_TRAVAIL && action.groupId() != null) {
            Groups.GroupFigures group = groups.figures(action.groupId(), action.year());
            groups.byId(action.groupId())
                    .ifPresent(found -> sections.add(new Section(
                            text("report.section.group", found.name()),
                            List.of(
                                    count("groupMembers", group.members()),
                                    count("groupMeetings", group.meetings()),
                                    count("groupPresent", group.present()),
                                    count("groupMinutes", group.minutesWritten())))));
        } else if (action.kind() == ActionKind.CAMPAGNE_OFFRES && action.periodStart() != null) {
            subtitle = text(action.kind().messageKey()) + " — "
                    + text("report.period", DAY.format(action.periodStart()), DAY.format(action.periodEnd()));
            int published = offers.published(
                    start(action.periodStart()), start(action.periodEnd().plusDays(1)));
            sections.add(new Section(text("report.section.offers"), List.of(count("offersPublished", published))));
        }
        if (action.planned()) {
            subtitle = subtitle + " — " + text("report.planned");
        }
        return new Report(
                "action",
                action.id(),
                action.title(),
                subtitle,
                programme.id(),
                programme.name(),
                programme.objectives(),
                action.objectives(),
                action.description(),
                action.assessment(),
                sections,
                charts,
                List.of(),
                OffsetDateTime.now());
    }

    /**
     * The report of a programme: its actions' figures added up, and the network's activity over its years.
     *
     * @throws ProgrammeNotFoundException when there is no such programme
     */
    public Report programme(AccountUser user, UUID programmeId) {
        Programme programme = programmes.programme(user, programmeId);
        List<ProgrammeAction> actions = programmes.actions(user, programmeId);
        Map<UUID, EventFigures> byEvent =
                events
                        .figures(actions.stream()
                                .map(ProgrammeAction::eventId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(EventFigures::eventId, Function.identity()));
        // By year, then by date: held actions in the order they took place, planned ones last.
        actions = actions.stream()
                .sorted(java.util.Comparator.comparingInt(ProgrammeAction::year)
                        .thenComparing(ProgrammeAction::planned)
                        .thenComparing(action -> action.eventId() != null && byEvent.containsKey(action.eventId())
                                ? byEvent.get(action.eventId()).startsAt().toLocalDate()
                                : action.periodStart() == null ? LocalDate.MAX : action.periodStart()))
                .toList();
        List<EventFigures> sessions = new ArrayList<>();
        List<EventFigures> stands = new ArrayList<>();
        List<ActionLine> lines = new ArrayList<>();
        for (ProgrammeAction action : actions) {
            EventFigures figures = action.eventId() == null ? null : byEvent.get(action.eventId());
            if (figures != null && !action.planned()) {
                (action.kind() == ActionKind.STAND ? stands : sessions).add(figures);
            }
            lines.add(new ActionLine(
                    action.id(),
                    action.title(),
                    text(action.kind().messageKey()),
                    action.year(),
                    figures == null ? "" : when(figures),
                    action.planned(),
                    summary(action, figures)));
        }
        List<Section> sections = new ArrayList<>();
        long held = actions.stream().filter(action -> !action.planned()).count();
        sections.add(new Section(
                text("report.section.actions"),
                List.of(
                        count("actionsHeld", held),
                        count("actionsPlanned", actions.size() - held),
                        count("sessionsHeld", sessions.size()),
                        count("standsHeld", stands.size()))));
        int registered = sum(sessions, EventFigures::registered);
        int attended = sum(sessions, EventFigures::attended);
        int absent = sum(sessions, EventFigures::absent);
        int answers = sum(sessions, EventFigures::surveyAnswers);
        double marks = sessions.stream()
                .filter(figures -> figures.satisfaction() != null)
                .mapToDouble(figures -> figures.satisfaction() * figures.surveyAnswers())
                .sum();
        sections.add(new Section(
                text("report.section.participation"),
                List.of(
                        count("participants", registered),
                        count("partners", sum(sessions, EventFigures::partners)),
                        count("attended", attended),
                        rate("attendanceRate", attended + absent == 0 ? null : (double) attended / (attended + absent)),
                        count("surveyAnswers", answers),
                        average("satisfaction", answers == 0 ? null : marks / answers))));
        sections.add(new Section(
                text("report.section.stands"),
                List.of(
                        count("holdersAdvised", sum(stands, EventFigures::holdersAdvised)),
                        count("partnersVisiting", sum(stands, EventFigures::partnersVisiting)),
                        count("leads", sum(stands, EventFigures::leads)),
                        count("leadsFollowed", sum(stands, EventFigures::leadsFollowed)),
                        count("leadsConverted", sum(stands, EventFigures::leadsConverted)))));
        MonthRange years = MonthRange.years(programme.firstYear(), programme.lastYear());
        Map<IntakeChannel, Integer> requests = intakes.requests(years);
        PathwayIndicators.ReferralFigures referrals = pathway.figures(years);
        List<Indicator> network = welcome(offers.published(years.from(), years.to()), requests);
        network.addAll(referrals(referrals));
        sections.add(new Section(text("report.section.network", programme.years()), network));

        List<Chart> charts = new ArrayList<>();
        List<ActionLine> counted = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ProgrammeAction action : actions) {
            EventFigures figures = action.eventId() == null ? null : byEvent.get(action.eventId());
            if (figures != null && !action.planned()) {
                counted.add(lines.get(actions.indexOf(action)));
                values.add(
                        (double) (action.kind() == ActionKind.STAND ? figures.holdersAdvised() : figures.registered()));
            }
        }
        if (!counted.isEmpty()) {
            charts.add(new Chart(
                    "peopleByAction",
                    text("report.chart.peopleByAction"),
                    counted.stream().map(line -> shorten(line.title())).toList(),
                    values));
        }
        if (referrals.sent() > 0) {
            charts.add(outcomesChart(referrals));
        }
        String lead = programme.leadOrganisationId() == null
                ? null
                : directory
                        .organisation(programme.leadOrganisationId())
                        .map(Organisation::name)
                        .orElse(null);
        return new Report(
                "programme",
                programme.id(),
                programme.name(),
                programme.years() + (lead == null ? "" : " — " + text("report.lead", lead)),
                programme.id(),
                programme.name(),
                programme.objectives(),
                null,
                programme.description(),
                programme.assessment(),
                sections,
                charts,
                lines,
                OffsetDateTime.now());
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

    /**
     * The network's activity over a year: its events, stands, offers, welcome requests, referrals and
     * installations, and the programmes' actions of the year. With a funder, only the actions of the programmes it
     * funds (the network's other figures are not its own); with a territory, what happened there (events held or
     * published there, offers and installations in its communes, requests naming them).
     */
    public Report annual(AccountUser user, int year, String funder, TerritoryScope territory) {
        List<Programme> all = programmes.all(user);
        List<Programme> funded = funder == null
                ? all
                : all.stream()
                        .filter(programme -> programme.funders().contains(funder))
                        .toList();
        List<ProgrammeAction> actions = funded.stream()
                .filter(programme -> programme.firstYear() <= year && programme.lastYear() >= year)
                .flatMap(programme -> programmes.actions(user, programme.id()).stream())
                .filter(action -> action.year() == year)
                .toList();
        MonthRange months = MonthRange.year(year);
        List<String> communes = territory == null ? null : territory.communes();
        // The welcome's and pathway's figures are read while the events are added up.
        CompletableFuture<Map<IntakeChannel, Integer>> requestsFuture = funder != null
                ? CompletableFuture.completedFuture(Map.of())
                : CompletableFuture.supplyAsync(() -> intakes.requests(months, communes), executor.pool());
        CompletableFuture<Integer> offersFuture = funder != null
                ? CompletableFuture.completedFuture(0)
                : CompletableFuture.supplyAsync(
                        () -> offers.published(months.from(), months.to(), communes), executor.pool());
        CompletableFuture<PathwayIndicators.ReferralFigures> referralsFuture = funder != null || territory != null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> pathway.figures(months), executor.pool());
        EventIndicators.PeriodFigures held = events.period(
                months,
                communes,
                territory == null ? null : territory.perimeter(),
                funder == null
                        ? null
                        : actions.stream()
                                .map(ProgrammeAction::eventId)
                                .filter(Objects::nonNull)
                                .toList());
        List<Section> sections = new ArrayList<>();
        List<Indicator> kinds = new ArrayList<>();
        held.byKind()
                .forEach((kind, n) -> kinds.add(
                        new Indicator("events_" + kind.code(), text(kind.messageKey()), (double) n, number(n))));
        sections.add(new Section(text("report.section.events"), kinds));
        int marked = held.attended() + held.absent();
        sections.add(new Section(
                text("report.section.participation"),
                List.of(
                        count("participants", held.registered()),
                        count("partners", held.partners()),
                        count("attended", held.attended()),
                        rate("attendanceRate", marked == 0 ? null : (double) held.attended() / marked),
                        count("surveyAnswers", held.surveyAnswers()),
                        average(
                                "satisfaction",
                                held.surveyAnswers() == 0
                                        ? null
                                        : (double) held.satisfactionTotal() / held.surveyAnswers()))));
        sections.add(new Section(
                text("report.section.stands"),
                List.of(
                        count("holdersAdvised", held.holdersAdvised()),
                        count("partnersVisiting", held.partnersVisiting()),
                        count("leads", held.leads()),
                        count("leadsConverted", held.leadsConverted()))));
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(
                "eventsByKind",
                text("report.chart.eventsByKind"),
                kinds.stream().map(Indicator::label).toList(),
                kinds.stream().map(Indicator::number).toList()));
        if (funder == null) {
            Map<IntakeChannel, Integer> requests = requestsFuture.join();
            List<Indicator> welcome = welcome(offersFuture.join(), requests);
            if (territory == null) {
                PathwayIndicators.ReferralFigures referrals = referralsFuture.join();
                welcome.addAll(referrals(referrals));
                if (referrals.sent() > 0) {
                    charts.add(outcomesChart(referrals));
                }
            } else {
                int[] installed = pathway.installations(months, communes);
                welcome.add(count("installations", installed[0]));
                welcome.add(count("jobs", installed[1]));
            }
            sections.add(new Section(text("report.section.welcome"), welcome));
        }
        List<ActionLine> lines = new ArrayList<>();
        Map<UUID, EventFigures> byEvent =
                events
                        .figures(actions.stream()
                                .map(ProgrammeAction::eventId)
                                .filter(Objects::nonNull)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(EventFigures::eventId, Function.identity()));
        for (ProgrammeAction action : actions) {
            EventFigures figures = action.eventId() == null ? null : byEvent.get(action.eventId());
            lines.add(new ActionLine(
                    action.id(),
                    action.title(),
                    text(action.kind().messageKey()),
                    action.year(),
                    figures == null ? "" : when(figures),
                    action.planned(),
                    summary(action, figures)));
        }
        String scope = (funder == null ? "" : text("report.annual.funder", funder))
                + (territory == null ? "" : text("report.annual.territory", territory.name()));
        return new Report(
                "annual",
                null,
                text("report.annual.title", String.valueOf(year)),
                scope.isEmpty() ? text("report.annual.all") : scope.strip(),
                null,
                null,
                List.of(),
                null,
                funder == null ? null : text("report.annual.funderNote"),
                null,
                sections,
                charts,
                lines,
                OffsetDateTime.now());
    }

    private void eventSections(EventFigures figures, List<Section> sections, List<Chart> charts) {
        if (figures.kind() == fr.passerelle.events.EventKind.STAND) {
            sections.add(new Section(
                    text("report.section.stand"),
                    List.of(
                            count("holdersAdvised", figures.holdersAdvised()),
                            count("partnersVisiting", figures.partnersVisiting()),
                            count("leads", figures.leads()),
                            count("leadsFollowed", figures.leadsFollowed()),
                            count("leadsConverted", figures.leadsConverted()))));
            charts.add(new Chart(
                    "standTallies",
                    text("report.chart.standTallies"),
                    List.of(text("report.indicator.holdersAdvised"), text("report.indicator.partnersVisiting")),
                    List.of((double) figures.holdersAdvised(), (double) figures.partnersVisiting())));
            if (!figures.leadsByTerritory().isEmpty()) {
                List<Indicator> territories = new ArrayList<>();
                figures.leadsByTerritory()
                        .forEach((organisation, n) -> territories.add(new Indicator(
                                "leads_" + organisation, territory(organisation), (double) n, number(n))));
                sections.add(new Section(text("report.section.leadsByTerritory"), territories));
                charts.add(new Chart(
                        "leadsByTerritory",
                        text("report.section.leadsByTerritory"),
                        territories.stream().map(Indicator::label).toList(),
                        territories.stream().map(Indicator::number).toList()));
            }
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
                    figures.marks().keySet().stream().map(mark -> mark + " / 5").toList(),
                    figures.marks().values().stream().map(Integer::doubleValue).toList()));
        }
    }

    /** An action's main figures in a sentence, for the programme's list. */
    private String summary(ProgrammeAction action, EventFigures figures) {
        if (action.planned()) {
            return text("report.planned");
        }
        if (figures == null) {
            return "";
        }
        if (figures.kind() == fr.passerelle.events.EventKind.STAND) {
            return text(
                    "report.summary.stand",
                    number(figures.holdersAdvised()),
                    number(figures.partnersVisiting()),
                    number(figures.leads()));
        }
        String summary = text("report.summary.session", number(figures.registered()), number(figures.partners()));
        if (figures.satisfaction() != null) {
            summary += text("report.summary.satisfaction", decimal(figures.satisfaction()));
        }
        return summary;
    }

    /** "19 mai 2016", or "du 15 au 16 juin 2016" over several days. */
    private String when(EventFigures figures) {
        LocalDate first = figures.startsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
        LocalDate last = figures.endsAt() == null
                ? first
                : figures.endsAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
        if (last.equals(first)) {
            return DAY.format(first);
        }
        String from = first.getYear() != last.getYear()
                ? DAY.format(first)
                : first.getMonth() != last.getMonth()
                        ? DateTimeFormatter.ofPattern("d MMMM", FRENCH).format(first)
                        : String.valueOf(first.getDayOfMonth());
        return text("report.days", from, DAY.format(last));
    }

    private String territory(UUID organisation) {
        return directory.organisation(organisation).map(Organisation::name).orElse("—");
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
                        number(n))));
        indicators.add(count("installations", referrals.installations()));
        indicators.add(count("jobs", referrals.jobs()));
        return indicators;
    }

    private Chart outcomesChart(PathwayIndicators.ReferralFigures referrals) {
        return new Chart(
                "outcomes",
                text("report.chart.outcomes"),
                referrals.outcomes().keySet().stream()
                        .map(code -> text("outcome." + code))
                        .toList(),
                referrals.outcomes().values().stream().map(Integer::doubleValue).toList());
    }

    private Indicator count(String key, long value) {
        return new Indicator(key, text("report.indicator." + key), (double) value, number(value));
    }

    private Indicator rate(String key, Double value) {
        return new Indicator(
                key,
                text("report.indicator." + key),
                value,
                value == null ? text("report.none") : Math.round(value * 100) + "\u00a0%");
    }

    private Indicator average(String key, Double value) {
        return new Indicator(
                key,
                text("report.indicator." + key),
                value,
                value == null ? text("report.none") : decimal(value) + "\u00a0/\u00a05");
    }

    private static String number(long value) {
        // The French grouping is a narrow no-break space, which the PDF's standard fonts lack.
        return NumberFormat.getIntegerInstance(FRENCH).format(value).replace('\u202f', '\u00a0');
    }

    private static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static String shorten(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    private static <T> int sum(List<T> values, java.util.function.ToIntFunction<T> figure) {
        return values.stream().mapToInt(figure).sum();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }
}
