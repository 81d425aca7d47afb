package fr.passerelle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public reads ({@link PublicReads}) carry a weak ETag of their content and a short {@code Cache-Control}, and a
 * client that sends the ETag back ({@code If-None-Match}) gets 304 without the body. Read by someone signed in or with
 * a token, the same addresses may show more (members-only resources): private then, checked again at every use.
 * Errors are never kept. Every other answer keeps Spring Security's {@code no-store} (pages, personal data).
 */
class PublicCaching extends ShallowEtagHeaderFilter {

    PublicCaching() {
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicReads.read(request.getMethod()) || !PublicReads.path(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Set before Spring Security writes its own, which it then leaves alone.
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(request));
        super.doFilterInternal(request, new ErrorsNotKept(response), chain);
    }

    private static String cacheControl(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getRequestedSessionId() != null) {
            return "private, no-cache";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "public, max-age=" + (PublicReads.feed(path) ? PublicReads.FEED_MAX_AGE : PublicReads.API_MAX_AGE);
    }

    /** A response whose caching turns to {@code no-store} once its status says it failed. */
    private static final class ErrorsNotKept extends HttpServletResponseWrapper {

        ErrorsNotKept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            forget(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            forget(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            forget(status);
            super.sendError(status, message);
        }

        private void forget(int status) {
            if (status >= 400) {
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }
    }
}
