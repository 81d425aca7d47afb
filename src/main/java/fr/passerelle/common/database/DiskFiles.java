package fr.passerelle.common.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the files that earlier versions kept in a folder of the data folder into the database. Each file is handed to
 * a statement of its own that takes it in only once, whichever instance runs it first; a file taken in is removed
 * from the disk. A file that cannot be read or taken is left where it is and said in the log, for the next start.
 */
public final class DiskFiles {

    private static final Logger log = LoggerFactory.getLogger(DiskFiles.class);

    private DiskFiles() {}

    /**
     * Moves the named files of the folder that are there; how many were taken in.
     *
     * @param take writes a file's bytes for its name, true when they were written by this call
     */
    public static int moveIntoDatabase(Path folder, List<String> names, BiPredicate<String, byte[]> take) {
        Path root = folder.toAbsolutePath().normalize();
        int moved = 0;
        for (String name : names) {
            Path file = root.resolve(name).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file) && moved(file, name, take)) {
                moved++;
            }
        }
        if (!names.isEmpty()) {
            log.info("{} of {} files of {} moved into the database", moved, names.size(), root);
        }
        return moved;
    }

    private static boolean moved(Path file, String name, BiPredicate<String, byte[]> take) {
        try {
            if (!take.test(name, Files.readAllBytes(file))) {
                return false;
            }
        } catch (IOException | RuntimeException failed) {
            log.warn("Could not move {} into the database", file, failed);
            return false;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("{} is in the database; it could not be removed from the disk", file, failed);
        }
        return true;
    }
}
