package fr.passerelle.programmes.web;

import fr.passerelle.common.Vocabulary;
import fr.passerelle.programmes.internal.ActionDraft;
import fr.passerelle.programmes.internal.ActionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The form that adds an action to a programme: its kind (by code), title and year, the event or working group it
 * counts, or the period of an offers campaign; dates as typed in French or sent by a date field.
 */
record ActionForm(
        @NotBlank(message = "{programme.action.kind.required}") String kind,
        @NotNull(message = "{programme.action.title.length}")
                @Size(min = 3, max = 200, message = "{programme.action.title.length}")
                String title,
        Integer year,
        UUID eventId,
        UUID groupId,
        LocalDate periodStart,
        LocalDate periodEnd,
        Boolean planned,
        @Size(max = 4000, message = "{programme.text.tooLong}") String objectives) {

    static ActionForm empty() {
        return new ActionForm("", "", null, null, null, null, null, false, "");
    }

    ActionDraft draft() {
        return new ActionDraft(
                Vocabulary.parse(ActionKind.class, kind).orElse(null),
                title,
                year,
                eventId,
                periodStart,
                periodEnd,
                Boolean.TRUE.equals(planned),
                null,
                objectives,
                groupId);
    }
}
