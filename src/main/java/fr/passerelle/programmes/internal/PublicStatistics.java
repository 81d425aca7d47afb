package fr.passerelle.programmes.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The network's figures that anyone may read, year by year: requests, referrals and their outcomes, installations
 * and what became of them, events, offers. Counts from 1 to 4 are not given (only "fewer than 5"), nor a count that
 * would give one of them away by difference, nor a rate whose part or rest is under 5, so that no person can be
 * recognised in them.
 *
 * @param years the years of the columns, oldest first
 * @param rows one figure per row, a cell per year
 */
public record PublicStatistics(List<Integer> years, List<Row> rows, OffsetDateTime computedAt) {

    /** Below this, a count is shown as "fewer than" it, and a rate over so few is not published. */
    public static final int THRESHOLD = 5;

    /**
     * A figure over the years.
     *
     * @param key its name for machines (CSV, API)
     * @param charted whether the page draws it as a chart (from this row as its table)
     */
    public record Row(String key, Words label, List<Cell> cells, boolean charted) {

        /** Whether the page draws it: a charted figure with something to draw. */
        public boolean drawn() {
            return charted && cells.stream().anyMatch(cell -> cell.drawn() > 0);
        }
    }

    /** What a cell shows. */
    public enum Kind {
        COUNT,
        FEW,
        RATE,
        UNPUBLISHED
    }

    /**
     * A year's value of a figure: a count, a rate in whole percent, or (below the threshold) no value at all: the
     * value is then 0 and never the real one, so that no page, file or answer can leak it.
     */
    public record Cell(long value, Kind kind) {

        static Cell count(long n) {
            return n > 0 && n < THRESHOLD ? new Cell(0, Kind.FEW) : new Cell(n, Kind.COUNT);
        }

        /**
         * A share in whole percent, published only when both the part and the rest number at least the threshold: a
         * rate and its base give both away.
         */
        static Cell rate(long part, long whole) {
            return part < THRESHOLD || whole - part < THRESHOLD
                    ? new Cell(0, Kind.UNPUBLISHED)
                    : new Cell(Math.round(100.0 * part / whole), Kind.RATE);
        }

        /**
         * The cells of counts that add up to a whole shown beside them. When only one of them is withheld, the whole
         * less the others would give it away: the smallest of the others is withheld too ("fewer than" when it is,
         * else not published).
         */
        static List<Cell> parts(List<Long> counts) {
            List<Cell> cells = new ArrayList<>(counts.stream().map(Cell::count).toList());
            List<Integer> withheld = IntStream.range(0, cells.size())
                    .filter(i -> cells.get(i).kind() == Kind.FEW)
                    .boxed()
                    .toList();
            if (withheld.size() == 1) {
                IntStream.range(0, cells.size())
                        .filter(i -> i != withheld.get(0))
                        .boxed()
                        .min(Comparator.comparing(counts::get))
                        .ifPresent(i ->
                                cells.set(i, new Cell(0, counts.get(i) < THRESHOLD ? Kind.FEW : Kind.UNPUBLISHED)));
            }
            return List.copyOf(cells);
        }

        /** The value as written: "1 234", "moins de 5", "67 %" or "non publié". */
        public Words shown() {
            return switch (kind) {
                case COUNT -> Words.plain(FrenchFigures.number(value));
                case FEW -> Words.of("publicStatistics.few", String.valueOf(THRESHOLD));
                case RATE -> Words.of("report.value.rate", String.valueOf(value));
                case UNPUBLISHED -> Words.of("publicStatistics.unpublished");
            };
        }

        /** The value a chart draws: 0 when it is not given. */
        public long drawn() {
            return kind == Kind.COUNT ? value : 0;
        }

        /** The value for a program: null when it is not given. */
        public Long given() {
            return kind == Kind.COUNT || kind == Kind.RATE ? value : null;
        }
    }
}
