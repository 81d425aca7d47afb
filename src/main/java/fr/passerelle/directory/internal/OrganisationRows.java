package fr.passerelle.directory.internal;

import static fr.passerelle.directory.internal.OrganisationColumns.*;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.directory.Family;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads one row of the organisations' columns ({@link OrganisationColumns}), from a CSV file or a workbook, into
 * an import row. A row with an {@code id} updates that organisation and keeps what the file has no column for; a
 * row without creates one.
 */
@Component
record OrganisationRows(ImportValues values, OrganisationRepository organisations, ImportMessages messages) {

    /** Refuses the whole file (line 0) when its header does not name the columns. */
    void requireHeader(Set<String> columns) {
        if (!columns.contains(NAME)) {
            throw new ImportRefusedException(
                    messages.problem(0, NAME, null, "directory.import.csv.noHeader", String.join(" ; ", ALL)));
        }
    }

    ImportRow row(Cells cells, int line) {
        List<ImportProblem> problems = new ArrayList<>();
        Organisation base = existing(cells, line, problems).orElse(null);
        OrganisationDraft draft = new OrganisationDraft(
                cells.text(NAME, base == null ? null : base.name()),
                vocabulary(OrganisationKind.class, cells, KIND, base == null ? null : base.kind(), line, problems),
                vocabulary(Family.class, cells, FAMILY, base == null ? null : base.family(), line, problems),
                vocabulary(SubKind.class, cells, SUB_KIND, base == null ? null : base.subKind(), line, problems),
                Optional.ofNullable(
                                vocabulary(Area.class, cells, AREA, base == null ? null : base.area(), line, problems))
                        .orElse(Area.BOTH),
                Optional.ofNullable(cells.text(DESCRIPTION, base == null ? null : base.description()))
                        .orElse(""),
                lostZero(cells.text(SIRET, base == null ? null : base.siret()), 14),
                cells.text(WEBSITE, base == null ? null : base.website()),
                cells.text(EMAIL, base == null ? null : base.email()),
                lostZero(cells.text(PHONE, base == null ? null : base.phone()), 10),
                cells.text(ADDRESS, base == null ? null : base.address()),
                communeCode(cells.text(COMMUNE, base == null ? null : base.communeCode())),
                number(cells, LATITUDE, base == null ? null : base.latitude(), line, problems),
                number(cells, LONGITUDE, base == null ? null : base.longitude(), line, problems),
                base == null ? List.of() : base.networks(),
                base == null ? List.of() : base.challenges(),
                sectors(cells, base, line, problems),
                coverage(cells, base, line, problems),
                date(cells, line, problems));
        return new ImportRow(line, base == null ? null : base.id(), draft, problems);
    }

    /** An INSEE code as a spreadsheet may save it: "1004" is "01004"; Corsica's "2a004" is "2A004". */
    static String communeCode(String cell) {
        return cell == null ? null : lostZero(cell.toUpperCase(Locale.ROOT), 5);
    }

    /** Digits a spreadsheet read as a number, their leading zero lost (a SIRET, a phone number), given it back. */
    private static String lostZero(String cell, int length) {
        return cell != null && cell.length() == length - 1 && cell.chars().allMatch(c -> c >= '0' && c <= '9')
                ? "0" + cell
                : cell;
    }

    private Optional<Organisation> existing(Cells cells, int line, List<ImportProblem> problems) {
        String id = cells.text(ID, null);
        if (id == null) {
            return Optional.empty();
        }
        try {
            Optional<Organisation> found = organisations.find(UUID.fromString(id));
            if (found.isEmpty()) {
                problems.add(messages.problem(line, ID, id, "directory.import.id.unknown"));
            }
            return found;
        } catch (IllegalArgumentException notAnId) {
            problems.add(messages.problem(line, ID, id, "directory.import.id.invalid"));
            return Optional.empty();
        }
    }

    private <E extends Enum<E> & Vocabulary> E vocabulary(
            Class<E> type, Cells cells, String column, E kept, int line, List<ImportProblem> problems) {
        if (!cells.has(column)) {
            return kept;
        }
        String cell = cells.text(column, null);
        if (cell == null) {
            return null;
        }
        Optional<E> value = values.vocabulary(type, cell);
        if (value.isEmpty()) {
            problems.add(messages.problem(line, column, cell, "directory.import.value.unknown", values.labels(type)));
        }
        return value.orElse(null);
    }

    private Double number(Cells cells, String column, Double kept, int line, List<ImportProblem> problems) {
        if (!cells.has(column)) {
            return kept;
        }
        String cell = cells.text(column, null);
        try {
            return cell == null ? null : Double.valueOf(cell.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            problems.add(messages.problem(line, column, cell, "directory.import.number.invalid"));
            return null;
        }
    }

    private List<Sector> sectors(Cells cells, Organisation base, int line, List<ImportProblem> problems) {
        if (!cells.has(SECTORS)) {
            return base == null ? List.of() : base.sectors();
        }
        String cell = cells.text(SECTORS, null);
        Optional<Sector> single =
                cell == null || cell.contains("|") ? Optional.empty() : values.vocabulary(Sector.class, cell);
        if (single.isPresent()) {
            return List.of(single.get()); // one label holding a comma: "Agriculture, alimentation"
        }
        List<Sector> sectors = new ArrayList<>();
        for (String value : ImportValues.split(cell)) {
            values.vocabulary(Sector.class, value)
                    .ifPresentOrElse(
                            sectors::add,
                            () -> problems.add(messages.problem(
                                    line,
                                    SECTORS,
                                    value,
                                    "directory.import.value.unknown",
                                    values.labels(Sector.class))));
        }
        return sectors;
    }

    private List<UUID> coverage(Cells cells, Organisation base, int line, List<ImportProblem> problems) {
        if (!cells.has(COVERAGE) && base != null) {
            return base.coverage();
        }
        List<String> wrong = new ArrayList<>();
        List<UUID> coverage = values.coverage(cells.text(COVERAGE, null), wrong);
        wrong.forEach(
                token -> problems.add(messages.problem(line, COVERAGE, token, "directory.import.coverage.unknown")));
        return coverage;
    }

    private LocalDate date(Cells cells, int line, List<ImportProblem> problems) {
        String cell = cells.text(LAST_VERIFIED, null);
        if (cell == null) {
            return null;
        }
        try {
            LocalDate date = FrenchDates.date(cell);
            if (!date.isAfter(LocalDate.now())) {
                return date;
            }
        } catch (DateTimeParseException unreadable) {
            // reported below, as a date to come is
        }
        problems.add(messages.problem(line, LAST_VERIFIED, cell, "directory.import.date.invalid"));
        return null;
    }

    /** A row's cells as text by column name, for the columns its file has; a blank cell reads as null. */
    record Cells(Map<String, String> byColumn) {
        boolean has(String column) {
            return byColumn.containsKey(column);
        }

        boolean blank() {
            return byColumn.values().stream().allMatch(cell -> cell == null || cell.isBlank());
        }

        String text(String column, String kept) {
            if (!has(column)) {
                return kept;
            }
            String cell =
                    byColumn.get(column) == null ? "" : byColumn.get(column).strip();
            if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
                cell = cell.substring(1); // the quote the export puts before what a spreadsheet would compute
            }
            return cell.isEmpty() ? null : cell;
        }
    }
}
