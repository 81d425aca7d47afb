package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.Polling;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * While the database is down, pages, the API and health answer 503 within seconds, in French, with
 * {@code Retry-After}; the platform starts its embedded database again by itself and serves pages again. The
 * restart waits 10 s here (1 s by default): long enough for the three answers of the outage to be looked at, each
 * given within five seconds and in practice well within one, and no longer, the suite waiting on it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.data-dir=target/outage-test-data",
            "passerelle.embedded-database-restart-delay=PT10S",
            "passerelle.pool-size=2"
        })
class DatabaseOutageTests {

    @LocalServerPort
    int port;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void anOutageIsAnswered503AtOnceAndThePlatformRecoversByItself() throws Exception {
        assertThat(get("/agenda", "text/html").statusCode()).isEqualTo(200);
        DatabaseCrashTests.kill(Path.of("target/outage-test-data/postgres"));

        HttpResponse<String> page = timed(get("/agenda", "text/html"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("10");
        assertThat(page.body()).contains("Service momentanément indisponible").doesNotContain("Exception");

        HttpResponse<String> api = timed(get("/api/v1/events", "application/json"));
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":503").contains("base de données");

        assertThat(timed(get("/actuator/health", "application/json")).statusCode())
                .isEqualTo(503);

        assertThat(awaitPage("/agenda", Duration.ofSeconds(60))).isEqualTo(200);
        assertThat(get("/actuator/health", "application/json").body()).contains("UP");
    }

    private long started;

    private HttpResponse<String> get(String path, String accept) throws Exception {
        started = System.nanoTime();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept)
                        .header("Accept-Language", "fr")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The answer, checked to have come within five seconds. */
    private HttpResponse<String> timed(HttpResponse<String> response) {
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        return response;
    }

    private int awaitPage(String path, Duration patience) {
        AtomicInteger status = new AtomicInteger();
        Polling.within(patience, Duration.ofMillis(500), () -> {
            status.set(get(path, "text/html").statusCode());
            return status.get() == 200;
        });
        return status.get();
    }
}
