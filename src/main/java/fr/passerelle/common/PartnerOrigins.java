package fr.passerelle.common;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The partner sites the network's operator lists in {@code passerelle.cors.partner-origins} (a list in YAML, or
 * comma-separated in {@code PASSERELLE_CORS_PARTNER_ORIGINS}): their pages' scripts may read the public API and send
 * intakes, and they may show the platform's embeddable pages (the directory map) in a frame. A setting that is not an
 * origin stops the start.
 */
@Component
public class PartnerOrigins {

    private final Set<String> origins;

    @Autowired
    public PartnerOrigins(Environment environment) {
        this(Binder.get(environment)
                .bind("passerelle.cors.partner-origins", Bindable.listOf(String.class))
                .orElse(List.of()));
    }

    public PartnerOrigins(List<String> settings) {
        this.origins = settings.stream()
                .filter(origin -> !origin.isBlank())
                .map(PartnerOrigins::origin)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a request's {@code Origin} header names a partner site. */
    public boolean includes(String origin) {
        return origin != null && origins.contains(origin.toLowerCase(Locale.ROOT));
    }

    /** The value of a Content-Security-Policy's {@code frame-ancestors}: the platform itself and the partners. */
    public String frameAncestors() {
        return "frame-ancestors 'self'"
                + origins.stream().sorted().map(origin -> " " + origin).collect(Collectors.joining());
    }

    /** An origin as browsers send it (scheme, host, port if not the default); anything else stops the start. */
    static String origin(String setting) {
        String origin = setting.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(origin);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                || uri.getHost() == null
                || uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null
                || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("passerelle.cors.partner-origins: \"" + setting
                    + "\" is not an origin such as https://www.partenaire.fr (scheme, host and port only; no \"*\")");
        }
        return origin;
    }
}
