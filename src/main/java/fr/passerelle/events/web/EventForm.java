package fr.passerelle.events.web;

import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.common.Texts;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.internal.EventAudience;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.events.internal.EventRejectedException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The event form, for a new event or a change. Kind, mode and audiences are the vocabularies' codes, as the agenda's
 * addresses write them; the capacity is kept as typed so that "douze" comes back with its message. The slot and
 * question rows always include a free one after the last filled, so the form shows them as they are.
 */
record EventForm(
        String kind,
        @Size(min = 5, max = 200, message = "{event.title.length}") String title,
        String audience,
        List<String> audiences,
        String programme,
        String speakers,
        String partners,
        String demarche,
        String mode,
        String place,
        String commune,
        String communeLabel,
        String onlineLink,
        @Pattern(regexp = CAPACITY, message = "{event.capacity.invalid}") String capacity,
        LocalDate registrationOpens,
        LocalDate registrationCloses,
        Boolean approval,
        @Valid List<Slot> slots,
        List<Question> questions,
        String keywords) {

    /** Up to six digits, spaces (plain, non-breaking, thin) allowed between them: "1 200". */
    static final String CAPACITY = "[\\s\u00a0\u202f]*(\\d[\\s\u00a0\u202f]*){0,6}";

    static final int SLOTS = 3;
    static final int MAX_SLOTS = 30;
    static final int QUESTIONS = 3;
    static final int MAX_QUESTIONS = 10;

    EventForm {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        slots = rows(slots, Slot.NONE, Slot::blank, SLOTS, MAX_SLOTS);
        questions = rows(questions, Question.NONE, Question::blank, QUESTIONS, MAX_QUESTIONS);
    }

    /** One slot of the event: its day and hours, and its own places when counted per session, as typed. */
    record Slot(LocalDate date, LocalTime start, LocalTime end, String capacity) {

        static final Slot NONE = new Slot(null, null, null, null);

        Slot(LocalDate date, LocalTime start, LocalTime end) {
            this(date, start, end, null);
        }

        boolean blank() {
            return date == null && start == null && end == null && Texts.blankToNull(capacity) == null;
        }

        boolean complete() {
            return date != null && start != null && end != null;
        }

        /** Whether places were typed that are not a number (said once for the rows, beside the sessions). */
        boolean capacityUnreadable() {
            return Texts.blankToNull(capacity) != null && number(capacity) == null;
        }

        Event.Slot at() {
            return new Event.Slot(
                    date.atTime(start).atZone(Paris.ZONE).toOffsetDateTime(),
                    date.atTime(end).atZone(Paris.ZONE).toOffsetDateTime(),
                    null,
                    number(capacity));
        }

        static Slot of(Event.Slot slot) {
            var start = slot.startsAt().atZoneSameInstant(Paris.ZONE);
            var end = slot.endsAt().atZoneSameInstant(Paris.ZONE);
            return new Slot(
                    start.toLocalDate(),
                    start.toLocalTime(),
                    end.toLocalTime(),
                    slot.capacity() == null ? null : slot.capacity().toString());
        }
    }

    /** A question put to those who register, and whether an answer is required. */
    record Question(String label, Boolean required) {

        static final Question NONE = new Question(null, false);

        boolean blank() {
            return Texts.blankToNull(label) == null;
        }
    }

    static EventForm empty() {
        return new EventForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, false,
                null, null, null);
    }

    /** The form of an event as its organiser would type it again; registrations close at the end of the day shown. */
    static EventForm of(Event event, String communeLabel) {
        return new EventForm(
                event.kind().code(),
                event.title(),
                event.audience(),
                event.audiences().stream().map(EventAudience::code).toList(),
                event.programme(),
                event.speakers(),
                event.partners(),
                event.demarche(),
                event.mode().code(),
                event.place(),
                event.communeCode(),
                communeLabel,
                event.onlineLink(),
                event.capacity() == null ? null : event.capacity().toString(),
                day(event.registrationOpensAt()),
                day(
                        event.registrationClosesAt() == null
                                ? null
                                : event.registrationClosesAt().minusSeconds(1)),
                event.approvalRequired(),
                event.slots().stream().map(Slot::of).toList(),
                event.questions().stream()
                        .map(question -> new Question(question.label(), question.required()))
                        .toList(),
                String.join(", ", event.keywords()));
    }

    /** The draft the events module checks; rows left incomplete are the binding's errors, not the draft's. */
    EventDraft draft(UUID organiserId, String communeCode) {
        return new EventDraft(
                Vocabulary.parse(EventKind.class, kind).orElse(null),
                title,
                programme,
                audience,
                knownAudiences(),
                speakers,
                organiserId,
                partners,
                demarche,
                Vocabulary.parse(EventMode.class, mode).orElse(null),
                place,
                communeCode,
                onlineLink,
                capacityNumber(),
                registrationOpens == null ? null : startOf(registrationOpens),
                registrationCloses == null ? null : startOf(registrationCloses.plusDays(1)),
                Boolean.TRUE.equals(approval),
                keywordList(),
                eventSlots(),
                eventQuestions());
    }

    /** Whether an audience ticked is none of the agenda's. */
    boolean unknownAudience() {
        return knownAudiences().size()
                < audiences.stream().filter(code -> !code.isBlank()).count();
    }

    private List<EventAudience> knownAudiences() {
        return audiences.stream()
                .map(code -> Vocabulary.parse(EventAudience.class, code))
                .flatMap(Optional::stream)
                .toList();
    }

    private Integer capacityNumber() {
        return number(capacity);
    }

    /** A capacity as typed, its spaces left out; none when blank or not a number (the binding said why). */
    private static Integer number(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[\\s\u00a0\u202f]", "");
        return digits.matches("\\d{1,6}") ? Integer.valueOf(digits) : null;
    }

    /**
     * Runs a change of the event, its refusals of a session put beside the row the organiser typed it in: the draft
     * holds the sessions by start, the form as typed.
     */
    <T> T onRows(Supplier<T> change) {
        try {
            return change.get();
        } catch (EventRejectedException rejected) {
            List<Integer> rows = IntStream.range(0, slots.size())
                    .filter(n -> slots.get(n).complete())
                    .boxed()
                    .sorted(Comparator.comparing(n -> slots.get(n).at().startsAt()))
                    .toList();
            throw new EventRejectedException(rejected.breaches().stream()
                    .map(breach -> new Breach(onRow(breach.field(), rows), breach.messageKey(), breach.arguments()))
                    .toList());
        }
    }

    private static String onRow(String field, List<Integer> rows) {
        java.util.regex.Matcher session = SESSION_FIELD.matcher(field == null ? "" : field);
        return session.matches() && Integer.parseInt(session.group(1)) < rows.size()
                ? "slots[" + rows.get(Integer.parseInt(session.group(1))) + "]" + session.group(2)
                : field;
    }

    private static final java.util.regex.Pattern SESSION_FIELD = java.util.regex.Pattern.compile("slots\\[(\\d+)](.*)");

    private List<Event.Slot> eventSlots() {
        return slots.stream()
                .filter(Slot::complete)
                .map(Slot::at)
                .sorted(Comparator.comparing(Event.Slot::startsAt))
                .toList();
    }

    private List<Event.Question> eventQuestions() {
        List<Event.Question> filled = new ArrayList<>();
        questions.stream()
                .filter(Predicate.not(Question::blank))
                .forEach(question -> filled.add(new Event.Question(
                        filled.size() + 1, question.label().strip(), Boolean.TRUE.equals(question.required()))));
        return filled;
    }

    private List<String> keywordList() {
        return keywords == null
                ? List.of()
                : Arrays.stream(keywords.split(","))
                        .map(String::strip)
                        .filter(word -> !word.isEmpty())
                        .distinct()
                        .toList();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Paris.ZONE).toOffsetDateTime();
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(Paris.ZONE).toLocalDate();
    }

    /** The rows typed, then blank ones: at least {@code least}, and one free after the last filled, up to {@code most}. */
    private static <T> List<T> rows(List<T> typed, T none, Predicate<T> blank, int least, int most) {
        List<T> rows = new ArrayList<>(typed == null ? List.of() : typed);
        rows.replaceAll(row -> Objects.requireNonNullElse(row, none));
        while (rows.size() < most && (rows.size() < least || !blank.test(rows.get(rows.size() - 1)))) {
            rows.add(none);
        }
        return rows;
    }
}
