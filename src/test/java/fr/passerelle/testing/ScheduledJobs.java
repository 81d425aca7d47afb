package fr.passerelle.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job as the scheduler's thread does: the task Spring registered for the {@code @Scheduled} method,
 * which calls it on the bean's proxy (its transactions, its lock), rather than an inner method called from the test.
 */
public final class ScheduledJobs {

    private ScheduledJobs() {}

    /** Runs the job of that class's scheduled method once, on this thread; a failure is thrown here. */
    public static void run(ApplicationContext context, Class<?> type, String method) {
        task(context, type, method).run();
    }

    /** Runs the scheduled method of that name ({@code package.Class.method}) once, on this thread. */
    public static void run(ApplicationContext context, String name) {
        task(context, name).run();
    }

    /** The names of every scheduled method of the application, as {@code package.Class.method}. */
    public static List<String> names(ApplicationContext context) {
        return runnables(context).map(Object::toString).distinct().sorted().toList();
    }

    /** Runs the job from two threads at once, as two instances would; fails when either run fails. */
    public static void runTwiceAtOnce(ApplicationContext context, Class<?> type, String method) throws Exception {
        Runnable task = task(context, type, method);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int instance = 0; instance < 2; instance++) {
                runs.add(instances.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    task.run();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
        } finally {
            instances.shutdownNow();
        }
    }

    /** Does {@code meanwhile} while another instance holds that job lock, as {@code SingleRun} takes it. */
    public static void whileAnotherInstanceHolds(ApplicationContext context, long lock, Runnable meanwhile)
            throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread otherInstance =
                new Thread(() -> context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                    context.getBean(JdbcClient.class)
                            .sql("select pg_advisory_xact_lock(:lock)")
                            .param("lock", lock)
                            .query(Object.class)
                            .single();
                    locked.countDown();
                    awaitQuietly(done);
                }));
        otherInstance.start();
        try {
            if (!locked.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("The other instance did not get lock " + lock);
            }
            meanwhile.run();
        } finally {
            done.countDown();
            otherInstance.join();
        }
    }

    /** The registered task; Spring names a scheduled method's task by its class and method. */
    private static Runnable task(ApplicationContext context, Class<?> type, String method) {
        return task(context, type.getName() + "." + method);
    }

    private static Runnable task(ApplicationContext context, String name) {
        return runnables(context)
                .filter(runnable -> runnable.toString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No scheduled task runs " + name));
    }

    private static Stream<Runnable> runnables(ApplicationContext context) {
        return context.getBeansOfType(ScheduledTaskHolder.class).values().stream()
                .flatMap(holder -> holder.getScheduledTasks().stream())
                .map(scheduled -> scheduled.getTask().getRunnable());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
