package fr.passerelle.common.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's folder, as a start finds it. A running Passerelle holds the embedded library's lock file
 * ({@code epg-lock}) for as long as it lives, and the operating system releases it when that process dies, even by
 * {@code kill -9}. So a postmaster still running on a folder whose lock is free was left by a dead Passerelle: it is
 * stopped cleanly before the new start. A folder whose lock is held belongs to a live Passerelle and is refused.
 */
@RequiredArgsConstructor
final class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final String OWNER_FILE = "passerelle.pid";

    private final Path dir;

    /** Refuses a folder in use by a live Passerelle, and stops a postmaster that a dead one left behind. */
    void prepare() {
        if (!Files.exists(dir.resolve(LOCK_FILE))) {
            return;
        }
        refuseIfInUse();
        postmaster().ifPresent(this::stopOrphan);
    }

    /** Writes this process's number beside the lock, so that a refused start can say who holds the folder. */
    void claim() {
        try {
            Files.writeString(
                    dir.resolve(OWNER_FILE),
                    Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running postmaster of this folder, from its {@code postmaster.pid}, if it is alive. */
    Optional<ProcessHandle> postmaster() {
        try {
            Path pidFile = dir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(DataFolder::isPostgres);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read the postmaster.pid of {}: {}", dir, e.toString());
            return Optional.empty();
        }
    }

    private void refuseIfInUse() {
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new DataFolderInUseException(dir, owner());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String owner() {
        try {
            return Files.readString(dir.resolve(OWNER_FILE)).trim();
        } catch (IOException e) {
            return "";
        }
    }

    /** Smart shutdown (SIGTERM): the dead Passerelle's sessions are gone, so it ends at once; forced after 30 s. */
    private void stopOrphan(ProcessHandle postmaster) {
        log.warn(
                "A PostgreSQL left by a stopped Passerelle still runs on {} (process {}): stopping it",
                dir,
                postmaster.pid());
        postmaster.destroy();
        if (!awaitExit(postmaster, 30)) {
            log.warn("The left PostgreSQL did not stop within 30 s: killing it (it recovers from its journal)");
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            awaitExit(postmaster, 10);
        }
    }

    static boolean awaitExit(ProcessHandle process, int seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("/postgres"))
                .orElse(true);
    }
}
