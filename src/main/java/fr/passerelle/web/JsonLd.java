package fr.passerelle.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured data (schema.org in JSON-LD) for a page's {@code <head>}: a controller puts {@link #of(Map)} in its model
 * as {@code jsonLd}, and the layout writes it in a {@code <script type="application/ld+json">}.
 */
public final class JsonLd {

    /** schema.org's JSON-LD context. */
    public static final String CONTEXT = "https://schema.org";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLd() {}

    /**
     * The data as JSON that can stand inside a script element: no text in it can close the element or open a comment
     * (a slash after "<" is escaped, and the "<" of "<!--" too).
     */
    public static String of(Map<String, Object> data) {
        return JSON.writeValueAsString(data).replace("</", "<\\/").replace("<!--", "\\u003c!--");
    }

    /** A French postal address (a schema.org PostalAddress); the street, postal code and region may be null. */
    public static Map<String, Object> postalAddress(
            String street, String locality, List<String> postalCodes, String region) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        if (street != null && !street.isBlank()) {
            address.put("streetAddress", street.strip());
        }
        address.put("addressLocality", locality);
        if (postalCodes != null && !postalCodes.isEmpty()) {
            address.put("postalCode", postalCodes.get(0));
        }
        if (region != null) {
            address.put("addressRegion", region);
        }
        address.put("addressCountry", "FR");
        return address;
    }
}
