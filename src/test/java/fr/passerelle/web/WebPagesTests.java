package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.PlatformTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages and the API as a client sees them over real HTTP, error pages included. */
@PlatformTest
class WebPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void homePageIsInFrenchWithTheThreeJobs() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains(
                        "<html lang=\"fr\"",
                        "Aller au contenu",
                        "Être accueilli·e et orienté·e",
                        "Vivre et travailler à la campagne",
                        "Animer le réseau",
                        "<main id=\"contenu\"");
    }

    @Test
    void aPageStatesItsTitleOnceWithItsBackLinkAboveAndItsLeadBelow() throws Exception {
        String page = get("/annuaire/proposer").body();
        assertThat(page).contains("<title>Proposer une structure · Passerelle</title>");
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page)
                .containsPattern(Pattern.compile("<section class=\"narrow\">\\s*"
                        + "<p><a href=\"/annuaire\">← Retour à l’annuaire</a></p>\\s*"
                        + "<h1>Proposer une structure</h1>\\s*"
                        + "<p class=\"lead\">Votre proposition sera relue"));
    }

    @Test
    void aPageWithActionsShowsThemBesideItsTitleAndItsLeadBelowBoth() throws Exception {
        String page = get("/agenda").body();
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page)
                .containsPattern(Pattern.compile(
                        "<section>\\s*<div class=\"page-head\">\\s*<h1>Agenda du réseau</h1>\\s*"
                                + "<span class=\"actions\">.*?</span>\\s*</div>\\s*<p class=\"lead\">Formations",
                        Pattern.DOTALL));
    }

    @Test
    void englishIsOneClickAwayAndRemembered() throws Exception {
        HttpResponse<String> english = get("/?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"", "Be welcomed and guided");
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(get("/territoires/communes", "Cookie", cookie).body()).contains("Find a commune");
    }

    @Test
    void unknownPageGetsAFrenchNotFoundPageWithoutTechnicalDetails() throws Exception {
        HttpResponse<String> page = get("/cette-page-n-existe-pas", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Page introuvable", "Retour à l’accueil")
                .doesNotContain("Exception", "Whitelabel", "trace");
    }

    @Test
    void unknownCommunePageIsANotFoundPage() throws Exception {
        HttpResponse<String> page = get("/territoires/communes/99999", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable");
    }

    @Test
    void administrationRefusesOtherRolesWithAFrenchPage() throws Exception {
        HttpResponse<String> page = get("/admin/utilisateurs", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
    }

    @Test
    void htmxRequestsGetOnlyThePartial() throws Exception {
        HttpResponse<String> partial = get("/territoires/communes?q=die", "HX-Request", "true");
        assertThat(partial.body())
                .contains("id=\"commune-results\"", "Die (26)")
                .doesNotContain("<html", "<header");
        HttpResponse<String> full = get("/territoires/communes?q=die");
        assertThat(full.body()).contains("<html", "id=\"commune-results\"", "Die (26)");
    }

    @Test
    void communeSuggestionsAreOptionsOfTheListBox() throws Exception {
        String suggestions = get("/territoires/communes/suggestions?q=st%20etienne&field=commune")
                .body();
        assertThat(suggestions).doesNotContain("<html").contains("role=\"option\"", "data-code=\"42218\"");
        assertThat(suggestions.substring(suggestions.indexOf("data-code=\"") + 11))
                .startsWith("42218");
    }

    @Test
    void communePageShowsWhereItBelongsAndUnknownRuralityAsUnknown() throws Exception {
        String page = get("/territoires/communes/12218").body();
        assertThat(page).contains("Conques-en-Rouergue", "Aveyron (12)", "Occitanie", "Non classée pour l’instant");
    }

    @Test
    void apiSearchAnswersJson() throws Exception {
        HttpResponse<String> response = get("/api/v1/territories/communes?q=st%20etienne&limit=3");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body()).startsWith("[{\"code\":\"42218\",\"name\":\"Saint-Étienne\"");
    }

    @Test
    void apiCommuneHasItsRuralityAndSources() throws Exception {
        String body = get("/api/v1/territories/communes/26113").body();
        assertThat(body)
                .contains(
                        "\"epci\":{\"code\":\"242600534\",\"name\":\"CC du Diois\"}",
                        "\"departement\":{\"code\":\"26\",\"name\":\"Drôme\"}",
                        "\"region\":{\"code\":\"84\"",
                        "\"population\":",
                        "\"densityLevel\":",
                        "\"rural\":",
                        "\"ruralAutonomous\":",
                        "\"sources\":{\"geography\":2026");
    }

    @Test
    void apiUnknownCommuneIsAProblemDetailInFrench() throws Exception {
        HttpResponse<String> response = get("/api/v1/territories/communes/ABCDE");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":404", "Aucune commune actuelle n’a le code «\u00a0ABCDE\u00a0».");
    }

    @Test
    void apiBadParameterIsAProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/v1/territories/communes?q=die&limit=beaucoup");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Un paramètre de la requête est manquant ou mal formé.");
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/api/v1/openapi").body()).contains("/api/v1/territories/communes/{code}");
    }

    @Test
    void htmxLeafletAndChartJsAreServedFromWebjars() throws Exception {
        for (String asset : new String[] {
            "/webjars/htmx.org/dist/htmx.min.js", "/webjars/leaflet/dist/leaflet.js",
            "/webjars/leaflet/dist/leaflet.css", "/webjars/chart.js/dist/chart.umd.js"
        }) {
            assertThat(get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
