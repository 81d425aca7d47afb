package fr.passerelle.common.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL again when it died under a running Passerelle (killed, crashed): five times a second it
 * looks at the folder's postmaster, and when there is none, runs {@code pg_ctl restart}, which starts the server with
 * the options it last ran with ({@code postmaster.opts}) after recovering from its journal. The connection pool then
 * reconnects by itself.
 */
final class PostmasterWatchdog {

    private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

    private final DataFolder folder;
    private final Path dir;
    private final Duration delay;
    private Instant deadSince;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    PostmasterWatchdog(Path dir, Duration delay) {
        this.dir = dir;
        this.delay = delay;
        this.folder = new DataFolder(dir);
    }

    void start() {
        timer.scheduleWithFixedDelay(this::check, 200, 200, TimeUnit.MILLISECONDS);
        // A Ctrl+C reaches the server too: it must not be started again while the JVM stops.
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgres-watchdog-stop"));
    }

    void stop() {
        timer.shutdownNow();
    }

    private void check() {
        if (folder.postmaster().isPresent()) {
            deadSince = null;
            return;
        }
        deadSince = deadSince == null ? Instant.now() : deadSince;
        if (Instant.now().isBefore(deadSince.plus(delay))) {
            return;
        }
        log.warn("The embedded PostgreSQL of {} is not running: starting it again", dir);
        try {
            int exit = restart();
            log.warn(
                    exit == 0 ? "The embedded PostgreSQL runs again" : "pg_ctl restart failed ({}); trying again",
                    exit);
        } catch (IOException e) {
            log.error("Could not start the embedded PostgreSQL again; trying again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int restart() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(pgCtl("restart", "-D", dir.toString(), "-m", "fast", "-w", "-t", "60"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("restart.log").toFile()))
                .start();
        return process.waitFor();
    }

    /** pg_ctl of the binaries the server last ran with, as an unprivileged user when Passerelle runs as root. */
    private List<String> pgCtl(String... arguments) throws IOException {
        String opts = Files.readString(dir.resolve("postmaster.opts")).trim();
        String postgres = opts.startsWith("\"") ? opts.substring(1, opts.indexOf('"', 1)) : opts.split(" ")[0];
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(Path.of(postgres).resolveSibling("pg_ctl").toString());
        command.addAll(List.of(arguments));
        return command;
    }
}
