package fr.passerelle.territory.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads each kind of reference file into per-commune values, checking every row. */
final class ReferenceFileParser {

    private static final Set<String> ATTRACTION_CATEGORIES = Set.of("11", "12", "13", "20", "30");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])");
    private static final Pattern ATTRACTION_COLUMN = Pattern.compile("CATEAAV(\\d{4})");

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
        Table table = TableReader.read(content, header -> has(header, "CODGEO") && has(header, "DENS"))
                .orElseThrow(() -> wrongFormat(
                        "la grille communale de densité de l'INSEE", "CODGEO et DENS (niveau de densité de 1 à 7)"));
        Integer sourceYear = year != null ? year : yearInName(fileName);
        if (sourceYear == null) {
            throw new ImportRejectedException("Indiquez l'année de la grille de densité : elle ne figure pas dans"
                    + " le nom du fichier « " + fileName + " ».");
        }
        int code = table.column("CODGEO");
        int dens = table.column("DENS");
        ParsedFile parsed = new ParsedFile();
        for (Table.Row row : table.rows()) {
            String level = row.cell(dens).replaceAll("\\.0+$", "");
            if (level.matches("[1-7]")) {
                parsed.add(row, row.cell(code), level);
            } else {
                parsed.problem(
                        row, "niveau de densité « " + row.cell(dens) + " » invalide (attendu : un entier de 1 à 7)");
            }
        }
        return new Result(parsed, sourceYear);
    }

    private static Result cityAttraction(byte[] content) {
        Table table = TableReader.read(content, header -> has(header, "CODGEO") && attractionColumn(header) != null)
                .orElseThrow(
                        () -> wrongFormat(
                                "la table d'appartenance géographique des communes de l'INSEE",
                                "CODGEO et CATEAAV2020 (catégorie de la commune dans le zonage en aires d'attraction des villes)"));
        String column = attractionColumn(table.header());
        Matcher matcher = ATTRACTION_COLUMN.matcher(column.toUpperCase(Locale.ROOT));
        matcher.matches();
        int code = table.column("CODGEO");
        int category = table.column(column);
        ParsedFile parsed = new ParsedFile();
        for (Table.Row row : table.rows()) {
            String value = row.cell(category);
            if (ATTRACTION_CATEGORIES.contains(value)) {
                parsed.add(row, row.cell(code), value);
            } else {
                parsed.problem(
                        row,
                        "catégorie d'aire d'attraction « " + value + " » invalide (attendu : 11, 12, 13, 20 ou 30)");
            }
        }
        return new Result(parsed, Integer.valueOf(matcher.group(1)));
    }

    private static Result centroids(byte[] content) {
        Table table = TableReader.read(
                        content, header -> has(header, "code") && has(header, "latitude") && has(header, "longitude"))
                .orElseThrow(() -> wrongFormat("un fichier de centroïdes de communes", "code, latitude et longitude"));
        int code = table.column("code");
        int latitude = table.column("latitude");
        int longitude = table.column("longitude");
        ParsedFile parsed = new ParsedFile();
        for (Table.Row row : table.rows()) {
            Double lat = decimal(row.cell(latitude));
            Double lon = decimal(row.cell(longitude));
            if (lat == null || lat < -90 || lat > 90) {
                parsed.problem(
                        row, "latitude « " + row.cell(latitude) + " » invalide (attendu : un nombre entre -90 et 90)");
            } else if (lon == null || lon < -180 || lon > 180) {
                parsed.problem(
                        row,
                        "longitude « " + row.cell(longitude) + " » invalide (attendu : un nombre entre -180 et 180)");
            } else {
                parsed.add(row, row.cell(code), lat.toString(), lon.toString());
            }
        }
        return new Result(parsed, null);
    }

    private static boolean has(List<String> header, String column) {
        return header.stream().anyMatch(cell -> cell != null && cell.strip().equalsIgnoreCase(column));
    }

    private static String attractionColumn(List<String> header) {
        return new Table(header, List.of()).columnMatching(ATTRACTION_COLUMN.pattern());
    }

    private static Double decimal(String value) {
        try {
            return Double.valueOf(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer yearInName(String fileName) {
        Matcher matcher = YEAR_IN_NAME.matcher(fileName == null ? "" : fileName);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static ImportRejectedException wrongFormat(String expected, String columns) {
        return new ImportRejectedException("Ce fichier n'est pas " + expected + " : les colonnes " + columns
                + " sont introuvables. Rien n'a été modifié. Formats acceptés : CSV (séparateur , ou ;) ou XLSX.");
    }
}
