package fr.passerelle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes an RFC 9457 problem detail (type, title, status, detail, instance) straight to a response, in the request's
 * language: for the API's answers given before any controller (filters, the security chain's refusals).
 */
public interface ProblemResponses {

    /** The problem of that status, its title the status's and its detail read from the bundles under that key. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String detailKey)
            throws IOException;

    /** Whether the request is one of the JSON API's, answered with problem details when it fails. */
    static boolean api(HttpServletRequest request) {
        return GuardAnswers.api(request);
    }
}
