package fr.passerelle.offers.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.offers.Offers;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A territory's offers shown on its own website in a frame. The territory declares the sites (origins) allowed to
 * show it; the frame is refused to any other, by the browser, from the widget's Content-Security-Policy.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OfferWidgets {

    static final int MAX_ORIGINS = 10;

    /** A territory's widget settings. */
    public record Widget(UUID organisationId, List<String> allowedOrigins, List<OfferKind> kinds) {}

    private final JdbcClient jdbc;
    private final Offers offers;
    private final OfferRepository repository;

    public Optional<Widget> widget(UUID organisationId) {
        return jdbc.sql("select * from offer_widget where organisation_id = :organisation")
                .param("organisation", organisationId)
                .query((rs, row) -> new Widget(
                        organisationId,
                        Arrays.asList((String[]) rs.getArray("allowed_origins").getArray()),
                        Arrays.stream((String[]) rs.getArray("kinds").getArray())
                                .map(code ->
                                        Vocabulary.parse(OfferKind.class, code).orElseThrow())
                                .toList()))
                .optional();
    }

    /**
     * Saves the territory's widget: the sites allowed to show it, typed one per line as addresses or origins.
     *
     * @throws OfferRejectedException on "origins" when none is given, more than ten, or one is not a web address
     * @throws AccessDeniedException when the user is not one of the territory's agents
     */
    @Transactional
    public Widget save(AccountUser user, UUID organisationId, String typedOrigins, List<OfferKind> kinds) {
        if (offers.publishers(user).stream()
                .noneMatch(organisation -> organisation.id().equals(organisationId))) {
            throw new AccessDeniedException("Not one of the user's territories");
        }
        List<String> origins = origins(typedOrigins);
        jdbc.sql(
                        """
                        insert into offer_widget (organisation_id, allowed_origins, kinds)
                        values (:organisation, :origins, :kinds)
                        on conflict (organisation_id) do update
                        set allowed_origins = excluded.allowed_origins, kinds = excluded.kinds, updated_at = now()
                        """)
                .param("organisation", organisationId)
                .param("origins", origins.toArray(String[]::new))
                .param("kinds", kinds.stream().map(OfferKind::code).toArray(String[]::new))
                .update();
        return new Widget(organisationId, origins, kinds);
    }

    /** The territory's published offers the widget shows, newest first. */
    public List<Offer> offersOf(Widget widget, int limit) {
        return repository.publishedBy(widget.organisationId(), widget.kinds(), limit);
    }

    /** The origins typed one per line ("www.paysdiois.fr" or "https://www.paysdiois.fr/accueil"), normalised. */
    static List<String> origins(String typed) {
        Set<String> origins = new LinkedHashSet<>();
        for (String line : (typed == null ? "" : typed).split("[\\r\\n,; ]+")) {
            String value = line.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!value.contains("://")) {
                value = "https://" + value;
            }
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                String host = uri.getHost();
                if (!(scheme.equals("https") || scheme.equals("http"))
                        || host == null
                        || !host.contains(".") && !host.equals("localhost")) {
                    throw new OfferRejectedException("origins", "offer.widget.origin.invalid");
                }
                origins.add(scheme + "://" + host.toLowerCase(Locale.ROOT)
                        + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
            } catch (java.net.URISyntaxException wrong) {
                throw new OfferRejectedException("origins", "offer.widget.origin.invalid");
            }
        }
        if (origins.isEmpty()) {
            throw new OfferRejectedException("origins", "offer.widget.origin.required");
        }
        if (origins.size() > MAX_ORIGINS) {
            throw new OfferRejectedException("origins", "offer.widget.origin.tooMany");
        }
        return new ArrayList<>(origins);
    }
}
