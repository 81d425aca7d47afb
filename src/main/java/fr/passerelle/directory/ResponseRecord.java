package fr.passerelle.directory;

import java.time.Duration;

/**
 * How an organisation answers the projects sent to it, over the last 12 months: how many it received (counting
 * those answered, and those left five days or more without answer), the share answered within five days, and the
 * median time to answer.
 */
public record ResponseRecord(int referrals, double answeredWithinFiveDays, Duration medianAnswer) {

    public long percentWithinFiveDays() {
        return Math.round(answeredWithinFiveDays * 100);
    }

    /** The median time to answer in whole days, at least one when there is an answer. */
    public long medianDays() {
        return medianAnswer == null ? 0 : Math.max(1, Math.round(medianAnswer.toHours() / 24.0));
    }
}
