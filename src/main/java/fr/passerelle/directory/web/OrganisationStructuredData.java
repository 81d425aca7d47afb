package fr.passerelle.directory.web;

import fr.passerelle.common.SiteAddress;
import fr.passerelle.contacts.ContactHolderKind;
import fr.passerelle.contacts.ThematicContact;
import fr.passerelle.contacts.ThematicContacts;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.OrganisationKind;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Perimeter;
import fr.passerelle.web.JsonLd;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A structure of the directory as schema.org data (JSON-LD): a local authority (commune, intercommunality,
 * département, région) is a GovernmentOrganization; the others (support structures, funders, networks, rural
 * initiatives) are Organizations, whatever their legal form: an association or a cooperative is not a LocalBusiness
 * (a shop with opening hours), and the directory does not tell them apart. With their postal address, the
 * territories they serve ({@code areaServed}, as AdministrativeAreas) and their SIRET.
 */
@Component
@RequiredArgsConstructor
class OrganisationStructuredData {

    private final SiteAddress site;
    private final ThematicContacts contacts;
    private final MessageSource messages;

    String of(Organisation organisation, Commune commune, List<Perimeter> coverage) {
        String page = site.url() + "/annuaire/structures/" + organisation.id();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", JsonLd.CONTEXT);
        data.put(
                "@type",
                organisation.kind() == OrganisationKind.LOCAL_AUTHORITY ? "GovernmentOrganization" : "Organization");
        data.put("url", page);
        data.put("name", organisation.name());
        if (organisation.description() != null) {
            data.put("description", organisation.description());
        }
        if (organisation.website() != null) {
            data.put("sameAs", organisation.website());
        }
        if (organisation.email() != null) {
            data.put("email", organisation.email());
        }
        if (organisation.phone() != null) {
            data.put("telephone", organisation.phone());
        }
        if (commune != null) {
            data.put(
                    "address",
                    JsonLd.postalAddress(
                            organisation.address(),
                            commune.name(),
                            commune.postalCodes(),
                            commune.region() == null ? null : commune.region().name()));
        }
        if (!coverage.isEmpty()) {
            data.put(
                    "areaServed",
                    coverage.stream()
                            .map(area -> Map.of("@type", "AdministrativeArea", "name", area.name()))
                            .toList());
        }
        if (organisation.siret() != null) {
            data.put(
                    "identifier",
                    Map.of("@type", "PropertyValue", "propertyID", "SIRET", "value", organisation.siret()));
        }
        List<ThematicContact> named = contacts.of(ContactHolderKind.STRUCTURE, organisation.id());
        if (!named.isEmpty()) {
            data.put("contactPoint", named.stream().map(this::contactPoint).toList());
        }
        return JsonLd.of(data);
    }

    /** A thematic contact: its subject as the contact type, the person's name and function, address and phone. */
    private Map<String, Object> contactPoint(ThematicContact contact) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("@type", "ContactPoint");
        point.put(
                "contactType",
                messages.getMessage(contact.subject().messageKey(), null, LocaleContextHolder.getLocale()));
        point.put("name", contact.name());
        if (contact.function() != null) {
            point.put("description", contact.function());
        }
        point.put("email", contact.email());
        if (contact.phone() != null) {
            point.put("telephone", contact.phone().international());
        }
        return point;
    }
}
