package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.Polling;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL is killed, every process of it at once, in the middle of a stream of acknowledged
 * writes: every write answered 201 is still there when it comes back, the requests meanwhile are answered 503 at
 * once, and the platform starts it again by itself. Runs on a database of its own, kept between runs as the
 * platform's own is, so with the settings of a real start.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "passerelle.data-dir=target/crash-test-data",
            "passerelle.embedded-database-clean=false",
            "passerelle.intake.api-per-hour=100000",
            "passerelle.pool-size=6"
        })
class DatabaseCrashTests {

    static final Path POSTGRES_DIR = Path.of("target/crash-test-data/postgres");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, Integer> answered = new ConcurrentHashMap<>();
    /** What the client met instead of an answer, for the failure message. */
    final Map<String, String> failures = new ConcurrentHashMap<>();

    final Map<String, Long> slowest = new ConcurrentHashMap<>();

    @Test
    void everySettingThatTradesDurabilityForSpeedIsOff() {
        for (String setting : List.of("synchronous_commit", "fsync", "full_page_writes")) {
            assertThat(jdbc.sql("show " + setting).query(String.class).single())
                    .as(setting)
                    .isEqualTo("on");
        }
    }

    @Test
    void noAcknowledgedWriteIsLostWhenTheDatabaseIsKilled() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.submit(() -> write(writer, running));
        }
        awaitAcknowledged(40);
        kill(POSTGRES_DIR);
        long killedAt = System.nanoTime();
        awaitAcknowledgedAfter(killedAt, 20);
        running.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        List<String> acknowledged = withStatus(201);
        List<String> stored = jdbc.sql("select email from project_holder where email in (:emails)")
                .param("emails", acknowledged)
                .query(String.class)
                .list();
        System.out.printf(
                "Database killed mid-stream: %d writes acknowledged (201), %d found after the restart, %d answered 503%n",
                acknowledged.size(), stored.size(), withStatus(503).size());
        assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(withStatus(503)).as("requests met the outage").isNotEmpty();
        assertThat(answered.values())
                .as("no request failed otherwise: %s", failures)
                .allMatch(s -> s == 201 || s == 503);
        assertThat(slowest.values()).as("an outage is answered within seconds").allMatch(ms -> ms < 5_000);
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    private void write(int writer, AtomicBoolean running) {
        for (int i = 0; running.get(); i++) {
            String email = "crash-" + writer + "-" + i + "-" + System.nanoTime() + "@exemple.fr";
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(intake(email), HttpResponse.BodyHandlers.ofString());
                answered.put(email, response.statusCode());
                if (response.statusCode() == 503) {
                    assertThat(response.headers().firstValue("Retry-After")).isPresent();
                    slowest.put(email, (System.nanoTime() - started) / 1_000_000);
                }
            } catch (Exception e) {
                answered.put(email, -1);
                failures.put(email, e.toString());
            }
        }
    }

    private HttpRequest intake(String email) {
        String json =
                """
                {"holderKind": "person", "name": "Camille Test", "email": "%s", "projectTitle": "Une épicerie",
                 "projectKind": "creation_individuelle", "stage": "idee", "needs": ["accompagnement"],
                 "targetScope": "communes", "targetCommunes": ["26113"], "shareWithStructures": true}
                """
                        .formatted(email);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/intakes"))
                .header("Content-Type", "application/json")
                // Longer than a request may wait for a busy pool (then it answers 503): a request the platform still
                // answers is never counted as failed by the client giving up first.
                .timeout(DatabaseOutage.BUSY_TIMEOUT.plusSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> withStatus(int status) {
        return answered.entrySet().stream()
                .filter(e -> e.getValue() == status)
                .map(Map.Entry::getKey)
                .toList();
    }

    private void awaitAcknowledged(int count) {
        Polling.within(
                Duration.ofSeconds(60),
                Duration.ofMillis(20),
                () -> withStatus(201).size() >= count);
        assertThat(withStatus(201)).hasSizeGreaterThanOrEqualTo(count);
    }

    private void awaitAcknowledgedAfter(long killedAt, int more) {
        int before = withStatus(201).size();
        Polling.within(
                Duration.ofSeconds(90),
                Duration.ofMillis(50),
                () -> withStatus(201).size() >= before + more);
        assertThat(withStatus(201))
                .as("writes go on once the database is back")
                .hasSizeGreaterThanOrEqualTo(before + more);
    }

    /** A crash: the postmaster and every server process killed at once, nothing flushed on the way out. */
    static void kill(Path postgresDir) throws Exception {
        long pid = Long.parseLong(
                Files.readAllLines(postgresDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all =
                new java.util.ArrayList<>(postmaster.descendants().toList());
        all.add(postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(10, TimeUnit.SECONDS);
        }
    }
}
