package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

class SubmissionsTests {

    @Test
    void aRightFormIsRecordedAndItsResultReturned() {
        BindingResult errors = errors();

        assertThat(Submissions.recorded(errors, () -> 42, () -> {
                    throw new AssertionError("nothing to check once recorded");
                }))
                .contains(42);
        assertThat(errors.hasErrors()).isFalse();
    }

    @Test
    void theModulesRefusalGoesBesideItsFieldAndNothingIsRecorded() {
        BindingResult errors = errors();

        boolean saved = Submissions.saved(errors, () -> {
            throw new Refusal("text", "note.tooLong");
        });

        assertThat(saved).isFalse();
        assertThat(errors.getFieldError("text").getCode()).isEqualTo("note.tooLong");
    }

    @Test
    void aWrongFormIsNotRecordedButTheModulesRulesStillSpeak() {
        BindingResult errors = errors();
        errors.rejectValue("text", "note.required");
        List<String> recorded = new ArrayList<>();

        boolean saved = Submissions.saved(errors, () -> recorded.add("saved"), () -> {
            throw new Refusal("place", "note.place.unknown");
        });

        assertThat(saved).isFalse();
        assertThat(recorded).isEmpty();
        assertThat(errors.getFieldError("text").getCode()).isEqualTo("note.required");
        assertThat(errors.getFieldError("place").getCode()).isEqualTo("note.place.unknown");
    }

    @Test
    void withoutRulesToCheckAWrongFormIsSimplyNotRecorded() {
        BindingResult errors = errors();
        errors.rejectValue("text", "note.required");

        assertThat(Submissions.recorded(errors, () -> 42)).isEmpty();
        assertThat(errors.getErrorCount()).isEqualTo(1);
    }

    private static BindingResult errors() {
        return new BeanPropertyBindingResult(new Note(), "note");
    }

    /** A form object as Spring binds it. */
    public static class Note {
        public String getText() {
            return "";
        }

        public String getPlace() {
            return "";
        }
    }

    static class Refusal extends RuleViolation {
        Refusal(String field, String messageKey) {
            super(field, messageKey);
        }
    }
}
