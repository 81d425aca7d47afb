package fr.passerelle.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class PageAnswersTests {

    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    @Test
    void aChangeDoneLeavesItsNoticeAndNothingOfTheDraft() {
        boolean done = PageAnswers.of(redirect, "noteError")
                .keeping("noteDraft", "Premier échange")
                .tried(() -> {}, "note.saved");

        assertThat(done).isTrue();
        assertThat(flashed()).containsExactly(Map.entry("notice", "note.saved"));
    }

    @Test
    void aRefusedChangeLeavesItsMessageTheFieldItConcernsAndWhatWasTyped() {
        boolean done = PageAnswers.of(redirect, "noteError")
                .keeping("noteDraft", "Premier échange")
                .keeping("noteId", 7)
                .tried(
                        () -> {
                            throw new SubmissionsTests.Refusal("text", "note.tooLong");
                        },
                        "note.saved");

        assertThat(done).isFalse();
        assertThat(flashed())
                .containsOnly(
                        Map.entry("noteError", "note.tooLong"),
                        Map.entry("noteErrorField", "text"),
                        Map.entry("noteDraft", "Premier échange"),
                        Map.entry("noteId", 7));
    }

    @Test
    void aRefusalOfTheWholeChangeNamesNoField() {
        PageAnswers.of(redirect, "noteError").tried(() -> {
            throw new SubmissionsTests.Refusal(null, "note.closed");
        });

        assertThat(flashed()).containsOnly(Map.entry("noteError", "note.closed"));
    }

    @Test
    void theChangeMayNameItsOwnNotice() {
        PageAnswers.of(redirect, "problem").told(() -> "refused.already");

        assertThat(flashed()).containsExactly(Map.entry("notice", "refused.already"));
    }

    @Test
    void aChangeWithNothingToSayLeavesNothingWhenDone() {
        assertThat(PageAnswers.of(redirect, "problem").tried(() -> {})).isTrue();
        assertThat(flashed()).isEmpty();
    }

    @Test
    void theControllersOwnRefusalKeepsWhatWasTypedToo() {
        PageAnswers.of(redirect, "noteError")
                .keeping("noteDraft", "x".repeat(9))
                .refuse("note.length");

        assertThat(flashed()).containsOnly(Map.entry("noteError", "note.length"), Map.entry("noteDraft", "xxxxxxxxx"));
    }

    @Test
    void keepingMakesANewAnswerAndLeavesTheFirstAsItWas() {
        PageAnswers bare = PageAnswers.of(redirect, "problem");
        bare.keeping("reasonDraft", "Complet");

        bare.refuse("registration.closed");

        assertThat(flashed()).containsOnly(Map.entry("problem", "registration.closed"));
    }

    @Test
    void aWholeFormTravelsWithItsErrorsUnderItsName() {
        Object form = new SubmissionsTests.Note();
        BindingResult errors = new BeanPropertyBindingResult(form, "messageForm");
        errors.rejectValue("text", "message.required");

        PageAnswers.form(redirect, errors);

        assertThat(flashed())
                .containsOnly(
                        Map.entry("messageForm", form),
                        Map.entry(BindingResult.MODEL_KEY_PREFIX + "messageForm", errors));
    }

    @Test
    void backGoesToThePageWithItsNotice() {
        String view = PageAnswers.back(redirect, "news.saved", "/actualites/7#texte");

        assertThat(view).isEqualTo("redirect:/actualites/7#texte");
        assertThat(flashed()).containsExactly(Map.entry("notice", "news.saved"));
    }

    @Test
    void aFormSentFromAnotherPageAndRecordedLeavesOnlyItsNotice() {
        BindingResult errors = new BeanPropertyBindingResult(new SubmissionsTests.Note(), "leadForm");
        boolean[] recorded = {false};

        PageAnswers.sent(redirect, errors, () -> recorded[0] = true, "stand.lead.saved");

        assertThat(recorded[0]).isTrue();
        assertThat(flashed()).containsExactly(Map.entry("notice", "stand.lead.saved"));
    }

    @Test
    void aFormSentFromAnotherPageAndRefusedGoesBackWithTheRefusalBesideItsField() {
        Object form = new SubmissionsTests.Note();
        BindingResult errors = new BeanPropertyBindingResult(form, "leadForm");

        PageAnswers.sent(
                redirect,
                errors,
                () -> {
                    throw new SubmissionsTests.Refusal("text", "note.tooLong");
                },
                "stand.lead.saved");

        assertThat(errors.getFieldError("text").getCode()).isEqualTo("note.tooLong");
        assertThat(flashed())
                .containsOnly(
                        Map.entry("leadForm", form), Map.entry(BindingResult.MODEL_KEY_PREFIX + "leadForm", errors));
    }

    @Test
    void aFormSentFromAnotherPageWithWrongFieldsIsNotRecorded() {
        BindingResult errors = new BeanPropertyBindingResult(new SubmissionsTests.Note(), "leadForm");
        errors.rejectValue("text", "lead.required");
        boolean[] recorded = {false};

        PageAnswers.sent(redirect, errors, () -> recorded[0] = true, "stand.lead.saved");

        assertThat(recorded[0]).isFalse();
        assertThat(flashed()).doesNotContainKey("notice").containsKey("leadForm");
    }

    private Map<String, Object> flashed() {
        return Map.copyOf(redirect.getFlashAttributes());
    }
}
