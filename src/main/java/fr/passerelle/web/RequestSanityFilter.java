package fr.passerelle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 and a French message, what no page or API of the platform accepts and what the database would
 * fail on: a NUL character in a parameter, or a page number that is not a small whole number.
 */
@RequiredArgsConstructor
class RequestSanityFilter extends OncePerRequestFilter {

    private static final Pattern PAGE = Pattern.compile("\\d{1,5}");

    private final GuardAnswers answers;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (insane(request)) {
            refuse(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A file upload's parts are read where they are used: only its address is looked at here. */
    private static boolean insane(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            String query = request.getQueryString();
            return query != null && query.contains("%00");
        }
        return insane(request.getParameterMap());
    }

    private static boolean insane(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .anyMatch(parameter -> parameter.getKey().indexOf('\0') >= 0
                        || Arrays.stream(parameter.getValue())
                                .anyMatch(value -> value != null && value.indexOf('\0') >= 0)
                        || parameter.getKey().equals("page")
                                && Arrays.stream(parameter.getValue())
                                        .anyMatch(value -> value == null
                                                || !PAGE.matcher(value).matches()));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (GuardAnswers.api(request)) {
            answers.problem(
                    request, response, HttpServletResponse.SC_BAD_REQUEST, "error.400.title", "api.badParameter");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
