package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.passerelle.testing.PlatformTest;
import fr.passerelle.testing.SchemaOrgData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org data of the public pages (events, offers, structures), read as a search engine reads it and checked
 * against schema.org's vocabulary ({@link SchemaOrgData}), news articles too; the feeds each list announces in its head.
 */
@PlatformTest
class StructuredDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventSaysWhereWhoAndThatRegistrationIsFree() throws Exception {
        JsonNode inDie = eventData("title like 'Formation – Accueillir un porteur de projet%'");
        assertThat(inDie.get("@type").asString()).isEqualTo("Event");
        assertThat(inDie.get("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(inDie.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(inDie.at("/location/@type").asString()).isEqualTo("Place");
        assertThat(inDie.at("/location/address/@type").asString()).isEqualTo("PostalAddress");
        assertThat(inDie.at("/location/address/addressLocality").asString()).isEqualTo("Die");
        assertThat(inDie.at("/location/address/postalCode").asString()).isEqualTo("26150");
        assertThat(inDie.at("/location/address/addressCountry").asString()).isEqualTo("FR");
        assertThat(inDie.at("/organizer/@type").asString()).isEqualTo("Organization");
        assertThat(inDie.at("/offers/@type").asString()).isEqualTo("Offer");
        assertThat(inDie.at("/offers/price").asInt()).isZero();
        assertThat(inDie.at("/offers/priceCurrency").asString()).isEqualTo("EUR");

        JsonNode online = eventData("mode = 'en_ligne'");
        assertThat(online.at("/location/@type").asString()).isEqualTo("VirtualLocation");
        assertThat(online.toString()).doesNotContain("visio.example");

        JsonNode hybrid = eventData("mode = 'hybride'");
        assertThat(hybrid.get("eventAttendanceMode").asString())
                .isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(hybrid.get("location").findValuesAsString("@type")).containsExactly("Place", "VirtualLocation");
    }

    @Test
    void eachKindOfOfferHasTheTypeThatSaysWhatItIs() throws Exception {
        assertThat(offerData("emploi").get("@type").asString()).isEqualTo("JobPosting");
        assertThat(offerData("emploi").at("/hiringOrganization/@type").asString())
                .isEqualTo("Organization");
        assertThat(offerData("emploi").at("/jobLocation/address/@type").asString())
                .isEqualTo("PostalAddress");
        assertThat(offerData("besoin_identifie").get("@type").asString()).isEqualTo("Demand");
        JsonNode premises = offerData("local");
        assertThat(premises.get("@type").asString()).isEqualTo("Offer");
        assertThat(premises.at("/availableAtOrFrom/@type").asString()).isEqualTo("Place");
        assertThat(premises.at("/offeredBy/@type").asString()).isEqualTo("Organization");
    }

    @Test
    void aStructureGivesItsAddressAndTheTerritoriesItServes() throws Exception {
        JsonNode authority = structureData("kind = 'local_authority' and commune_code is not null");
        assertThat(authority.get("@type").asString()).isEqualTo("GovernmentOrganization");
        assertThat(authority.at("/address/@type").asString()).isEqualTo("PostalAddress");
        JsonNode serving = structureData(
                "kind = 'support_structure' and exists (select 1 from organisation_coverage c where c.organisation_id = o.id)");
        assertThat(serving.get("@type").asString()).isEqualTo("Organization");
        assertThat(serving.get("areaServed").findValuesAsString("@type")).contains("AdministrativeArea");
    }

    @Test
    void aStructureNamesItsThematicContactsAsContactPoints() throws Exception {
        JsonNode capRural = structureData("name = 'Cap Rural'");
        JsonNode points = capRural.get("contactPoint");
        assertThat(points.findValuesAsString("@type")).containsOnly("ContactPoint");
        assertThat(points.findValuesAsString("contactType")).contains("Offres d’activité", "Financement de projet");
        JsonNode funding = points.findParents("contactType").stream()
                .filter(point -> point.get("contactType").asString().equals("Financement de projet"))
                .findFirst()
                .orElseThrow();
        assertThat(funding.get("name").asString()).isEqualTo("Yann Delorme");
        assertThat(funding.get("email").asString()).isEqualTo("y.delorme@caprural.example");
        assertThat(funding.get("telephone").asString()).isEqualTo("+33475412861");
    }

    @Test
    void listsAnnounceTheirFeedsInTheirHead() throws Exception {
        assertThat(head("/offres?q=boulangerie"))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/offres/feed.atom?q=boulangerie\"");
        assertThat(head("/agenda"))
                .contains("<link rel=\"alternate\" type=\"text/calendar\"")
                .contains("href=\"/agenda.ics\"");
        assertThat(head("/agenda?vue=mois")).contains("type=\"text/calendar\"");
        assertThat(head("/actualites"))
                .contains("<link rel=\"alternate\" type=\"application/atom+xml\"")
                .contains("href=\"/actualites/flux.atom\"");
    }

    @Test
    void aNewsArticleSaysItsHeadlineDatesAndAuthor() throws Exception {
        UUID id = jdbc.sql("select id from news_article where status = 'published' and event_id is not null"
                        + " order by published_on desc limit 1")
                .query(UUID.class)
                .single();
        JsonNode article = data("/actualites/" + id);
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString()).startsWith("À l’agenda\u00a0: ");
        assertThat(article.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(article.at("/author/@type").asString()).isEqualTo("Organization");
        assertThat(article.at("/author/name").asString()).isEqualTo("Cap Rural");
        assertThat(article.at("/publisher/@type").asString()).isEqualTo("Organization");
        assertThat(article.get("url").asString()).endsWith("/actualites/" + id);
        assertThat(head("/actualites/" + id)).contains("href=\"/actualites/flux.atom\"");
    }

    private JsonNode eventData(String where) throws Exception {
        UUID id = jdbc.sql("select id from event where status = 'published' and " + where + " limit 1")
                .query(UUID.class)
                .single();
        return data("/agenda/" + id);
    }

    private JsonNode offerData(String kind) throws Exception {
        UUID id = jdbc.sql("select id from offer where status = 'published' and kind = ? order by id limit 1")
                .param(kind)
                .query(UUID.class)
                .single();
        return data("/offres/" + id);
    }

    private JsonNode structureData(String where) throws Exception {
        UUID id = jdbc.sql("select o.id from organisation o where o.status = 'published' and " + where
                        + " order by o.id limit 1")
                .query(UUID.class)
                .single();
        return data("/annuaire/structures/" + id);
    }

    /** The page's one JSON-LD document, once schema.org's vocabulary found nothing wrong in it. */
    private JsonNode data(String path) throws Exception {
        List<String> scripts = SchemaOrgData.scripts(page(path));
        assertThat(scripts).as("JSON-LD documents of " + path).hasSize(1);
        assertThat(SchemaOrgData.problems(scripts.get(0)))
                .as("what schema.org's vocabulary does not define in the data of " + path)
                .isEmpty();
        return JSON.readTree(scripts.get(0));
    }

    private String head(String path) throws Exception {
        String page = page(path);
        return page.substring(0, page.indexOf("</head>"));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
