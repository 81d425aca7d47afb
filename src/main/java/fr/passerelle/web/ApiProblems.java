package fr.passerelle.web;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** Errors of the JSON API as RFC 9457 problem details in the request's language, never a stack trace. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return problem(status, e.getReason() != null ? e.getReason() : title(status, locale), locale);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badParameter(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("api.badParameter", null, locale), locale);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(Exception e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, messages.getMessage("api.forbidden", null, locale), locale);
    }

    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    ProblemDetail invalid(org.springframework.web.bind.MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, messages.getMessage("api.invalid", null, locale), locale);
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> java.util.Map.of(
                                "field", error.getField(), "message", messages.getMessage(error, locale)))
                        .toList());
        return problem;
    }

    @ExceptionHandler(fr.passerelle.common.RuleViolation.class)
    ProblemDetail rule(fr.passerelle.common.RuleViolation e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), null, locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message, locale);
        problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", e.field(), "message", message)));
        return problem;
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("api.unreadable", null, locale), locale);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale, jakarta.servlet.http.HttpServletResponse response) {
        if (fr.passerelle.common.database.DatabaseOutage.isCause(e)) {
            response.setHeader(
                    "Retry-After", Long.toString(fr.passerelle.common.database.DatabaseOutage.RETRY_AFTER.toSeconds()));
            return problem(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("error.503.text", null, locale), locale);
        }
        org.springframework.web.bind.annotation.ResponseStatus declared =
                org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(
                        e.getClass(), org.springframework.web.bind.annotation.ResponseStatus.class);
        if (declared != null) {
            // An exception that declares its status (a file not found, or not one's to see) is answered with it.
            HttpStatus status = HttpStatus.valueOf(declared.code().value());
            String detail = status == HttpStatus.NOT_FOUND
                    ? messages.getMessage("api.notFound", null, locale)
                    : title(status, locale);
            return problem(status, detail, locale);
        }
        log.error("Unexpected error in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("api.unexpected", null, locale), locale);
    }

    private ProblemDetail problem(HttpStatus status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title(status, locale));
        return problem;
    }

    private String title(HttpStatus status, Locale locale) {
        return messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale);
    }
}
