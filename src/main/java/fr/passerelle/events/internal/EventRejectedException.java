package fr.passerelle.events.internal;

import fr.passerelle.common.RuleViolation;
import java.util.List;

/** An event or a registration that breaks rules; {@link #breaches()} lists every one. */
public class EventRejectedException extends RuleViolation {

    /** One rule broken: the field, the message key and the message's arguments. */
    public record Breach(String field, String messageKey, List<Object> arguments) {

        public Breach(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final List<Breach> breaches;

    public EventRejectedException(List<Breach> breaches) {
        super(breaches.get(0).field(), breaches.get(0).messageKey());
        this.breaches = List.copyOf(breaches);
    }

    public List<Breach> breaches() {
        return breaches;
    }
}
