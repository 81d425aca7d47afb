package fr.passerelle.offers.internal;

import fr.passerelle.common.Vocabulary;
import java.time.Duration;

/** How often an alert's digest goes out. */
public enum AlertFrequency implements Vocabulary {
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration period;

    AlertFrequency(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }

    @Override
    public String messagePrefix() {
        return "offer.alert.frequency";
    }
}
