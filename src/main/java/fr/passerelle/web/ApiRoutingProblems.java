package fr.passerelle.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The API's requests that reach no controller (an unknown address, a method, an {@code Accept} or a
 * {@code Content-Type} that no controller takes) answered as problem details; a page's go on to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiRoutingProblems {

    private final ApiProblems problems;

    @ExceptionHandler({
        NoHandlerFoundException.class,
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        HttpMediaTypeNotSupportedException.class
    })
    ResponseEntity<ProblemDetail> unrouted(Exception e, HttpServletRequest request, Locale locale) throws Exception {
        if (!GuardAnswers.api(request)) {
            // Rethrown as it came, the error goes on to Spring MVC's own answer: the page of that status.
            throw e;
        }
        return problems.mvc((ErrorResponse) e, locale);
    }
}
