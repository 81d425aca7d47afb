package fr.passerelle.programmes.internal;

import fr.passerelle.events.EventFigures;
import fr.passerelle.events.EventIndicators;
import java.util.List;
import java.util.function.ToIntFunction;

/** The events' figures added up for a report: one event's, a programme's sessions and stands, or a year's. */
final class EventTotals {

    private EventTotals() {}

    /**
     * Sessions' participation.
     *
     * @param satisfactionTotal the marks given, added up (the average is this over the survey answers)
     */
    record Participation(
            int registered, int partners, int attended, int absent, int surveyAnswers, double satisfactionTotal) {

        static Participation of(List<EventFigures> sessions) {
            return new Participation(
                    sum(sessions, EventFigures::registered),
                    sum(sessions, EventFigures::partners),
                    sum(sessions, EventFigures::attended),
                    sum(sessions, EventFigures::absent),
                    sum(sessions, EventFigures::surveyAnswers),
                    sessions.stream()
                            .filter(figures -> figures.satisfaction() != null)
                            .mapToDouble(figures -> figures.satisfaction() * figures.surveyAnswers())
                            .sum());
        }

        static Participation of(EventIndicators.PeriodFigures held) {
            return new Participation(
                    held.registered(),
                    held.partners(),
                    held.attended(),
                    held.absent(),
                    held.surveyAnswers(),
                    held.satisfactionTotal());
        }

        /** The share of those marked present or absent who came; null when nobody was marked. */
        Double attendanceRate() {
            return attended + absent == 0 ? null : (double) attended / (attended + absent);
        }

        /** The average mark out of 5; null without answers. */
        Double satisfaction() {
            return surveyAnswers == 0 ? null : satisfactionTotal / surveyAnswers;
        }
    }

    /**
     * Stands' tallies.
     *
     * @param leadsFollowed null where it is not counted (the yearly report)
     */
    record StandTallies(
            int holdersAdvised, int partnersVisiting, int leads, Integer leadsFollowed, int leadsConverted) {

        static StandTallies of(List<EventFigures> stands) {
            return new StandTallies(
                    sum(stands, EventFigures::holdersAdvised),
                    sum(stands, EventFigures::partnersVisiting),
                    sum(stands, EventFigures::leads),
                    sum(stands, EventFigures::leadsFollowed),
                    sum(stands, EventFigures::leadsConverted));
        }

        static StandTallies of(EventIndicators.PeriodFigures held) {
            return new StandTallies(
                    held.holdersAdvised(), held.partnersVisiting(), held.leads(), null, held.leadsConverted());
        }
    }

    private static <T> int sum(List<T> values, ToIntFunction<T> figure) {
        return values.stream().mapToInt(figure).sum();
    }
}
