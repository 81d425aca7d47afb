package fr.passerelle.programmes.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * The threads on which a report reads the modules' figures side by side: as many as the machine has cores (two at
 * least), so that a year's aggregations run in parallel and not one after the other.
 */
@Component
class ReportExecutor {

    private final ExecutorService pool;

    ReportExecutor() {
        AtomicInteger count = new AtomicInteger();
        this.pool =
                Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), task -> {
                    Thread thread = new Thread(task, "report-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    ExecutorService pool() {
        return pool;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
