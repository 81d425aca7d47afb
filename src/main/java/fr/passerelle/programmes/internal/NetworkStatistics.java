package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.MonthRange;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.intake.IntakeIndicators;
import fr.passerelle.pathway.PathwayIndicators;
import fr.passerelle.pathway.PathwayIndicators.ReferralFigures;
import fr.passerelle.programmes.internal.Report.Chart;
import fr.passerelle.programmes.internal.Statistics.Desk;
import fr.passerelle.programmes.internal.Statistics.DeskRequests;
import fr.passerelle.programmes.internal.Statistics.MonthActivity;
import fr.passerelle.programmes.internal.Statistics.Responder;
import fr.passerelle.programmes.internal.Statistics.TerritoryLeads;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' dashboard of the network over a year: welcome requests per territory and month, referrals by
 * outcome, the structures' response times, installations, events and attendance, leads per territory. Aggregated
 * figures only, never a person.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class NetworkStatistics {

    static final int RESPONDERS = 20;
    /** The desks shown one by one; the others are added up in one row (a national network has thousands). */
    static final int DESKS = 30;

    private final NetworkScopes scopes;
    private final Programmes programmes;
    private final IntakeIndicators intakes;
    private final PathwayIndicators pathway;
    private final EventIndicators events;
    private final Directory directory;
    private final ReportExecutor executor;
    private final OutcomesByTerritory outcomes;

    /** The modules' figures for the year, being read side by side: they are independent readings. */
    private record Readings(
            CompletableFuture<IntakeIndicators.Desks> desks,
            CompletableFuture<PathwayIndicators.Period> period,
            CompletableFuture<List<PathwayIndicators.ResponseTime>> responses,
            CompletableFuture<List<EventIndicators.MonthFigures>> agenda,
            CompletableFuture<Map<UUID, Integer>> leads,
            CompletableFuture<PathwayIndicators.Outcomes> outcomes,
            CompletableFuture<List<Statistics.TerritoryOutcomes>> outcomesByTerritory) {}

    /**
     * The year's statistics.
     *
     * @throws AccessDeniedException for anyone but coordinators
     */
    public Statistics of(AccountUser user, int year) {
        return of(user, year, scopes.of(user, null));
    }

    /**
     * The year's statistics of a network the user reads (see {@link NetworkScopes#of}), or the national sums.
     *
     * @throws AccessDeniedException for anyone but coordinators
     */
    public Statistics of(AccountUser user, int year, NetworkScope scope) {
        if (!programmes.keeps(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
        Readings readings = read(year, scope);
        DeskRequests desks = desks(readings.desks().join());
        PathwayIndicators.Period period = readings.period().join();
        List<MonthActivity> months =
                months(year, period.months(), readings.agenda().join());
        List<TerritoryLeads> leads = leads(readings.leads().join());
        return new Statistics(
                year,
                desks,
                period.figures(),
                responders(readings.responses().join()),
                months,
                leads,
                charts(desks, period.figures(), months, leads),
                OffsetDateTime.now(),
                readings.outcomes().join(),
                readings.outcomesByTerritory().join());
    }

    /** The readings of the national sums, or of one network: its desks, its people's referrals, its agenda. */
    private Readings read(int year, NetworkScope scope) {
        MonthRange range = MonthRange.year(year);
        PathwayIndicators.Network network = scope.pathway();
        return new Readings(
                async(() -> scope.national() ? intakes.desks(year, DESKS) : intakes.desks(year, DESKS, scope.desks())),
                async(() -> pathway.period(range, network)),
                async(() -> pathway.responseTimes(year, RESPONDERS, network)),
                async(() -> events.byMonth(range, scope.networkId())),
                async(() -> events.leadsByTerritory(range, scope.networkId())),
                async(() -> pathway.outcomesIn(range, network)),
                async(() -> outcomes.of(range, scope)));
    }

    private <T> CompletableFuture<T> async(Supplier<T> reading) {
        return CompletableFuture.supplyAsync(reading, executor.pool());
    }

    /** The busiest desks (the network's coordination for requests to no desk), the others together, all. */
    private DeskRequests desks(IntakeIndicators.Desks welcome) {
        UUID network = new UUID(0, 0);
        Map<UUID, Map<Month, Integer>> byDesk = welcome.busiest().stream()
                .collect(Collectors.groupingBy(
                        row -> row.desk() == null ? network : row.desk(),
                        LinkedHashMap::new,
                        Collectors.toMap(
                                row -> row.month().getMonth(), IntakeIndicators.DeskMonth::requests, Integer::sum)));
        Map<UUID, String> names = names(byDesk.keySet());
        List<Desk> busiest = byDesk.entrySet().stream()
                .map(desk -> new Desk(
                        desk.getKey().equals(network) ? null : names.get(desk.getKey()), byMonth(desk.getValue())))
                .sorted(Comparator.comparingInt(Desk::total).reversed())
                .toList();
        Map<Month, Integer> all = welcome.months().entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().getMonth(), Map.Entry::getValue, Integer::sum));
        Desk every = new Desk(null, byMonth(all));
        return new DeskRequests(busiest, welcome.desks() - byDesk.size(), every.less(null, busiest), every);
    }

    private static List<Integer> byMonth(Map<Month, Integer> counts) {
        return Arrays.stream(Month.values())
                .map(month -> counts.getOrDefault(month, 0))
                .toList();
    }

    private List<Responder> responders(List<PathwayIndicators.ResponseTime> times) {
        Map<UUID, String> structures = names(times.stream()
                .map(PathwayIndicators.ResponseTime::organisationId)
                .toList());
        return times.stream()
                .map(time -> new Responder(
                        structures.get(time.organisationId()), time.received(), time.answered(), time.medianDays()))
                .toList();
    }

    /** Each month of the year: its referrals and installations, its events and their attendance. */
    private static List<MonthActivity> months(
            int year, List<PathwayIndicators.MonthFigures> pathway, List<EventIndicators.MonthFigures> agenda) {
        Map<YearMonth, PathwayIndicators.MonthFigures> referrals = pathway.stream()
                .collect(Collectors.toMap(PathwayIndicators.MonthFigures::month, Function.identity(), (a, b) -> a));
        Map<YearMonth, EventIndicators.MonthFigures> held = agenda.stream()
                .collect(Collectors.toMap(EventIndicators.MonthFigures::month, Function.identity(), (a, b) -> a));
        return Arrays.stream(Month.values())
                .map(month -> YearMonth.of(year, month))
                .map(month -> {
                    Optional<PathwayIndicators.MonthFigures> sent = Optional.ofNullable(referrals.get(month));
                    Optional<EventIndicators.MonthFigures> events = Optional.ofNullable(held.get(month));
                    return new MonthActivity(
                            month,
                            sent.map(PathwayIndicators.MonthFigures::referrals).orElse(0),
                            sent.map(PathwayIndicators.MonthFigures::installations)
                                    .orElse(0),
                            events.map(EventIndicators.MonthFigures::events).orElse(0),
                            events.map(EventIndicators.MonthFigures::registered).orElse(0),
                            events.map(EventIndicators.MonthFigures::attended).orElse(0));
                })
                .toList();
    }

    private List<TerritoryLeads> leads(Map<UUID, Integer> leads) {
        Map<UUID, String> territories = names(leads.keySet());
        return leads.entrySet().stream()
                .map(entry -> new TerritoryLeads(territories.get(entry.getKey()), entry.getValue()))
                .toList();
    }

    /** Requests and installations by month, referrals by outcome, leads by territory when there are any. */
    private List<Chart> charts(
            DeskRequests desks, ReferralFigures referrals, List<MonthActivity> months, List<TerritoryLeads> leads) {
        List<Words> monthNames = Arrays.stream(Month.values())
                .map(month -> text("report.monthShort." + month.getValue()))
                .toList();
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart(
                "intakesByMonth",
                text("statistics.intakesByMonth"),
                monthNames,
                doubles(desks.all().byMonth())));
        charts.add(new Chart(
                "outcomes",
                text("report.chart.outcomes"),
                referrals.outcomes().keySet().stream()
                        .map(code -> text("outcome." + code))
                        .toList(),
                doubles(referrals.outcomes().values())));
        charts.add(new Chart(
                "installationsByMonth",
                text("statistics.installationsByMonth"),
                monthNames,
                doubles(months.stream().map(MonthActivity::installations).toList())));
        if (!leads.isEmpty()) {
            charts.add(new Chart(
                    "leadsByTerritory",
                    text("report.section.leadsByTerritory"),
                    leads.stream().map(lead -> Words.plain(lead.territory())).toList(),
                    doubles(leads.stream().map(TerritoryLeads::leads).toList())));
        }
        return charts;
    }

    private static List<Double> doubles(Collection<Integer> values) {
        return values.stream().map(Integer::doubleValue).toList();
    }

    private Map<UUID, String> names(Collection<UUID> organisations) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UUID organisation : new HashSet<>(organisations)) {
            names.put(organisation, directory.organisationName(organisation).orElse("—"));
        }
        return names;
    }

    private static Words text(String key) {
        return Words.of(key);
    }
}
