package fr.passerelle.programmes.internal;

import static fr.passerelle.programmes.internal.FrenchFigures.decimal;
import static fr.passerelle.programmes.internal.FrenchFigures.number;

import fr.passerelle.common.SpreadsheetCells;
import fr.passerelle.pathway.PathwayIndicators.Durability;
import fr.passerelle.pathway.PathwayIndicators.Outcomes;
import fr.passerelle.programmes.internal.Statistics.Desk;
import fr.passerelle.programmes.internal.Statistics.DeskRequests;
import fr.passerelle.programmes.internal.Statistics.MonthActivity;
import fr.passerelle.programmes.internal.Statistics.Responder;
import fr.passerelle.programmes.internal.Statistics.TerritoryLeads;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics as CSV for French spreadsheets: each table after its title and the year, separated by a blank line;
 * numbers as a spreadsheet reads them, formulas neutralised.
 */
@Component
public record StatisticsCsv(MessageSource messages) {

    private static final Locale FRENCH = Locale.FRENCH;

    /** A table of the CSV: its title, its column headers, its rows of cells. */
    private record Table(String title, List<String> headers, List<List<String>> rows) {}

    public String csv(Statistics statistics) {
        StringBuilder csv = new StringBuilder("\ufeff");
        for (Table table : tables(statistics)) {
            csv.append(cell(table.title() + " — " + statistics.year())).append("\r\n");
            line(csv, table.headers());
            table.rows().forEach(row -> line(csv, row));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private List<Table> tables(Statistics statistics) {
        return List.of(
                desks(statistics),
                referrals(statistics),
                responders(statistics),
                months(statistics.months()),
                leads(statistics.leads()),
                outcomes(statistics));
    }

    private Table desks(Statistics statistics) {
        List<String> headers = new ArrayList<>();
        headers.add(text("statistics.desk"));
        statistics.yearMonths().forEach(month -> headers.add(month(month)));
        headers.add(text("statistics.total"));
        DeskRequests desks = statistics.desks();
        List<List<String>> rows = new ArrayList<>();
        desks.busiest()
                .forEach(desk -> rows.add(desk(desk.name() == null ? text("statistics.network") : desk.name(), desk)));
        if (desks.otherDesks() > 0) {
            rows.add(desk(text("statistics.otherDesks", desks.otherDesks()), desks.others()));
        }
        if (!rows.isEmpty()) {
            rows.add(desk(text("statistics.total"), desks.all()));
        }
        return new Table(text("statistics.intakesByDesk", statistics.desksShown()), headers, rows);
    }

    private static List<String> desk(String label, Desk desk) {
        return Stream.concat(
                        Stream.of(label),
                        Stream.concat(desk.byMonth().stream(), Stream.of(desk.total()))
                                .map(FrenchFigures::number))
                .toList();
    }

    private Table referrals(Statistics statistics) {
        var referrals = statistics.referrals();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(text("report.indicator.referralsSent"), number(referrals.sent())));
        rows.add(List.of(text("statistics.accepted"), number(referrals.accepted())));
        rows.add(List.of(text("statistics.declined"), number(referrals.declined())));
        rows.add(List.of(text("statistics.expired"), number(referrals.expired())));
        rows.add(List.of(text("statistics.waiting"), number(referrals.waiting())));
        referrals
                .outcomes()
                .forEach((outcome, n) ->
                        rows.add(List.of(text("report.indicator.outcome", text("outcome." + outcome)), number(n))));
        rows.add(List.of(text("report.indicator.installations"), number(referrals.installations())));
        rows.add(List.of(text("report.indicator.jobs"), number(referrals.jobs())));
        return new Table(
                text("statistics.referrals"), List.of(text("statistics.figure"), text("statistics.value")), rows);
    }

    private Table responders(Statistics statistics) {
        return new Table(
                text("statistics.responseTimes", statistics.respondersShown()),
                List.of(
                        text("statistics.structure"),
                        text("statistics.received"),
                        text("statistics.answered"),
                        text("statistics.answerRate"),
                        text("statistics.medianDays")),
                statistics.responders().stream().map(StatisticsCsv::responder).toList());
    }

    private static List<String> responder(Responder responder) {
        return List.of(
                responder.structure(),
                number(responder.received()),
                number(responder.answered()),
                responder.answerRate() + " %",
                responder.medianDays() == null ? "—" : decimal(responder.medianDays()));
    }

    private Table months(List<MonthActivity> months) {
        return new Table(
                text("statistics.months"),
                List.of(
                        text("statistics.month"),
                        text("statistics.referralsSent"),
                        text("report.indicator.installations"),
                        text("statistics.events"),
                        text("report.indicator.participants"),
                        text("report.indicator.attended"),
                        text("statistics.presence")),
                months.stream()
                        .map(month -> List.of(
                                month(month.month()),
                                number(month.referrals()),
                                number(month.installations()),
                                number(month.events()),
                                number(month.registered()),
                                number(month.attended()),
                                month.presence() == null ? "—" : month.presence() + " %"))
                        .toList());
    }

    private Table leads(List<TerritoryLeads> leads) {
        return new Table(
                text("report.section.leadsByTerritory"),
                List.of(text("statistics.territory"), text("report.indicator.leads")),
                leads.stream()
                        .map(lead -> List.of(lead.territory(), number(lead.leads())))
                        .toList());
    }

    private Table outcomes(Statistics statistics) {
        List<String> headers = Stream.of(
                        "statistics.territory",
                        "report.indicator.installations",
                        "report.indicator.jobs",
                        "statistics.oneYearReached",
                        "statistics.oneYearActive",
                        "statistics.oneYearStopped",
                        "statistics.oneYearUnknown",
                        "statistics.oneYearResponseRate",
                        "statistics.threeYearsReached",
                        "statistics.threeYearsActive",
                        "statistics.threeYearsStopped",
                        "statistics.threeYearsUnknown",
                        "statistics.threeYearsResponseRate")
                .map(this::text)
                .toList();
        List<List<String>> rows = new ArrayList<>();
        statistics
                .outcomesByTerritory()
                .forEach(territory -> rows.add(outcome(territory.territory(), territory.outcomes())));
        rows.add(outcome(text("statistics.outcomesNetwork"), statistics.outcomes()));
        return new Table(text("statistics.outcomesByTerritory"), headers, rows);
    }

    private static List<String> outcome(String label, Outcomes outcomes) {
        List<String> cells = new ArrayList<>(List.of(label, number(outcomes.installations()), number(outcomes.jobs())));
        for (Durability durability : List.of(outcomes.oneYear(), outcomes.threeYears())) {
            cells.add(number(durability.reached()));
            cells.add(number(durability.active()));
            cells.add(number(durability.stopped()));
            cells.add(number(durability.unknown()));
            cells.add(durability.responseRate() == null ? "—" : Math.round(durability.responseRate() * 100) + " %");
        }
        return cells;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(";", cells.stream().map(StatisticsCsv::cell).toList()))
                .append("\r\n");
    }

    /** A CSV cell: quoted when it must be, numbers as a spreadsheet reads them, formulas neutralised. */
    private static String cell(String value) {
        String text = value == null ? "" : value.replace('\u00a0', ' ');
        if (text.matches("-?[\\d ]+")) {
            text = text.replace(" ", "");
        }
        text = SpreadsheetCells.guarded(text);
        return text.contains(";") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, FRENCH);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FRENCH);
    }
}
