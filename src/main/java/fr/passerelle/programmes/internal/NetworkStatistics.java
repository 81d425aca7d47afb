package fr.passerelle.programmes.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.MonthRange;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.events.EventIndicators;
import fr.passerelle.intake.IntakeIndicators;
import fr.passerelle.pathway.PathwayIndicators;
import fr.passerelle.programmes.internal.Report.Chart;
import java.text.NumberFormat;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' dashboard of the network over a year: welcome requests per territory and month, referrals by
 * outcome, the structures' response times, installations, events and attendance, leads per territory. Aggregated
 * figures only, never a person.
 */
@Service
@Transactional(readOnly = true)
public class NetworkStatistics {

    /** The year's figures as tables (for the page and the CSV) and charts. */
    public record Statistics(int year, List<Chart> charts, List<Table> tables, OffsetDateTime computedAt) {}

    /** A table of figures: its title, its column headers, its rows of cells as shown. */
    public record Table(String key, String title, List<String> headers, List<List<String>> rows) {}

    private static final Locale FRENCH = Locale.FRENCH;
    private static final int RESPONDERS = 20;
    /** The desks shown one by one; the others are added up in one row (a national network has thousands). */
    private static final int DESKS = 30;

    private final Programmes programmes;
    private final IntakeIndicators intakes;
    private final PathwayIndicators pathway;
    private final EventIndicators events;
    private final Directory directory;
    private final MessageSource messages;
    private final ReportExecutor executor;

    NetworkStatistics(
            Programmes programmes,
            IntakeIndicators intakes,
            PathwayIndicators pathway,
            EventIndicators events,
            Directory directory,
            MessageSource messages,
            ReportExecutor executor) {
        this.executor = executor;
        this.programmes = programmes;
        this.intakes = intakes;
        this.pathway = pathway;
        this.events = events;
        this.directory = directory;
        this.messages = messages;
    }

    /**
     * The year's statistics.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone but coordinators
     */
    public Statistics of(AccountUser user, int year) {
        if (!programmes.keeps(user)) {
            throw new org.springframework.security.access.AccessDeniedException("Coordinators only");
        }
        MonthRange range = MonthRange.year(year);
        // The modules' figures are independent readings: they are taken side by side.
        CompletableFuture<IntakeIndicators.Desks> desks =
                CompletableFuture.supplyAsync(() -> intakes.desks(year, DESKS), executor.pool());
        CompletableFuture<PathwayIndicators.Period> period =
                CompletableFuture.supplyAsync(() -> pathway.period(range), executor.pool());
        CompletableFuture<List<PathwayIndicators.ResponseTime>> responses =
                CompletableFuture.supplyAsync(() -> pathway.responseTimes(year, RESPONDERS), executor.pool());
        CompletableFuture<List<EventIndicators.MonthFigures>> agenda =
                CompletableFuture.supplyAsync(() -> events.byMonth(range), executor.pool());
        CompletableFuture<Map<UUID, Integer>> leadsFuture =
                CompletableFuture.supplyAsync(() -> events.leadsByTerritory(range), executor.pool());
        List<Chart> charts = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(month.getDisplayName(TextStyle.SHORT, FRENCH));
        }

        // Welcome requests per desk (territory) and month: the busiest desks, the others together, the total.
        IntakeIndicators.Desks welcome = desks.join();
        Map<UUID, int[]> byDesk = new LinkedHashMap<>();
        UUID network = new UUID(0, 0);
        for (IntakeIndicators.DeskMonth row : welcome.busiest()) {
            int[] cells = byDesk.computeIfAbsent(row.desk() == null ? network : row.desk(), key -> new int[13]);
            cells[row.month().getMonthValue() - 1] += row.requests();
            cells[12] += row.requests();
        }
        int[] perMonth = new int[13];
        welcome.months().forEach((month, n) -> {
            perMonth[month.getMonthValue() - 1] += n;
            perMonth[12] += n;
        });
        Map<UUID, String> names = names(byDesk.keySet());
        List<List<String>> deskRows = new ArrayList<>();
        int[] others = perMonth.clone();
        byDesk.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[12], a.getValue()[12]))
                .forEach(entry -> {
                    for (int i = 0; i < 13; i++) {
                        others[i] -= entry.getValue()[i];
                    }
                    deskRows.add(row(
                            entry.getKey().equals(network) ? text("statistics.network") : names.get(entry.getKey()),
                            entry.getValue()));
                });
        if (welcome.desks() > byDesk.size()) {
            deskRows.add(row(text("statistics.otherDesks", welcome.desks() - byDesk.size()), others));
        }
        if (!deskRows.isEmpty()) {
            deskRows.add(row(text("statistics.total"), perMonth));
        }
        List<String> deskHeaders = new ArrayList<>();
        deskHeaders.add(text("statistics.desk"));
        deskHeaders.addAll(months);
        deskHeaders.add(text("statistics.total"));
        tables.add(new Table("intakesByDesk", text("statistics.intakesByDesk", DESKS), deskHeaders, deskRows));
        charts.add(new Chart(
                "intakesByMonth",
                text("statistics.intakesByMonth"),
                months,
                java.util.Arrays.stream(perMonth, 0, 12)
                        .mapToDouble(n -> n)
                        .boxed()
                        .toList()));

        // Referrals and their outcomes.
        PathwayIndicators.ReferralFigures referrals = period.join().figures();
        List<List<String>> referralRows = new ArrayList<>();
        referralRows.add(List.of(text("report.indicator.referralsSent"), number(referrals.sent())));
        referralRows.add(List.of(text("statistics.accepted"), number(referrals.accepted())));
        referralRows.add(List.of(text("statistics.declined"), number(referrals.declined())));
        referralRows.add(List.of(text("statistics.expired"), number(referrals.expired())));
        referralRows.add(List.of(text("statistics.waiting"), number(referrals.waiting())));
        referrals
                .outcomes()
                .forEach((outcome, n) -> referralRows.add(
                        List.of(text("report.indicator.outcome", text("outcome." + outcome)), number(n))));
        referralRows.add(List.of(text("report.indicator.installations"), number(referrals.installations())));
        referralRows.add(List.of(text("report.indicator.jobs"), number(referrals.jobs())));
        tables.add(new Table(
                "referrals",
                text("statistics.referrals"),
                List.of(text("statistics.figure"), text("statistics.value")),
                referralRows));
        charts.add(new Chart(
                "outcomes",
                text("report.chart.outcomes"),
                referrals.outcomes().keySet().stream()
                        .map(code -> text("outcome." + code))
                        .toList(),
                referrals.outcomes().values().stream().map(Integer::doubleValue).toList()));

        // The structures' response times.
        List<PathwayIndicators.ResponseTime> times = responses.join();
        Map<UUID, String> structures = names(times.stream()
                .map(PathwayIndicators.ResponseTime::organisationId)
                .toList());
        tables.add(new Table(
                "responseTimes",
                text("statistics.responseTimes", RESPONDERS),
                List.of(
                        text("statistics.structure"),
                        text("statistics.received"),
                        text("statistics.answered"),
                        text("statistics.answerRate"),
                        text("statistics.medianDays")),
                times.stream()
                        .map(time -> List.of(
                                structures.get(time.organisationId()),
                                number(time.received()),
                                number(time.answered()),
                                Math.round(100.0 * time.answered() / Math.max(1, time.received())) + "\u00a0%",
                                time.medianDays() == null ? "—" : decimal(time.medianDays())))
                        .toList()));

        // Month by month: referrals, installations, events and attendance.
        Map<YearMonth, String[]> byMonth = new LinkedHashMap<>();
        for (Month month : Month.values()) {
            byMonth.put(YearMonth.of(year, month), new String[] {"0", "0", "0", "0", "0", "—"});
        }
        double[] installations = new double[12];
        for (PathwayIndicators.MonthFigures month : period.join().months()) {
            String[] cells = byMonth.get(month.month());
            if (cells != null) {
                cells[0] = number(month.referrals());
                cells[1] = number(month.installations());
                installations[month.month().getMonthValue() - 1] = month.installations();
            }
        }
        for (EventIndicators.MonthFigures month : agenda.join()) {
            String[] cells = byMonth.get(month.month());
            if (cells != null) {
                cells[2] = number(month.events());
                cells[3] = number(month.registered());
                cells[4] = number(month.attended());
                cells[5] = month.registered() == 0
                        ? "—"
                        : Math.round(100.0 * month.attended() / month.registered()) + "\u00a0%";
            }
        }
        List<List<String>> monthRows = new ArrayList<>();
        byMonth.forEach((month, cells) -> {
            List<String> row = new ArrayList<>();
            row.add(months.get(month.getMonthValue() - 1));
            row.addAll(List.of(cells));
            monthRows.add(row);
        });
        tables.add(new Table(
                "months",
                text("statistics.months"),
                List.of(
                        text("statistics.month"),
                        text("statistics.referralsSent"),
                        text("report.indicator.installations"),
                        text("statistics.events"),
                        text("report.indicator.participants"),
                        text("report.indicator.attended"),
                        text("statistics.presence")),
                monthRows));
        charts.add(new Chart(
                "installationsByMonth",
                text("statistics.installationsByMonth"),
                months,
                java.util.Arrays.stream(installations).boxed().toList()));

        // Leads per territory.
        Map<UUID, Integer> leads = leadsFuture.join();
        Map<UUID, String> territories = names(leads.keySet());
        tables.add(new Table(
                "leadsByTerritory",
                text("report.section.leadsByTerritory"),
                List.of(text("statistics.territory"), text("report.indicator.leads")),
                leads.entrySet().stream()
                        .map(entry -> List.of(territories.get(entry.getKey()), number(entry.getValue())))
                        .toList()));
        if (!leads.isEmpty()) {
            charts.add(new Chart(
                    "leadsByTerritory",
                    text("report.section.leadsByTerritory"),
                    leads.keySet().stream().map(territories::get).toList(),
                    leads.values().stream().map(Integer::doubleValue).toList()));
        }
        return new Statistics(year, charts, tables, OffsetDateTime.now());
    }

    /** The statistics as CSV for French spreadsheets: each table after its title, separated by a blank line. */
    public String csv(Statistics statistics) {
        StringBuilder csv = new StringBuilder("\ufeff");
        for (Table table : statistics.tables()) {
            csv.append(cell(table.title() + " — " + statistics.year())).append("\r\n");
            csv.append(String.join(
                            ";",
                            table.headers().stream()
                                    .map(NetworkStatistics::cell)
                                    .toList()))
                    .append("\r\n");
            for (List<String> row : table.rows()) {
                csv.append(String.join(
                                ";", row.stream().map(NetworkStatistics::cell).toList()))
                        .append("\r\n");
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** A CSV cell: quoted when it must be, numbers as a spreadsheet reads them, formulas neutralised. */
    private static String cell(String value) {
        String text = value == null ? "" : value.replace('\u00a0', ' ');
        if (text.matches("-?[\\d ]+")) {
            text = text.replace(" ", "");
        }
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    /** A row of a label and numbers. */
    private static List<String> row(String label, int[] values) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (int value : values) {
            cells.add(number(value));
        }
        return cells;
    }

    private Map<UUID, String> names(Collection<UUID> organisations) {
        Map<UUID, String> names = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>(organisations);
        for (UUID organisation : seen) {
            names.put(
                    organisation,
                    directory.organisation(organisation).map(Organisation::name).orElse("—"));
        }
        return names;
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(FRENCH).format(value).replace('\u202f', '\u00a0');
    }

    private static String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }
}
