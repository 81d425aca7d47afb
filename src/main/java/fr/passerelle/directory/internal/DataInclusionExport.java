package fr.passerelle.directory.internal;

import fr.passerelle.common.Audience;
import fr.passerelle.common.SiteAddress;
import fr.passerelle.directory.Organisation;
import fr.passerelle.directory.Scheme;
import fr.passerelle.directory.SchemeAccess;
import fr.passerelle.directory.SchemeType;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.PerimeterKind;
import fr.passerelle.territory.PerimeterMember;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory in the data·inclusion schema v1: structures (organisations, initiatives
 * aside) and services (schemes). Values outside the schema's referentials are left out.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DataInclusionExport {

    static final String SOURCE = "passerelle";
    private static final Set<String> NETWORKS = Set.of(
            "60000-rebonds",
            "aci",
            "action-logement",
            "adie",
            "afpa",
            "agefiph",
            "ai",
            "chambres-consulaires",
            "communes",
            "departements",
            "fabrique-de-territoire",
            "france-active",
            "france-service",
            "france-travail",
            "french-tech",
            "initiative-france",
            "maisons-de-l-emploi",
            "mission-locale",
            "mutualite-sociale-agricole",
            "plie",
            "regions",
            "reseau-bge",
            "reseau-entreprendre",
            "ressourceries",
            "positive-planet");

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final SchemeRepository schemes;
    private final Territories territories;
    private final SiteAddress site;

    public List<Map<String, Object>> structures() {
        return publishedOrganisationIds().stream()
                .map(id -> structure(organisations.find(id).orElseThrow()))
                .toList();
    }

    public List<Map<String, Object>> services() {
        List<Map<String, Object>> services = new ArrayList<>();
        for (UUID id : publishedOrganisationIds()) {
            Organisation organisation = organisations.find(id).orElseThrow();
            Place place = place(organisation);
            schemes.ofOrganisation(id, true).forEach(scheme -> services.add(service(scheme, organisation, place)));
        }
        return services;
    }

    private List<UUID> publishedOrganisationIds() {
        return jdbc.sql(
                        "select id from organisation where status = 'published' and kind <> 'initiative' order by name, id")
                .query(UUID.class)
                .list();
    }

    /** Where an organisation welcomes people: its address and its commune's names, as both documents write them. */
    private record Place(String address, String codeInsee, String postalCode, String commune, Double lat, Double lon) {

        void into(Map<String, Object> document) {
            document.put("adresse", address);
            document.put("code_insee", codeInsee);
            document.put("code_postal", postalCode);
            document.put("commune", commune);
            document.put("latitude", lat);
            document.put("longitude", lon);
        }
    }

    private Place place(Organisation o) {
        Commune commune = o.communeCode() == null
                ? null
                : territories.commune(o.communeCode()).orElse(null);
        return new Place(
                o.address(),
                o.communeCode(),
                commune == null || commune.postalCodes().isEmpty()
                        ? null
                        : commune.postalCodes().get(0),
                commune == null ? null : commune.name(),
                o.latitude(),
                o.longitude());
    }

    private Map<String, Object> structure(Organisation o) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", SOURCE);
        s.put("id", SOURCE + "--" + o.id());
        s.put("nom", o.name());
        s.put("date_maj", date(o.lastVerifiedOn()));
        s.put("description", o.description() == null || o.description().length() < 5 ? null : o.description());
        place(o).into(s);
        s.put("courriel", o.email());
        s.put("telephone", o.phone());
        s.put("site_web", o.website());
        s.put("siret", o.siret());
        s.put(
                "reseaux_porteurs",
                o.networks().stream().filter(NETWORKS::contains).distinct().toList());
        s.put("lien_source", site.url() + "/annuaire/structures/" + o.id());
        return s;
    }

    private Map<String, Object> service(Scheme scheme, Organisation organisation, Place place) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("source", SOURCE);
        s.put("structure_id", SOURCE + "--" + scheme.organisationId());
        s.put("id", SOURCE + "--" + scheme.id());
        s.put("nom", scheme.name());
        s.put("description", description(scheme));
        s.put("date_maj", date(scheme.lastVerifiedOn()));
        s.put("type", type(scheme.type()));
        s.put(
                "thematiques",
                List.of(
                        scheme.stages().isEmpty() || scheme.stages().stream().anyMatch(st -> st.ordinal() <= 2)
                                ? "creer-une-entreprise--definir-son-projet-de-creation-dentreprise"
                                : "creer-une-entreprise--developper-son-entreprise"));
        s.put("publics", publics(scheme.audiences()));
        s.put("zone_eligibilite", zone(scheme.coverage()));
        s.put("lien_mobilisation", scheme.website());
        s.put("mobilisation_precisions", scheme.howToApply());
        SchemeAccess access = scheme.access();
        s.put("modes_accueil", codes(access.receptionModes()));
        s.put("frais", access.fee() == null ? null : schemaCode(access.fee()));
        s.put("frais_precisions", access.feeDetails());
        s.put("mobilisable_par", codes(access.mobilisableBy()));
        s.put("modes_mobilisation", modesMobilisation(scheme, organisation, inPerson(access, place)));
        s.put("courriel", organisation.email());
        s.put("telephone", organisation.phone());
        if (inPerson(access, place)) {
            place.into(s);
        }
        s.put("lien_source", site.url() + "/annuaire/dispositifs/" + scheme.id());
        return s;
    }

    /** A service given in person is given at its organisation's address, when the organisation has one. */
    private static boolean inPerson(SchemeAccess access, Place place) {
        return access.receptionModes().contains(SchemeAccess.ReceptionMode.EN_PRESENTIEL) && place.address() != null;
    }

    /** How to ask for the service, from what the directory holds: its link, its organisation's e-mail and phone. */
    private static List<String> modesMobilisation(Scheme scheme, Organisation organisation, boolean inPerson) {
        List<String> modes = new ArrayList<>();
        if (organisation.email() != null) {
            modes.add("envoyer-un-courriel");
        }
        if (inPerson) {
            modes.add("se-presenter");
        }
        if (organisation.phone() != null) {
            modes.add("telephoner");
        }
        if (scheme.website() != null) {
            modes.add("utiliser-lien-mobilisation");
        }
        return modes.isEmpty() ? null : modes;
    }

    /** The platform's id in a document it exported ({@code passerelle--<uuid>}); empty for another's. */
    static Optional<UUID> ourId(String documentId) {
        String prefix = SOURCE + "--";
        if (documentId == null || !documentId.startsWith(prefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(documentId.substring(prefix.length())));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    /** The schema's spelling of a value of the platform's vocabularies: {@code en_presentiel} → {@code en-presentiel}. */
    static String schemaCode(fr.passerelle.common.Vocabulary value) {
        return value.code().replace('_', '-');
    }

    private static List<String> codes(List<? extends fr.passerelle.common.Vocabulary> values) {
        return values.isEmpty()
                ? null
                : values.stream().map(DataInclusionExport::schemaCode).toList();
    }

    /** The scheme's description, or (the schema requires one) its name and organisation's. */
    static String description(Scheme scheme) {
        return scheme.description() != null && scheme.description().length() >= 5
                ? scheme.description()
                : scheme.name() + " (" + scheme.organisationName() + ")";
    }

    private static String date(LocalDate date) {
        return (date != null ? date : LocalDate.now()).toString();
    }

    static String type(SchemeType type) {
        return switch (type) {
            case SUBVENTION,
                    PRET,
                    PRET_HONNEUR,
                    GARANTIE,
                    INVESTISSEMENT_SOLIDAIRE,
                    FINANCEMENT_PARTICIPATIF,
                    APPEL_A_PROJETS -> "aide-financiere";
            case FORMATION -> "formation";
            case MISE_EN_RESEAU -> "information";
            default -> "accompagnement";
        };
    }

    static List<String> publics(List<Audience> audiences) {
        Set<String> publics = new LinkedHashSet<>();
        for (Audience audience : audiences) {
            switch (audience) {
                case JEUNES -> publics.add("jeunes");
                case FEMMES -> publics.add("femmes");
                case DEMANDEURS_EMPLOI -> publics.add("demandeurs-emploi");
                case MINIMA_SOCIAUX -> publics.add("beneficiaires-des-minimas-sociaux");
                case SENIORS -> publics.add("seniors");
                case PERSONNES_HANDICAP -> publics.add("personnes-en-situation-de-handicap");
                default -> publics.add("actifs");
            }
        }
        return publics.isEmpty() ? List.of("tous-publics") : List.copyOf(publics);
    }

    /** Communes, EPCI and départements as the schema wants them: a région becomes its départements. */
    private List<String> zone(List<UUID> coverage) {
        Set<String> codes = new LinkedHashSet<>();
        for (UUID perimeter : coverage) {
            for (PerimeterMember member : territories.members(perimeter)) {
                if (member.kind() == PerimeterKind.FRANCE) {
                    return List.of("france");
                } else if (member.kind() == PerimeterKind.REGION) {
                    codes.addAll(territories.departementCodes(member.code()));
                } else {
                    codes.add(member.code());
                }
            }
        }
        return codes.isEmpty() ? null : List.copyOf(codes);
    }
}
