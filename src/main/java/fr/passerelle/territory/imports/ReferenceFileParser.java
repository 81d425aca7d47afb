package fr.passerelle.territory.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads each kind of reference file into per-commune values, checking the shape and the values of every row. */
final class ReferenceFileParser {

    private static final Set<String> ATTRACTION_CATEGORIES = Set.of("11", "12", "13", "20", "30");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])");
    private static final Pattern ATTRACTION_COLUMN = Pattern.compile("CATEAAV(\\d{4})");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}([.,][0-9]+)?");

    private ReferenceFileParser() {}

    /** The file's rows as (code, value...) and the year of the source. */
    record Result(ParsedFile parsed, Integer year) {}

    static Result parse(ReferenceFileKind kind, byte[] content, String fileName, Integer year) {
        return switch (kind) {
            case DENSITY_GRID -> densityGrid(content, fileName, year);
            case CITY_ATTRACTION -> cityAttraction(content);
            case CENTROIDS -> centroids(content);
        };
    }

    private static Result densityGrid(byte[] content, String fileName, Integer year) {
        Table table = table(content, header -> has(header, "CODGEO") && has(header, "DENS"), "density-grid");
        Integer sourceYear = year != null ? year : yearInName(fileName);
        if (sourceYear == null) {
            throw new ImportRejectedException("imports.problem.year", fileName);
        }
        int code = table.column("CODGEO");
        int dens = table.column("DENS");
        int name = table.column("LIBGEO");
        String populationColumn = table.columnMatching("PMUN[0-9]{2}");
        int population = populationColumn == null ? -1 : table.column(populationColumn);
        return new Result(
                ParsedFile.read(table, (parsed, row) -> {
                    String level = row.cell(dens).replaceAll("\\.0+$", "");
                    if (level.matches("[1-7]")) {
                        // The commune's population and name, for the communes that merged since: what they inherit.
                        String inhabitants =
                                population < 0 ? "" : row.cell(population).replaceAll("\\.0+$", "");
                        parsed.add(
                                row,
                                row.cell(code),
                                level,
                                inhabitants.matches("[0-9]{1,8}") ? inhabitants : "",
                                name < 0 ? "" : row.cell(name));
                    } else {
                        parsed.problem(row, "imports.problem.density", row.cell(dens));
                    }
                }),
                sourceYear);
    }

    private static Result cityAttraction(byte[] content) {
        Table table =
                table(content, header -> has(header, "CODGEO") && attractionColumn(header) != null, "city-attraction");
        String column = attractionColumn(table.header());
        Matcher matcher = ATTRACTION_COLUMN.matcher(column.toUpperCase(Locale.ROOT));
        matcher.matches();
        int code = table.column("CODGEO");
        int category = table.column(column);
        return new Result(
                ParsedFile.read(table, (parsed, row) -> {
                    if (ATTRACTION_CATEGORIES.contains(row.cell(category))) {
                        parsed.add(row, row.cell(code), row.cell(category));
                    } else {
                        parsed.problem(row, "imports.problem.attraction", row.cell(category));
                    }
                }),
                Integer.valueOf(matcher.group(1)));
    }

    private static Result centroids(byte[] content) {
        Table table = table(
                content,
                header -> has(header, "code") && has(header, "latitude") && has(header, "longitude"),
                "centroids");
        int code = table.column("code");
        int latitude = table.column("latitude");
        int longitude = table.column("longitude");
        return new Result(
                ParsedFile.read(table, (parsed, row) -> {
                    Double lat = decimal(row.cell(latitude), 90);
                    Double lon = decimal(row.cell(longitude), 180);
                    if (lat == null) {
                        parsed.problem(row, "imports.problem.latitude", row.cell(latitude));
                    } else if (lon == null) {
                        parsed.problem(row, "imports.problem.longitude", row.cell(longitude));
                    } else {
                        parsed.add(row, row.cell(code), lat.toString(), lon.toString());
                    }
                }),
                null);
    }

    /** The file's table, or a refusal naming the columns that the kind of file needs. */
    private static Table table(byte[] content, Predicate<List<String>> isHeader, String kind) {
        return TableReader.read(content, isHeader)
                .orElseThrow(() -> new ImportRejectedException("imports.problem.format." + kind));
    }

    private static boolean has(List<String> header, String column) {
        return header.stream().anyMatch(cell -> cell != null && cell.strip().equalsIgnoreCase(column));
    }

    private static String attractionColumn(List<String> header) {
        return new Table(header, List.of(), true).columnMatching(ATTRACTION_COLUMN.pattern());
    }

    /** A decimal number between -limit and limit, written with a point or a comma; null otherwise. */
    private static Double decimal(String value, double limit) {
        if (!DECIMAL.matcher(value).matches()) {
            return null;
        }
        double number = Double.parseDouble(value.replace(',', '.'));
        return Math.abs(number) <= limit ? number : null;
    }

    static Integer yearInName(String fileName) {
        Matcher matcher = YEAR_IN_NAME.matcher(fileName == null ? "" : fileName);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
