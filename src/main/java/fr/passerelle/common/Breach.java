package fr.passerelle.common;

import java.util.List;

/** One rule of the domain broken: the field to point at, the message key that explains it and its arguments. */
public record Breach(String field, String messageKey, List<Object> arguments) {

    public Breach {
        arguments = List.copyOf(arguments);
    }

    public Breach(String field, String messageKey) {
        this(field, messageKey, List.of());
    }
}
