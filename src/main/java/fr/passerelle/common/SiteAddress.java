package fr.passerelle.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The platform's public address ({@code passerelle.base-url}) without a trailing slash: links in mails, feeds, the API. */
@Component
public class SiteAddress {

    private final String url;

    SiteAddress(@Value("${passerelle.base-url}") String url) {
        this.url = url.replaceAll("/+$", "");
    }

    /** The address, as {@code https://passerelle.example}; a path is written after it. */
    public String url() {
        return url;
    }
}
