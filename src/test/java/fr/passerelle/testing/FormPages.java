package fr.passerelle.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * What a form page shows beside its fields, read from the HTML that fragments/forms.html writes: a field's errors in
 * the paragraph {@code <field>-error}, what was typed in the value of the input {@code <field>}.
 */
public final class FormPages {

    private FormPages() {}

    /** The page shows this message in the errors of that field, not only somewhere else on the page. */
    public static org.hamcrest.Matcher<String> errorBeside(String field, String message) {
        return new PageMatcher("error beside " + field + ": " + message) {
            @Override
            String part(String page) {
                Matcher error = Pattern.compile(
                                "<p class=\"error-message\"[^>]*id=\"" + Pattern.quote(field + "-error")
                                        + "\"[^>]*>(.*?)</p>",
                                Pattern.DOTALL)
                        .matcher(page);
                return error.find() ? HtmlUtils.htmlUnescape(error.group(1)) : null;
            }

            @Override
            boolean matches(String part) {
                return part.contains(message);
            }
        };
    }

    /** The input of that field holds what was typed. */
    public static org.hamcrest.Matcher<String> typedIn(String field, String value) {
        return new PageMatcher(field + " typed as \"" + value + "\"") {
            @Override
            String part(String page) {
                Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(field) + "\"[^>]*>")
                        .matcher(page);
                if (!input.find()) {
                    return null;
                }
                Matcher typed = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
                return typed.find() ? HtmlUtils.htmlUnescape(typed.group(1)) : "";
            }

            @Override
            boolean matches(String part) {
                return part.equals(value);
            }
        };
    }

    /** The choice of that value is the one made, among the radios or in the list of that field. */
    public static org.hamcrest.Matcher<String> chosen(String field, String value) {
        return new PageMatcher(field + " chosen as \"" + value + "\"") {
            @Override
            String part(String page) {
                String name = "\\bname=\"" + Pattern.quote(field) + "\"";
                String valued = "(?=[^>]*\\bvalue=\"" + Pattern.quote(value) + "\")";
                Matcher list = Pattern.compile("<select[^>]*" + name + "[^>]*>(.*?)</select>", Pattern.DOTALL)
                        .matcher(page);
                Matcher choice = list.find()
                        ? Pattern.compile("<option\\b" + valued + "[^>]*>").matcher(list.group(1))
                        : Pattern.compile("<input\\b(?=[^>]*" + name + ")" + valued + "[^>]*>")
                                .matcher(page);
                return choice.find() ? choice.group() : null;
            }

            @Override
            boolean matches(String part) {
                return part.contains("checked=\"checked\"") || part.contains("selected=\"selected\"");
            }
        };
    }

    private abstract static class PageMatcher extends TypeSafeMatcher<String> {

        private final String expected;

        PageMatcher(String expected) {
            this.expected = expected;
        }

        abstract String part(String page);

        abstract boolean matches(String part);

        @Override
        protected boolean matchesSafely(String page) {
            String part = part(page);
            return part != null && matches(part);
        }

        @Override
        public void describeTo(Description description) {
            description.appendText(expected);
        }

        @Override
        protected void describeMismatchSafely(String page, Description mismatch) {
            mismatch.appendText("found ").appendValue(part(page));
        }
    }
}
