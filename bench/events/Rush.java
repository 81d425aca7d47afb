import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The registration rush of bench/events.sh: N registration attempts on one event, at most IN_FLIGHT at a time, from
 * one JVM and one HTTP client (no process per request, so that the platform is measured, not the load client).
 * Prints one line: how long the attempts took, the rate, and the count of each HTTP status.
 *
 * <p>Usage: {@code java bench/events/Rush.java <base-url> <event-id> [attempts=500] [in-flight=100]}
 */
public class Rush {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String event = args[1];
        int attempts = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int inFlight = args.length > 3 ? Integer.parseInt(args[3]) : 100;

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        URI target = URI.create(base + "/api/v1/events/" + event + "/registrations");
        Semaphore slots = new Semaphore(inFlight);
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CompletableFuture<?>[] sent = new CompletableFuture<?>[attempts];

        long started = System.nanoTime();
        for (int i = 1; i <= attempts; i++) {
            slots.acquire();
            String body = "{\"name\":\"Personne " + i + "\",\"email\":\"ruee-" + i + "-" + event
                    + "@bench.invalid\",\"consent\":true}";
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            sent[i - 1] = http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        String status = failure == null ? String.valueOf(response.statusCode()) : "error";
                        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                        slots.release();
                        return null;
                    });
        }
        CompletableFuture.allOf(sent).join();
        long elapsedMs = Duration.ofNanos(System.nanoTime() - started).toMillis();

        Map<String, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        System.out.printf(
                "RUSH attempts=%d ms=%d rate=%.0f statuses=%s%n",
                attempts, elapsedMs, attempts * 1000.0 / Math.max(1, elapsedMs), counts);
    }
}
