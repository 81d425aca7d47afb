package fr.passerelle.web;

import fr.passerelle.common.Throttle;
import fr.passerelle.common.database.DatabaseOutage;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Errors of the JSON API as RFC 9457 problem details in the request's language, never a stack trace. Every problem
 * names the address it answers ({@code instance}); a 401 says how to authenticate ({@code WWW-Authenticate}), a 429
 * when to come back ({@code Retry-After}, from the throttle that refused), a 405 which methods are allowed.
 */
@RestControllerAdvice(annotations = RestController.class)
@RequiredArgsConstructor
class ApiProblems implements ResponseBodyAdvice<Object> {

    /** What a 401 of the API asks for: a personal token (see the account's "Jetons d'API" page). */
    static final String CHALLENGE = "Bearer realm=\"passerelle\"";

    /** The problem type of problems that are what their status says (RFC 9457, 4.2.1): written out, not implied. */
    private static final URI BLANK = URI.create("about:blank");

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private final MessageSource messages;

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ProblemDetail> status(ResponseStatusException e, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return answer(problem(status, e.getReason() != null ? e.getReason() : title(status, locale), locale));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail badParameter(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, text("api.badParameter", locale), locale);
    }

    /** Refused to a caller who did not say who they are: 401, which tells how to; to one who did: 403. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(Exception e, Locale locale) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken) {
            return answer(problem(HttpStatus.UNAUTHORIZED, text("api.status.401", locale), locale));
        }
        return answer(problem(HttpStatus.FORBIDDEN, text("api.forbidden", locale), locale));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("api.invalid", locale), locale);
        problem.setProperty(
                "errors",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                        .toList());
        return problem;
    }

    @ExceptionHandler(fr.passerelle.common.RuleViolation.class)
    ProblemDetail rule(fr.passerelle.common.RuleViolation e, Locale locale) {
        String message = messages.getMessage(e.messageKey(), null, locale);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message, locale);
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", message)));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, text("api.unreadable", locale), locale);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
        if (e instanceof ErrorResponse answer) {
            return mvc(answer, locale);
        }
        if (DatabaseOutage.isCause(e)) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, text("error.503.text", locale), locale));
        }
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (declared != null) {
            // An exception that declares its status (a file not found, or not one's to see) is answered with it.
            HttpStatus status = HttpStatus.valueOf(declared.code().value());
            String detail = status == HttpStatus.NOT_FOUND ? text("api.notFound", locale) : title(status, locale);
            return answer(problem(status, detail, locale));
        }
        log.error("Unexpected error in the API", e);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("api.unexpected", locale), locale));
    }

    /**
     * A refusal of Spring MVC itself (no such address, a method or a media type it does not take, a body too large):
     * its status and headers ({@code Allow}, {@code Accept}), a French detail saying what would be taken.
     */
    ResponseEntity<ProblemDetail> mvc(ErrorResponse answer, Locale locale) {
        HttpStatus status = HttpStatus.valueOf(answer.getStatusCode().value());
        String detail = text(detailKey(status), locale);
        if (answer instanceof HttpRequestMethodNotSupportedException e && e.getSupportedMethods() != null) {
            detail = messages.getMessage(
                    "api.methodNotAllowed",
                    new Object[] {e.getMethod(), String.join(", ", e.getSupportedMethods())},
                    locale);
        } else if (answer instanceof HttpMediaTypeNotAcceptableException e
                && !e.getSupportedMediaTypes().isEmpty()) {
            detail = messages.getMessage("api.notAcceptable", new Object[] {types(e.getSupportedMediaTypes())}, locale);
        } else if (answer instanceof HttpMediaTypeNotSupportedException e
                && !e.getSupportedMediaTypes().isEmpty()) {
            String sent = e.getContentType() == null ? "—" : e.getContentType().toString();
            detail = messages.getMessage(
                    "api.unsupportedType", new Object[] {sent, types(e.getSupportedMediaTypes())}, locale);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(answer.getHeaders());
        return ResponseEntity.status(status).headers(headers).body(problem(status, detail, locale));
    }

    private static String types(List<MediaType> types) {
        return types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(", "));
    }

    private String detailKey(HttpStatus status) {
        String key = "api.status." + status.value();
        return messages.getMessage(key, null, null, Locale.FRENCH) != null ? key : "api.status.other";
    }

    /**
     * The problem with the headers its status calls for. Set here for this class's own problems, which the advice
     * below does not see (it applies to the API's controllers, and these handlers are not one).
     */
    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        HttpHeaders headers = new HttpHeaders();
        complete(problem, headers);
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static void complete(ProblemDetail problem, HttpHeaders headers) {
        if (problem.getType() == null) {
            problem.setType(BLANK);
        }
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()
                && !headers.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        if (problem.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()
                && !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
            Throttle.refusalRetryAfter()
                    .ifPresent(seconds -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    /** Every problem of the API's controllers, theirs or these: its address, and the headers its status calls for. */
    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getInstance() == null && request instanceof ServletServerHttpRequest servlet) {
                problem.setInstance(URI.create(servlet.getServletRequest().getRequestURI()));
            }
            complete(problem, response.getHeaders());
        }
        return body;
    }

    private ProblemDetail problem(HttpStatus status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(BLANK);
        problem.setTitle(title(status, locale));
        return problem;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private String title(HttpStatus status, Locale locale) {
        return messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale);
    }
}
