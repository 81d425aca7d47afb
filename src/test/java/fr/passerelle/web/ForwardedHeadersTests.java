package fr.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forwarded headers are believed only from the proxies the operator lists: a client that forges
 * {@code X-Forwarded-For} is still counted on its own address, and {@code X-Forwarded-Host} does not choose where a
 * redirect goes. Through the real server, where these headers are read.
 */
class ForwardedHeadersTests {

    static final String INTAKE =
            """
            {"holderKind": "person", "name": "Camille", "email": "camille-%d@exemple.fr", "projectTitle": "Un atelier",
             "projectKind": "creation_individuelle", "stage": "idee", "needs": ["accompagnement"],
             "targetScope": "communes", "targetCommunes": ["26113"], "shareWithStructures": true}
            """;

    static HttpResponse<String> send(int port, String path, String forwardedFor, String forwardedHost, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", forwardedFor)
                .header("X-Forwarded-Host", forwardedHost)
                .header("X-Forwarded-Proto", "https");
        if (json != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "passerelle.intake.api-per-hour=3")
    class FromAnyClient {

        @LocalServerPort
        int port;

        @Test
        void aForgedForwardedForDoesNotDodgeTheLimit() throws Exception {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(send(port, "/api/v1/intakes", "203.0.113." + (i + 1), "x", INTAKE.formatted(i))
                        .statusCode());
            }
            assertThat(statuses).containsExactly(201, 201, 201, 429, 429);
        }

        @Test
        void aForgedForwardedHostDoesNotChooseWhereARedirectGoes() throws Exception {
            HttpResponse<String> response = send(port, "/compte/jetons", "203.0.113.9", "piege.example", null);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location ->
                            assertThat(location).doesNotContain("piege.example").doesNotStartWith("https:"));
        }
    }

    @Nested
    @SpringBootTest(
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {
                "passerelle.intake.api-per-hour=3",
                "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1|0:0:0:0:0:0:0:1"
            })
    class BehindAListedProxy {

        @LocalServerPort
        int port;

        @Test
        void eachClientTheProxyNamesIsCountedApart() throws Exception {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                statuses.add(send(port, "/api/v1/intakes", "198.51.100." + (i + 1), "x", INTAKE.formatted(100 + i))
                        .statusCode());
            }
            assertThat(statuses).containsOnly(201);
        }

        @Test
        void httpsThatTheProxyVouchesForGetsStrictTransportSecurity() throws Exception {
            HttpResponse<String> response = send(port, "/", "198.51.100.50", "passerelle.example.org", null);
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        }
    }
}
