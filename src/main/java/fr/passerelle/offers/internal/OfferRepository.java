package fr.passerelle.offers.internal;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.SearchSynonyms;
import fr.passerelle.common.Sector;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferKind;
import fr.passerelle.territory.Commune;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The offer table. */
@Repository
@RequiredArgsConstructor
public class OfferRepository {

    private final JdbcClient jdbc;

    public UUID insert(OfferDraft draft, Commune commune, UUID by) {
        return jdbc.sql(
                        """
                        insert into offer (organisation_id, kind, title, description, commune_code, sectors, conditions,
                                           local_support, premises, housing, contact_name, contact_email, contact_phone,
                                           available_from, ends_on, picture_alt, departement_code, region_code,
                                           epci_siren, rural, latitude, longitude, created_by)
                        values (:organisation, :kind, :title, :description, :commune, :sectors, :conditions,
                                :localSupport, :premises, :housing, :contactName, :contactEmail, :contactPhone,
                                :availableFrom, :endsOn, :pictureAlt, :departement, :region, :epci, :rural,
                                :latitude, :longitude, :by)
                        returning id
                        """)
                .params(values(draft, commune))
                .param("organisation", draft.organisationId())
                .param("by", by)
                .query(UUID.class)
                .single();
    }

    public void update(UUID id, OfferDraft draft, Commune commune) {
        jdbc.sql(
                        """
                        update offer set kind = :kind, title = :title, description = :description,
                               commune_code = :commune, sectors = :sectors, conditions = :conditions,
                               local_support = :localSupport, premises = :premises, housing = :housing,
                               contact_name = :contactName, contact_email = :contactEmail,
                               contact_phone = :contactPhone, available_from = :availableFrom, ends_on = :endsOn,
                               picture_alt = :pictureAlt, departement_code = :departement, region_code = :region,
                               epci_siren = :epci, rural = :rural, latitude = :latitude, longitude = :longitude,
                               -- a new end date earns a new notice before it
                               expiry_notice_sent_at = case when ends_on is distinct from :endsOn then null
                                                            else expiry_notice_sent_at end,
                               updated_at = now()
                        where id = :id
                        """)
                .params(values(draft, commune))
                .param("id", id)
                .update();
    }

    private static Map<String, Object> values(OfferDraft draft, Commune commune) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", draft.kind().code());
        values.put("title", draft.title().strip());
        values.put("description", draft.description().strip());
        values.put("commune", commune.code());
        values.put(
                "sectors",
                draft.sectors() == null
                        ? new String[0]
                        : draft.sectors().stream().map(Sector::code).distinct().toArray(String[]::new));
        values.put("conditions", blankToNull(draft.support().conditions()));
        values.put("localSupport", blankToNull(draft.support().localSupport()));
        values.put("premises", blankToNull(draft.support().premises()));
        values.put("housing", blankToNull(draft.support().housing()));
        values.put("contactName", blankToNull(draft.contact().name()));
        values.put("contactEmail", blankToNull(draft.contact().email()));
        values.put("contactPhone", blankToNull(draft.contact().phone()));
        values.put("availableFrom", draft.availableFrom());
        values.put("endsOn", draft.endsOn());
        values.put("pictureAlt", blankToNull(draft.pictureAlt()));
        values.putAll(place(commune));
        return values;
    }

    private static Map<String, Object> place(Commune commune) {
        Map<String, Object> place = new HashMap<>();
        place.put("departement", commune.departement().code());
        place.put("region", commune.region().code());
        place.put("epci", commune.epci() == null ? null : commune.epci().code());
        place.put("rural", commune.rural());
        place.put("latitude", commune.latitude());
        place.put("longitude", commune.longitude());
        return place;
    }

    public Optional<Offer> find(UUID id) {
        return jdbc.sql("select * from offer where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /** Moves an offer on, only from one of the statuses it must be in; false when it was not. */
    public boolean move(UUID id, List<OfferStatus> from, OfferStatus to) {
        return jdbc.sql(
                                """
                        update offer set status = :to,
                               published_at = case when :to = 'published' then coalesce(published_at, now())
                                                   else published_at end,
                               closed_at = case when :to in ('filled', 'withdrawn', 'expired') then now() end,
                               updated_at = now()
                        where id = :id and status = any(:from::text[])
                        """)
                        .param("id", id)
                        .param("to", to.code())
                        .param("from", from.stream().map(OfferStatus::code).toArray(String[]::new))
                        .update()
                == 1;
    }

    public void setPicture(UUID id, String type, int bytes) {
        jdbc.sql("update offer set picture_type = :type, picture_bytes = :bytes, updated_at = now() where id = :id")
                .param("id", id)
                .param("type", type)
                .param("bytes", type == null ? null : bytes)
                .update();
    }

    /** The offers of these organisations, in every status, the latest changed first. */
    public List<Offer> ofOrganisations(List<UUID> organisations, int limit) {
        return jdbc.sql(
                        """
                        select * from offer where organisation_id = any(:organisations::uuid[])
                        order by updated_at desc, id limit :limit
                        """)
                .param("organisations", organisations.toArray(UUID[]::new))
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** A page of published offers matching the query, and how many match in all. */
    public OfferPage search(OfferQuery query, Double nearLatitude, Double nearLongitude) {
        String text = query.text() == null ? "" : query.text().strip();
        Filter filter = filter(query, text);
        String distance = "null::double precision";
        String order = text.isEmpty()
                ? "o.published_at desc, o.id"
                : "ts_rank(o.search, " + words(text).sql() + ") desc, o.published_at desc, o.id";
        if (nearLatitude != null) {
            distance = "geo_distance(geo_point(:lat, :lon), geo_point(o.latitude, o.longitude)) / 1000";
            order = "distance_km, o.published_at desc, o.id";
            filter.near(nearLatitude, nearLongitude, query.radiusKm() * 1000.0);
        }
        List<OfferHit> hits = jdbc.sql("select o.*, " + distance + " as distance_km from offer o where " + filter.where
                        + " order by " + order + " limit :limit offset :offset")
                .params(filter.params)
                .param("limit", query.size())
                .param("offset", query.page() * query.size())
                .query((rs, row) -> {
                    // Read before the offer's own columns: wasNull() answers for the last column read.
                    double km = rs.getDouble("distance_km");
                    Double away = rs.wasNull() ? null : km;
                    return new OfferHit(ROW.mapRow(rs, row), away);
                })
                .list();
        long total = hits.size() < query.size() && query.page() == 0
                ? hits.size()
                : jdbc.sql("select count(*) from offer o where " + filter.where)
                        .params(filter.params)
                        .query(Long.class)
                        .single();
        return new OfferPage(hits, total, query.page(), query.size());
    }

    /** The conditions of a search, each with its parameter. */
    private static Filter filter(OfferQuery query, String text) {
        Filter filter = new Filter();
        if (!text.isEmpty()) {
            SearchSynonyms.Query words = words(text);
            filter.and(true, "o.search @@ " + words.sql(), null, null);
            filter.params.putAll(words.params());
        }
        filter.and(chosen(query.kinds()), "o.kind = any(:kinds::text[])", "kinds", codes(query.kinds()));
        filter.and(chosen(query.sectors()), "o.sectors && :sectors::text[]", "sectors", codes(query.sectors()));
        filter.and(
                query.departement() != null, "o.departement_code = :departement", "departement", query.departement());
        filter.and(query.region() != null, "o.region_code = :region", "region", query.region());
        filter.and(Boolean.TRUE.equals(query.rural()), "o.rural", null, null);
        filter.and(
                query.publishedAfter() != null,
                "o.published_at > :publishedAfter",
                "publishedAfter",
                query.publishedAfter());
        filter.and(
                query.communes() != null,
                "o.commune_code = any(:communes::text[])",
                "communes",
                query.communes() == null ? null : query.communes().toArray(String[]::new));
        return filter;
    }

    /** The typed words with their synonyms and abbreviations. */
    private static SearchSynonyms.Query words(String text) {
        return SearchSynonyms.query("text", text);
    }

    private static boolean chosen(Collection<? extends Vocabulary> values) {
        return values != null && !values.isEmpty();
    }

    private static String[] codes(Collection<? extends Vocabulary> values) {
        return values == null ? null : values.stream().map(Vocabulary::code).toArray(String[]::new);
    }

    /** A where clause written condition by condition, with the parameters its conditions name. */
    private static final class Filter {

        private final StringBuilder where = new StringBuilder("o.status = 'published'");
        private final Map<String, Object> params = new HashMap<>();

        void and(boolean applies, String condition, String name, Object value) {
            if (applies) {
                where.append(" and ").append(condition);
                if (name != null) {
                    params.put(name, value);
                }
            }
        }

        /** Within {@code radius} metres of a point: a box the index reads, then the exact distance. */
        void near(double latitude, double longitude, double radius) {
            where.append(" and o.latitude is not null"
                    + " and geo_box(geo_point(:lat, :lon), :radius) @> geo_point(o.latitude, o.longitude)"
                    + " and geo_distance(geo_point(:lat, :lon), geo_point(o.latitude, o.longitude))"
                    + " <= :radius");
            params.put("lat", latitude);
            params.put("lon", longitude);
            params.put("radius", radius);
        }
    }

    /**
     * Published offers of these kinds in these communes or EPCI (first), then elsewhere in these départements, sharing
     * a sector with these when both name some; the newest first within each.
     */
    public List<Offer> fitting(
            List<String> communes,
            List<String> epcis,
            List<String> departements,
            List<OfferKind> kinds,
            List<Sector> sectors,
            int limit) {
        return jdbc.sql(
                        """
                        select * from offer
                        where status = 'published' and kind = any(:kinds::text[])
                          and (commune_code = any(:communes::text[]) or epci_siren = any(:epcis::text[])
                               or departement_code = any(:departements::text[]))
                          and (cardinality(:sectors::text[]) = 0 or cardinality(sectors) = 0 or sectors && :sectors::text[])
                        order by (commune_code = any(:communes::text[]) or epci_siren = any(:epcis::text[])) desc,
                                 published_at desc, id
                        limit :limit
                        """)
                .param("kinds", kinds.stream().map(OfferKind::code).toArray(String[]::new))
                .param("communes", communes.toArray(String[]::new))
                .param("epcis", epcis.toArray(String[]::new))
                .param("departements", departements.toArray(String[]::new))
                .param("sectors", sectors.stream().map(Sector::code).toArray(String[]::new))
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** An organisation's published offers of these kinds (all when none), newest first. */
    List<Offer> publishedBy(UUID organisationId, List<OfferKind> kinds, int limit) {
        return jdbc.sql(
                        """
                        select * from offer
                        where organisation_id = :organisation and status = 'published'
                          and (cardinality(:kinds::text[]) = 0 or kind = any(:kinds::text[]))
                        order by published_at desc, id
                        limit :limit
                        """)
                .param("organisation", organisationId)
                .param("kinds", kinds.stream().map(OfferKind::code).toArray(String[]::new))
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** The published offers whose end date has passed, locked for this run. */
    List<Offer> endedBy(LocalDate day) {
        return jdbc.sql(
                        """
                        select * from offer where status = 'published' and ends_on < :day
                        order by ends_on, id for update skip locked
                        """)
                .param("day", day)
                .query(ROW)
                .list();
    }

    /** The published offers ending within the notice period whose authors were not told yet, locked. */
    List<Offer> endingWithoutNotice(LocalDate day, int noticeDays) {
        return jdbc.sql(
                        """
                        select * from offer
                        where status = 'published' and ends_on >= :day and ends_on <= :day + :days
                          and expiry_notice_sent_at is null
                        order by ends_on, id for update skip locked
                        """)
                .param("day", day)
                .param("days", noticeDays)
                .query(ROW)
                .list();
    }

    void noticeSent(UUID id) {
        jdbc.sql("update offer set expiry_notice_sent_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** The communes offers lie in, to refresh where they lie when the geography changes. */
    List<String> communes() {
        return jdbc.sql("select distinct commune_code from offer")
                .query(String.class)
                .list();
    }

    void relocate(Commune commune) {
        jdbc.sql(
                        """
                        update offer set departement_code = :departement, region_code = :region, epci_siren = :epci,
                               rural = :rural, latitude = :latitude, longitude = :longitude
                        where commune_code = :commune
                          and (departement_code, region_code, epci_siren, rural, latitude, longitude)
                              is distinct from (:departement, :region, :epci, :rural, :latitude, :longitude)
                        """)
                .params(place(commune))
                .param("commune", commune.code())
                .update();
    }

    static final RowMapper<Offer> ROW = (rs, row) -> new Offer(
            rs.getObject("id", UUID.class),
            written(rs),
            rs.getBoolean("qualified"),
            one(OfferStatus.class, rs.getString("status")),
            rs.getObject("published_at", OffsetDateTime.class),
            rs.getObject("closed_at", OffsetDateTime.class),
            rs.getString("picture_type"),
            rs.getString("departement_code"),
            rs.getString("region_code"),
            rs.getString("epci_siren"),
            nullableBoolean(rs, "rural"),
            (Double) rs.getObject("latitude", Double.class),
            (Double) rs.getObject("longitude", Double.class),
            rs.getObject("updated_at", OffsetDateTime.class));

    private static OfferDraft written(ResultSet rs) throws SQLException {
        return new OfferDraft(
                rs.getObject("organisation_id", UUID.class),
                one(OfferKind.class, rs.getString("kind")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("commune_code"),
                sectors(rs.getArray("sectors")),
                new OfferDraft.Support(
                        rs.getString("conditions"),
                        rs.getString("local_support"),
                        rs.getString("premises"),
                        rs.getString("housing")),
                new OfferDraft.Contact(
                        rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone")),
                rs.getObject("available_from", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("picture_alt"));
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static List<Sector> sectors(Array array) throws SQLException {
        List<Sector> sectors = new ArrayList<>();
        if (array != null) {
            for (String code : Arrays.asList((String[]) array.getArray())) {
                Vocabulary.parse(Sector.class, code).ifPresent(sectors::add);
            }
        }
        return sectors;
    }

    private static <E extends Enum<E> & Vocabulary> E one(Class<E> type, String code) {
        return Vocabulary.parse(type, code).orElseThrow();
    }
}
