package fr.passerelle.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's one time zone: dates that people read (deadlines, days, months, years) are Paris dates. */
public final class Paris {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Paris() {}

    /** Today, in Paris. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
