package fr.passerelle.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The one way tests wait for something that happens elsewhere (another thread, a real process): the condition is
 * asked again every {@code every} until it holds or the patience runs out. Nothing sleeps a fixed time.
 */
public final class Polling {

    private Polling() {}

    /** Whether the condition came to hold within the patience; an exception counts as "not yet". */
    public static boolean within(Duration patience, Duration every, Callable<Boolean> condition) {
        try {
            Awaitility.await()
                    .atMost(patience)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(every)
                    .ignoreExceptions()
                    .until(condition);
            return true;
        } catch (ConditionTimeoutException late) {
            return false;
        }
    }
}
