import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a benchmark's CPU went, from a Java Flight Recorder file made with {@code PROFILE=1} (see bench/lib.sh): the
 * samples of the platform's threads running Java code, by layer (the first known library from the top of each stack:
 * the PostgreSQL driver, Thymeleaf, gzip, sessions…), then the methods holding most samples themselves, then the
 * platform's own methods on most stacks (with everything they call). Time spent in PostgreSQL, in the kernel or
 * waiting is not in these samples: compare with the platform's CPU in the recording's last line.
 *
 * <p>Usage: {@code java bench/Profile.java <recording.jfr> [lines=25]}
 */
public class Profile {

    /** Layers by package prefix, tested in this order on each frame from the top of the stack down. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.postgresql.", "PostgreSQL driver (JDBC)");
        LAYERS.put("com.zaxxer.hikari.", "connection pool");
        LAYERS.put("org.thymeleaf.", "Thymeleaf (templates)");
        LAYERS.put("org.attoparser.", "Thymeleaf (templates)");
        LAYERS.put("org.unbescape.", "Thymeleaf (templates)");
        LAYERS.put("org.springframework.session.", "sessions (Spring Session JDBC)");
        LAYERS.put("org.springframework.security.", "Spring Security");
        LAYERS.put("tools.jackson.", "JSON (Jackson)");
        LAYERS.put("com.fasterxml.jackson.", "JSON (Jackson)");
        LAYERS.put("org.springframework.jdbc.", "Spring JDBC");
        LAYERS.put("org.springframework.transaction.", "transactions");
        LAYERS.put("org.springframework.modulith.", "Spring Modulith (events)");
        LAYERS.put("org.springframework.web.", "Spring MVC");
        LAYERS.put("org.springframework.", "Spring (other)");
        LAYERS.put("org.apache.", "Tomcat");
        LAYERS.put("fr.passerelle.", "Passerelle's own code");
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        double cpu = 0;
        int cpuReadings = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.CPULoad")) {
                cpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                cpuReadings++;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            layers.merge(layer(frames), 1, Integer::sum);
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith("fr.passerelle.") && seen.add(name)) {
                    own.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%s: %d samples of threads running Java code%n", file.getFileName(), samples);
        print("by layer (the first known library from the top of the stack)", layers, samples, lines);
        print("methods by their own samples", self, samples, lines);
        print("Passerelle's methods by the samples of their stacks (with what they call)", own, samples, lines);
        if (cpuReadings > 0) {
            System.out.printf("%nthe platform's process used %.0f %% of the machine's CPU on average%n",
                    100 * cpu / cpuReadings);
        }
    }

    /** The JDK's frames are skipped (a string or a map is everyone's), but for its compression. */
    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.util.zip.")) {
                return "gzip (compression)";
            }
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (type.startsWith(layer.getKey())) {
                    return layer.getValue();
                }
            }
        }
        return "the JDK alone";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.printf("%n%s%n", title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(lines)
                .forEach(entry -> System.out.printf(
                        "%6.1f %%  %s%n", 100.0 * entry.getValue() / Math.max(1, samples), entry.getKey()));
    }
}
