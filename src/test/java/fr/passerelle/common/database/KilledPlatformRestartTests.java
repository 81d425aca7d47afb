package fr.passerelle.common.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.Polling;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The platform is started as an operator starts it, in a JVM of its own on a data folder, killed with
 * {@code kill -9} and started again: it serves its home page with no manual step, the PostgreSQL that the killed
 * one left behind having been stopped. While it runs, a second start or the import command on the same folder is
 * refused in French, without a stack trace.
 */
class KilledPlatformRestartTests {

    static final Path DATA = Path.of("target/restart-test-data");
    final List<Process> started = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started) {
            process.destroy();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledPlatformStartsAgainOnItsFolderAndALiveOneKeepsItsFolder() throws Exception {
        int port = freePort();
        Process first = platform(port, "first");
        assertThat(awaitHome(port)).isEqualTo(200);
        long orphan = postmaster().orElseThrow();

        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the killed platform's PostgreSQL is left running")
                .contains(true);

        platform(port, "second");
        assertThat(awaitHome(port)).isEqualTo(200);
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();

        Process importer = command("import", "centroids", "absent.csv");
        assertThat(importer.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String said = Files.readString(log("import"));
        assertThat(importer.exitValue()).isNotZero();
        assertThat(said).contains("est utilisé par un autre Passerelle en cours d'exécution");
        assertThat(said).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private Process platform(int port, String name) throws IOException {
        return start(name, List.of("--server.port=" + port));
    }

    private Process command(String... words) throws IOException {
        return start("import", List.of(words));
    }

    private Process start(String name, List<String> arguments) throws IOException {
        Files.createDirectories(DATA);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "fr.passerelle.PasserelleApplication"));
        command.addAll(arguments);
        command.addAll(List.of(
                "--passerelle.data-dir=" + DATA,
                "--passerelle.embedded-database-clean=false",
                "--passerelle.demo-data=false"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log(name).toFile())
                .start();
        started.add(process);
        return process;
    }

    private static Path log(String name) {
        return DATA.resolve(name + ".log");
    }

    private Optional<Long> postmaster() throws IOException {
        Path pid = DATA.resolve("postgres/postmaster.pid");
        return Files.exists(pid)
                ? Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).trim()))
                : Optional.empty();
    }

    /** 200 once the home page answers, -1 if it did not within three minutes (an exception: not listening yet). */
    private int awaitHome(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(10))
                .build();
        boolean up = Polling.within(
                Duration.ofSeconds(180),
                Duration.ofMillis(500),
                () -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return up ? 200 : -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
