package fr.passerelle.web;

import fr.passerelle.common.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON API's query parameters read as its document declares them (OpenAPI's default for a query: form style,
 * exploded): a list repeats its parameter ({@code kind=a&kind=b}) and a comma is part of a value, never a separator
 * (Spring's conversion would split a lone {@code kind=a,b} into two values); a parameter of a single value sent
 * several times is refused (400) rather than read as its values joined by commas or as its first. What a handler takes
 * as one value or as a list is read from its signature, as springdoc reads it to write the document: its
 * {@code @RequestParam}s and the components of its {@code @ParameterObject} records, a list being a collection or an
 * array.
 */
@ControllerAdvice(annotations = RestController.class)
@RequiredArgsConstructor
class ApiParameters implements HandlerInterceptor, WebMvcConfigurer {

    private final MessageSource messages;
    private final Map<Method, Set<String>> singles = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    /** A list of the API binds each value as sent, a comma in it included. */
    @InitBinder
    void lists(WebDataBinder binder, HttpServletRequest request) {
        if (ProblemResponses.api(request)) {
            binder.registerCustomEditor(List.class, new CustomCollectionEditor(List.class));
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Set<String> single = singles.computeIfAbsent(method.getMethod(), key -> singleValued(method));
            Set<String> repeated = new TreeSet<>();
            request.getParameterMap().forEach((name, values) -> {
                if (values.length > 1 && single.contains(name)) {
                    repeated.add(name);
                }
            });
            if (!repeated.isEmpty()) {
                throw new ResponseStatusException(
                        HttpStatus.BAD_REQUEST,
                        messages.getMessage(
                                "api.repeatedParameters",
                                new Object[] {String.join(", ", repeated)},
                                LocaleContextHolder.getLocale()));
            }
        }
        return true;
    }

    /** The query parameters the handler reads as one value each. */
    static Set<String> singleValued(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(type) && !list(type)) {
                String named = param.name().isEmpty() ? param.value() : param.name();
                names.add(named.isEmpty() ? parameter.getParameter().getName() : named);
            } else if (parameter.hasParameterAnnotation(ParameterObject.class) && type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (!list(component.getType())) {
                        names.add(component.getName());
                    }
                }
            }
        }
        return names;
    }

    private static boolean list(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }
}
