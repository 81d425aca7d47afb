package fr.passerelle.events;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** A form's errors, as the page that shows them receives them: each field with the message key of its first error. */
final class FormErrorsMatcher {

    private FormErrorsMatcher() {}

    static Matcher<Object> fieldErrors(Map<String, String> expected) {
        return new TypeSafeMatcher<>(BindingResult.class) {
            @Override
            protected boolean matchesSafely(Object errors) {
                return keys((BindingResult) errors).equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("field errors ").appendValue(expected);
            }

            @Override
            protected void describeMismatchSafely(Object errors, Description mismatch) {
                mismatch.appendText("were ").appendValue(keys((BindingResult) errors));
            }
        };
    }

    /** A form that kept what was typed in a field. */
    static Matcher<Object> typed(String field, Object value) {
        return new TypeSafeMatcher<>(BindingResult.class) {
            @Override
            protected boolean matchesSafely(Object errors) {
                return value.equals(((BindingResult) errors).getFieldValue(field));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(field + " typed as ").appendValue(value);
            }
        };
    }

    private static Map<String, String> keys(BindingResult errors) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            keys.putIfAbsent(error.getField(), error.getCode());
        }
        return keys;
    }
}
