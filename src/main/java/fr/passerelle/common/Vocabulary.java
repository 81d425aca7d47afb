package fr.passerelle.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of one of the platform's controlled vocabularies, stored and exchanged as its lower-case
 * code ({@code pret_honneur}) and shown through the message key {@code <prefix>.<code>}.
 */
public interface Vocabulary {

    String name();

    /** The key prefix of the vocabulary's labels in the message bundles. */
    String messagePrefix();

    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    default String messageKey() {
        return messagePrefix() + "." + code();
    }

    /** The value of that code, if the code belongs to the vocabulary (case ignored). */
    static <E extends Enum<E> & Vocabulary> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                type.cast(Codes.BY_TYPE.get(type).get(code.strip().toLowerCase(Locale.ROOT))));
    }

    /** Each vocabulary's values by code, built once: codes are read on every row of every search. */
    final class Codes {
        private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants())
                        .collect(Collectors.toUnmodifiableMap(value -> ((Vocabulary) value).code(), value -> value));
            }
        };

        private Codes() {}
    }
}
