package fr.passerelle.offers;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.offers.internal.OfferDraft;
import fr.passerelle.offers.internal.OfferPage;
import fr.passerelle.offers.internal.OfferPictures;
import fr.passerelle.offers.internal.OfferQuery;
import fr.passerelle.offers.internal.OfferRejectedException;
import fr.passerelle.offers.internal.OfferRepository;
import fr.passerelle.offers.internal.OfferStatus;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.Territories;
import fr.passerelle.territory.TerritoryPage;
import fr.passerelle.territory.TerritoryPages;
import fr.passerelle.territory.UnknownTerritoryException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers module's facade. A territory's agents (the members of its organisation) write offers as drafts,
 * publish them, and close them as filled or withdrawn; published offers expire at their end date. Anyone searches
 * the published ones. Coordinators may act for any territory.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Offers {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MIN = 20;
    static final int DESCRIPTION_MAX = 8000;

    private final OfferRepository offers;
    private final OfferPictures pictures;
    private final Territories territories;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final TerritoryPages pages;

    /** The organisations the user may publish offers for: their own, as a territory agent. */
    public List<Organisation> publishers(AccountUser user) {
        if (user == null || !user.hasRole(Role.TERRITORY_AGENT)) {
            return List.of();
        }
        return user.organisationIds().stream()
                .map(directory::organisation)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Whether the user may change the offer: a member agent of its organisation, or its coordinators. */
    public boolean mayEdit(AccountUser user, Offer offer) {
        return mayPublishFor(user, offer.organisationId());
    }

    /**
     * Whether the user publishes for the organisation: a member agent, or a coordinator acting for it (those of the
     * network whose territory it covers, and the national level; see {@link Directory#coordinates}).
     */
    public boolean mayPublishFor(AccountUser user, UUID organisationId) {
        return user != null
                && organisationId != null
                && ((user.hasRole(Role.TERRITORY_AGENT) && user.memberOf(organisationId))
                        || directory.coordinates(user, organisationId));
    }

    /**
     * Writes a new offer as a draft.
     *
     * @throws OfferRejectedException listing every rule the draft breaks
     * @throws AccessDeniedException when the user may not publish for that organisation
     */
    @Transactional
    public UUID create(AccountUser user, OfferDraft draft) {
        if (draft.organisationId() != null && !mayPublishFor(user, draft.organisationId())) {
            throw new AccessDeniedException("Not one of the user's territories");
        }
        Commune commune = check(draft, true);
        return offers.insert(draft, commune, user.id());
    }

    /** Checks a draft without writing it, so that a form whose fields did not all read shows every problem. */
    public void check(OfferDraft draft) {
        check(draft, true);
    }

    /**
     * Changes an offer (its organisation stays).
     *
     * @throws OfferNotFoundException when the user may not edit it
     * @throws OfferRejectedException listing every rule the draft breaks, or when the offer is closed
     */
    @Transactional
    public void update(AccountUser user, UUID id, OfferDraft draft) {
        Offer offer = editable(user, id);
        if (offer.status() == OfferStatus.FILLED) {
            throw new OfferRejectedException("status", "offer.status.closed");
        }
        Commune commune = check(draft, false);
        if (offer.published() && draft.endsOn() != null && draft.endsOn().isBefore(today())) {
            throw new OfferRejectedException("endsOn", "offer.endsOn.past");
        }
        offers.update(id, draft, commune);
    }

    /**
     * Puts the picture of the offer, checked for what it is.
     *
     * @throws OfferRejectedException on the "picture" field when it is not a JPEG or PNG image under 5 MB
     */
    @Transactional
    public void setPicture(AccountUser user, UUID id, byte[] content) {
        editable(user, id);
        String type = pictures.check(content);
        pictures.store(id, content);
        offers.setPicture(id, type, content.length);
    }

    /**
     * Checks a picture before anything is written.
     *
     * @throws OfferRejectedException on the "picture" field when it is not a JPEG or PNG image under 5 MB
     */
    public void checkPicture(byte[] content) {
        pictures.check(content);
    }

    @Transactional
    public void removePicture(AccountUser user, UUID id) {
        editable(user, id);
        offers.setPicture(id, null, 0);
        pictures.delete(id);
    }

    /** The picture of an offer the user may see, with its type. */
    public Optional<Picture> picture(AccountUser user, UUID id) {
        return offer(user, id).filter(Offer::hasPicture).flatMap(offer -> pictures.read(id)
                .map(bytes -> new Picture(offer.pictureType(), bytes)));
    }

    /** A picture's type and content. */
    public record Picture(String type, byte[] content) {}

    /**
     * Publishes a draft, or publishes again an offer withdrawn or expired (once its end date is moved on).
     *
     * @throws OfferRejectedException when its end date has passed, or it is already published or filled
     */
    @Transactional
    public void publish(AccountUser user, UUID id) {
        Offer offer = editable(user, id);
        if (offer.endsOn() != null && offer.endsOn().isBefore(today())) {
            throw new OfferRejectedException("endsOn", "offer.endsOn.past");
        }
        if (!offers.move(
                id, List.of(OfferStatus.DRAFT, OfferStatus.WITHDRAWN, OfferStatus.EXPIRED), OfferStatus.PUBLISHED)) {
            throw new OfferRejectedException("status", "offer.status.changed");
        }
        events.publishEvent(new OfferPublished(id));
    }

    /** Closes a published offer: someone took it. */
    @Transactional
    public void fill(AccountUser user, UUID id) {
        close(user, id, OfferStatus.FILLED);
    }

    /** Takes a published offer (or a draft) off the site. */
    @Transactional
    public void withdraw(AccountUser user, UUID id) {
        editable(user, id);
        if (!offers.move(id, List.of(OfferStatus.PUBLISHED, OfferStatus.DRAFT), OfferStatus.WITHDRAWN)) {
            throw new OfferRejectedException("status", "offer.status.changed");
        }
    }

    private void close(AccountUser user, UUID id, OfferStatus to) {
        editable(user, id);
        if (!offers.move(id, List.of(OfferStatus.PUBLISHED), to)) {
            throw new OfferRejectedException("status", "offer.status.changed");
        }
    }

    /**
     * An offer the user may see: published, filled or expired ones for anyone (the page says when it is no longer
     * available); drafts and withdrawn ones for its editors only.
     */
    public Optional<Offer> offer(AccountUser user, UUID id) {
        return offers.find(id)
                .filter(offer -> offer.status() == OfferStatus.PUBLISHED
                        || offer.status() == OfferStatus.FILLED
                        || offer.status() == OfferStatus.EXPIRED
                        || mayEdit(user, offer));
    }

    /** The offers of the user's territories in every status, the latest changed first (coordinators: none). */
    public List<Offer> ofMyTerritories(AccountUser user) {
        List<UUID> organisations =
                publishers(user).stream().map(Organisation::id).toList();
        return organisations.isEmpty() ? List.of() : offers.ofOrganisations(organisations, 500);
    }

    /**
     * A page of published offers.
     *
     * @throws OfferRejectedException on "near" when that commune is unknown or has no known centre
     */
    public OfferPage search(OfferQuery query) {
        Double latitude = null;
        Double longitude = null;
        if (query.near() != null && !query.near().isBlank()) {
            Commune commune = territories
                    .commune(query.near().strip())
                    .orElseThrow(() -> new OfferRejectedException("near", "offer.near.unknown"));
            if (commune.latitude() == null) {
                throw new OfferRejectedException("near", "offer.near.noCentre");
            }
            latitude = commune.latitude();
            longitude = commune.longitude();
        }
        return offers.search(query.bounded(100), latitude, longitude);
    }

    /**
     * A page of the published offers of one territory, named by the address of its page ({@code le-diois}) or by its
     * EPCI's SIREN.
     *
     * @throws UnknownTerritoryException when no territory page and no EPCI has that code
     */
    @Transactional // the territory module records an official perimeter the first time it is named
    public OfferPage ofTerritory(String code, int page, int size) {
        UUID perimeter = pages.bySlug(code).map(TerritoryPage::perimeterId).orElseGet(() -> territories
                .officialPerimeter(PerimeterKind.EPCI, code)
                .id());
        List<String> communes = territories.communeCodes(List.of(perimeter));
        return search(OfferQuery.inCommunes(communes, page, size));
    }

    /**
     * The published offers that fit a project: of a kind that suits it, in the EPCI of one of its communes first,
     * then in their départements, sharing a sector when both name some.
     */
    public List<Offer> fitting(ProjectKind kind, List<Sector> sectors, List<String> targetCommunes, int limit) {
        List<Commune> communes = targetCommunes.stream()
                .map(territories::commune)
                .flatMap(Optional::stream)
                .toList();
        if (communes.isEmpty()) {
            return List.of();
        }
        return offers.fitting(
                communes.stream().map(Commune::code).toList(),
                communes.stream()
                        .filter(commune -> commune.epci() != null)
                        .map(commune -> commune.epci().code())
                        .distinct()
                        .toList(),
                communes.stream()
                        .map(commune -> commune.departement().code())
                        .distinct()
                        .toList(),
                List.copyOf(OfferKind.suiting(kind)),
                sectors == null ? List.of() : sectors,
                limit);
    }

    /** The communes of the EPCI an offer lies in (or its own commune, outside any), for finding the projects aimed there. */
    @Transactional // the territory module records an official perimeter the first time it is named
    public List<String> communesAround(Offer offer) {
        return offer.epciSiren() == null
                ? List.of(offer.communeCode())
                : territories.communeCodes(List.of(territories
                        .officialPerimeter(PerimeterKind.EPCI, offer.epciSiren())
                        .id()));
    }

    private Offer editable(AccountUser user, UUID id) {
        return offers.find(id).filter(offer -> mayEdit(user, offer)).orElseThrow(() -> new OfferNotFoundException(id));
    }

    private Commune check(OfferDraft draft, boolean creating) {
        List<Breach> breaches = new ArrayList<>();
        if (creating && draft.organisationId() == null) {
            breaches.add(new Breach("organisationId", "offer.organisation.required"));
        }
        if (draft.kind() == null) {
            breaches.add(new Breach("kind", "offer.kind.required"));
        }
        length(breaches, "title", draft.title(), TITLE_MIN, TITLE_MAX);
        length(breaches, "description", draft.description(), DESCRIPTION_MIN, DESCRIPTION_MAX);
        Commune commune = null;
        if (draft.communeCode() == null || draft.communeCode().isBlank()) {
            breaches.add(new Breach("commune", "offer.commune.required"));
        } else {
            commune = territories.commune(draft.communeCode().strip()).orElse(null);
            if (commune == null) {
                breaches.add(new Breach("commune", "offer.commune.unknown"));
            }
        }
        longest(breaches, "conditions", draft.support().conditions(), 4000);
        longest(breaches, "localSupport", draft.support().localSupport(), 2000);
        longest(breaches, "premises", draft.support().premises(), 2000);
        longest(breaches, "housing", draft.support().housing(), 2000);
        check(breaches, draft.contact());
        longest(breaches, "pictureAlt", draft.pictureAlt(), 300);
        if (draft.endsOn() != null
                && draft.availableFrom() != null
                && draft.endsOn().isBefore(draft.availableFrom())) {
            breaches.add(new Breach("endsOn", "offer.endsOn.beforeStart"));
        }
        if (!breaches.isEmpty()) {
            throw new OfferRejectedException(breaches);
        }
        return commune;
    }

    /** A contact is named briefly and reached by a valid e-mail, a valid phone, or both. */
    private static void check(List<Breach> breaches, OfferDraft.Contact contact) {
        longest(breaches, "contactName", contact.name(), 150);
        boolean email = contact.email() != null && !contact.email().isBlank();
        boolean phone = contact.phone() != null && !contact.phone().isBlank();
        if (!email && !phone) {
            breaches.add(new Breach("contactEmail", "offer.contact.required"));
        }
        if (email
                && (!contact.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                        || contact.email().strip().length() > 254)) {
            breaches.add(new Breach("contactEmail", "offer.contactEmail.invalid"));
        }
        if (phone && !contact.phone().strip().matches("\\+?[0-9 .()-]{6,30}")) {
            breaches.add(new Breach("contactPhone", "offer.contactPhone.invalid"));
        }
    }

    private static void length(List<Breach> breaches, String field, String value, int min, int max) {
        int length = value == null ? 0 : value.strip().length();
        if (length == 0) {
            breaches.add(new Breach(field, "offer." + field + ".required"));
        } else if (length < min || length > max) {
            breaches.add(new Breach(field, "offer." + field + ".length"));
        }
    }

    private static void longest(List<Breach> breaches, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            breaches.add(new Breach(field, "offer." + field + ".tooLong"));
        }
    }

    public static LocalDate today() {
        return LocalDate.now(Paris.ZONE);
    }
}
