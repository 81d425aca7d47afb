package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's conventions as a client sees them over real HTTP, forged headers included: problem details for every
 * error, 401/405/406/415 with their headers, the request's language, partner sites' cross-origin reads, ETags with
 * conditional GETs and caching, gzip. The partner site of the tests is {@code https://www.partenaire.example}.
 */
@PlatformTest
class ApiConventionsTests {

    static final String PARTNER = "https://www.partenaire.example";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String text(HttpResponse<byte[]> response) throws IOException {
        byte[] body = response.body();
        if ("gzip".equals(header(response, "Content-Encoding"))) {
            body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** An RFC 9457 problem: its media type and its five members, the address it answers among them. */
    private static JsonNode problem(HttpResponse<byte[]> response, int status, String path) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(header(response, "Cache-Control")).contains("no-store");
        JsonNode problem = JsonMapper.shared().readTree(text(response));
        assertThat(problem.get("type").asString()).isEqualTo("about:blank");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        return problem;
    }

    @Test
    void anUnknownApiAddressIsAProblemInFrenchNotAPage() throws Exception {
        JsonNode problem = problem(get("/api/v1/nulle-part", "Accept", "text/html"), 404, "/api/v1/nulle-part");
        assertThat(problem.get("title").asString()).isEqualTo("Page introuvable");
        assertThat(problem.get("detail").asString()).startsWith("Aucune adresse de l’API ne correspond");
        assertThat(get("/nulle-part", "Accept", "text/html").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405WithAllow() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/intakes");
        JsonNode problem = problem(response, 405, "/api/v1/intakes");
        assertThat(header(response, "Allow")).isEqualTo("POST");
        assertThat(problem.get("detail").asString())
                .isEqualTo("Cette adresse n’accepte pas la méthode GET\u00a0; elle accepte\u00a0: POST.");
    }

    /**
     * The handler of an address with a variable is found path first (a third of a registration's time went to trying
     * every mapping in full): still the same answers, 405 naming what the address takes, and htmx's conditions kept.
     */
    @Test
    void anAddressWithAVariableIsFoundPathFirstWithTheSameAnswers(
            @org.springframework.beans.factory.annotation.Autowired
                    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                    Object mapping)
            throws Exception {
        assertThat(mapping)
                .isInstanceOf(PathFirstMappings.PathFirstHandlerMapping.class)
                .isInstanceOf(io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping.class);
        String registrations = "/api/v1/events/00000000-0000-0000-0000-000000000001/registrations";
        HttpResponse<byte[]> response = get(registrations);
        problem(response, 405, registrations);
        assertThat(header(response, "Allow")).isEqualTo("POST");
        assertThat(get("/api/v1/territories/communes/26113").statusCode()).isEqualTo(200);
    }

    @Test
    void aWriteWithoutTheAntiForgeryTokenIsRefusedWithProblemDetails() throws Exception {
        HttpResponse<byte[]> response =
                send("POST", "/api/v1/organisations/import?format=CSV", "nom;type\n", "Content-Type", "text/csv");
        JsonNode problem = problem(response, 403, "/api/v1/organisations/import");
        assertThat(problem.get("detail").asString()).startsWith("Jeton anti-falsification absent ou périmé");
    }

    @Test
    void noTokenOrARefusedOneIs401WithAChallenge() throws Exception {
        String report = "/api/v1/actions/00000000-0000-0000-0000-000000000001/report";
        HttpResponse<byte[]> anonymous = get(report);
        problem(anonymous, 401, report);
        assertThat(header(anonymous, "WWW-Authenticate")).isEqualTo("Bearer realm=\"passerelle\"");

        HttpResponse<byte[]> forged = get(report, "Authorization", "Bearer psr_forge");
        JsonNode problem = problem(forged, 401, report);
        assertThat(header(forged, "WWW-Authenticate"))
                .isEqualTo("Bearer realm=\"passerelle\", error=\"invalid_token\"");
        assertThat(problem.get("detail").asString()).isEqualTo("Ce jeton d’API n’est pas valide ou a été révoqué.");
    }

    @Test
    void anAcceptThatCannotBeMetIs406NotA500() throws Exception {
        String commune = "/api/v1/territories/communes/26113";
        JsonNode problem = problem(get(commune, "Accept", "application/xml"), 406, commune);
        assertThat(problem.get("detail").asString()).contains("application/json");
        assertThat(get(commune, "Accept", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void anIntakeInPlainTextIs415NamingJson() throws Exception {
        HttpResponse<byte[]> response =
                send("POST", "/api/v1/intakes", "nom=Camille", "Content-Type", "text/plain;charset=UTF-8");
        JsonNode problem = problem(response, 415, "/api/v1/intakes");
        assertThat(problem.get("detail").asString())
                .startsWith("Cette adresse n’accepte pas le type de contenu «\u00a0text/plain;charset=UTF-8\u00a0»")
                .contains("application/json");
    }

    @Test
    void problemsArePutInEnglishWhenTheClientPrefersItFrenchOtherwise() throws Exception {
        String path = "/api/v1/nulle-part";
        assertThat(problem(get(path, "Accept-Language", "en-GB,en;q=0.9"), 404, path)
                        .get("detail")
                        .asString())
                .startsWith("No address of the API matches");
        assertThat(problem(get(path, "Accept-Language", "de-DE, en;q=0.5"), 404, path)
                        .get("title")
                        .asString())
                .isEqualTo("Page not found");
        assertThat(problem(get(path, "Accept-Language", "de-DE"), 404, path)
                        .get("title")
                        .asString())
                .isEqualTo("Page introuvable");
        assertThat(problem(get(path, "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"), 404, path)
                        .get("title")
                        .asString())
                .isEqualTo("Page introuvable");
        assertThat(problem(get(path, "Accept-Language", ";;q=x"), 404, path)
                        .get("title")
                        .asString())
                .isEqualTo("Page introuvable");
    }

    @Test
    void pagesFollowTheClientsLanguageUntilTheReaderChoosesOne() throws Exception {
        assertThat(text(get("/", "Accept-Language", "en-US,en;q=0.9"))).contains("<html lang=\"en\"");
        assertThat(text(get("/", "Accept-Language", "en-US", "Cookie", "PASSERELLE_LANG=fr")))
                .contains("<html lang=\"fr\"");
        assertThat(text(get("/"))).contains("<html lang=\"fr\"");
    }

    @Test
    void aPartnerSiteReadsPublicDataAcrossOriginsAndNoOtherSiteDoes() throws Exception {
        String search = "/api/v1/territories/communes?q=die&limit=3";
        HttpResponse<byte[]> partner = get(search, "Origin", PARTNER);
        assertThat(partner.statusCode()).isEqualTo(200);
        assertThat(header(partner, "Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(header(partner, "Access-Control-Expose-Headers")).contains("ETag", "Retry-After");
        assertThat(header(partner, "Access-Control-Allow-Credentials")).isNull();
        assertThat(partner.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Origin"));

        HttpResponse<byte[]> stranger = get(search, "Origin", "https://www.partenaire.example.evil.test");
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(header(stranger, "Access-Control-Allow-Origin")).isNull();

        String report = "/api/v1/actions/00000000-0000-0000-0000-000000000001/report";
        assertThat(header(get(report, "Origin", PARTNER), "Access-Control-Allow-Origin"))
                .isNull();
        assertThat(header(get("/agenda.ics", "Origin", PARTNER), "Access-Control-Allow-Origin"))
                .isEqualTo(PARTNER);
        assertThat(header(get("/", "Origin", PARTNER), "Access-Control-Allow-Origin"))
                .isNull();
    }

    @Test
    void aPartnerSitePreflightsAndSendsAnIntakeAnotherSiteCannot() throws Exception {
        HttpResponse<byte[]> preflight = send(
                "OPTIONS",
                "/api/v1/intakes",
                null,
                "Origin",
                PARTNER,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(header(preflight, "Access-Control-Allow-Origin")).isEqualTo(PARTNER);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("POST");
        assertThat(header(preflight, "Access-Control-Allow-Headers")).contains("Content-Type");
        assertThat(header(preflight, "Access-Control-Max-Age")).isEqualTo("600");

        HttpResponse<byte[]> stranger = send(
                "OPTIONS",
                "/api/v1/intakes",
                null,
                "Origin",
                "https://autre-site.example",
                "Access-Control-Request-Method",
                "POST");
        assertThat(header(stranger, "Access-Control-Allow-Origin")).isNull();
        assertThat(header(stranger, "Access-Control-Allow-Methods")).isNull();
        HttpResponse<byte[]> deletion =
                send("OPTIONS", "/api/v1/intakes", null, "Origin", PARTNER, "Access-Control-Request-Method", "DELETE");
        assertThat(header(deletion, "Access-Control-Allow-Origin")).isNull();

        // Refused for what it holds: the partner's page reads why (and the refusal spends none of its limit).
        HttpResponse<byte[]> sent = send(
                "POST",
                "/api/v1/intakes",
                "{\"holderKind\": \"personne\"}",
                "Content-Type",
                "application/json",
                "Origin",
                PARTNER);
        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(header(sent, "Access-Control-Allow-Origin")).isEqualTo(PARTNER);
    }

    @Test
    void aPublicReadCarriesAnEtagAndAnswers304WhenItIsUnchanged() throws Exception {
        String commune = "/api/v1/territories/communes/26113";
        HttpResponse<byte[]> first = get(commune);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = header(first, "ETag");
        assertThat(etag).startsWith("W/\"");
        assertThat(header(first, "Cache-Control")).isEqualTo("public, max-age=60");

        HttpResponse<byte[]> again = get(commune, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);

        assertThat(get(commune, "If-None-Match", "W/\"perime\"").statusCode()).isEqualTo(200);
        assertThat(header(get("/api/v1/territories/communes/26114"), "ETag")).isNotEqualTo(etag);
    }

    @Test
    void feedsAndCalendarsAreKeptFiveMinutesPagesAndErrorsAreNotKept() throws Exception {
        for (String feed : new String[] {"/offres/feed.atom", "/agenda.ics"}) {
            HttpResponse<byte[]> response = get(feed);
            assertThat(response.statusCode()).as(feed).isEqualTo(200);
            assertThat(header(response, "Cache-Control")).as(feed).isEqualTo("public, max-age=300");
            assertThat(get(feed, "If-None-Match", header(response, "ETag")).statusCode())
                    .as(feed)
                    .isEqualTo(304);
        }
        assertThat(header(get("/"), "Cache-Control")).contains("no-store");
        HttpResponse<byte[]> unknown = get("/api/v1/territories/communes/ABCDE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(header(unknown, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(unknown, "ETag")).isNull();
    }

    @Test
    void aReadBySomeoneSignedInIsPrivate() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/resources", "Cookie", "PASSERELLE_SESSION=inconnue");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Cache-Control")).isEqualTo("private, no-cache");
        assertThat(header(response, "ETag")).startsWith("W/\"");
    }

    @Test
    void largeAnswersAreGzippedForClientsThatAcceptIt() throws Exception {
        for (String path : new String[] {"/api/v1/organisations", "/api/v1/organisations.csv", "/agenda.ics", "/"}) {
            HttpResponse<byte[]> zipped = get(path, "Accept-Encoding", "gzip");
            assertThat(zipped.statusCode()).as(path).isEqualTo(200);
            assertThat(header(zipped, "Content-Encoding")).as(path).isEqualTo("gzip");
            String plain = text(get(path));
            assertThat(zipped.body().length).as(path).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length / 2);
            if (path.startsWith("/api/")) {
                assertThat(text(zipped)).as(path).isEqualTo(plain);
            } else if (path.endsWith(".ics")) {
                // A calendar is stamped with the time it was written: the same calendar, not the same bytes.
                assertThat(text(zipped)).as(path).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");
            } else {
                // A page holds its own anti-forgery token: the same page, not the same bytes.
                assertThat(text(zipped)).as(path).startsWith("<!DOCTYPE html>").contains("</html>");
            }
        }
        HttpResponse<byte[]> small = get("/api/v1/nulle-part", "Accept-Encoding", "gzip");
        assertThat(header(small, "Content-Encoding")).isNull();
    }

    @Test
    void aGzippedReadStillAnswers304() throws Exception {
        String path = "/api/v1/organisations";
        HttpResponse<byte[]> first = get(path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> again = get(path, "Accept-Encoding", "gzip", "If-None-Match", header(first, "ETag"));
        assertThat(again.statusCode()).isEqualTo(304);
    }
}
