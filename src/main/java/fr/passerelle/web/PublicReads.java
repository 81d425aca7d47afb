package fr.passerelle.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * The platform's public reads: what anyone may fetch, the same for everyone, so that a partner's page may read it
 * across origins and any cache may keep it a short while. The API's GETs but those of personal data (a project's
 * file, reports), the Atom feeds of offers and news, the agenda's iCalendar feed and the public figures' CSV.
 */
final class PublicReads {

    /** Under the API, what only a token's owner reads: never public, whoever asks. */
    private static final List<String> PERSONAL =
            List.of("/api/v1/projects/", "/api/v1/programmes/", "/api/v1/actions/");

    private static final Set<String> FEEDS = Set.of("/offres/feed.atom", "/agenda.ics", "/actualites/flux.atom");

    /** Files anyone downloads, the same for everyone: the network's public figures (issue 20, outcomes). */
    private static final Set<String> FILES = Set.of("/chiffres.csv");

    /** How long a cache may serve a public read without asking again: the API's, then the feeds'. */
    static final long API_MAX_AGE = 60;

    static final long FEED_MAX_AGE = 300;

    private PublicReads() {}

    static boolean read(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** Whether that address, read with GET or HEAD, is a public read. */
    static boolean path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return feed(path)
                || FILES.contains(path)
                || path.startsWith("/api/") && PERSONAL.stream().noneMatch(path::startsWith);
    }

    static boolean feed(String path) {
        return FEEDS.contains(path) || path.startsWith("/api/") && path.endsWith(".ics");
    }
}
