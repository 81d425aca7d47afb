package fr.passerelle.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The demonstration data that modules keep as JSON files on the class path ({@code <module>/demo/*.json}). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoFiles {

    private final JsonMapper json;

    /** The file read as one value of that type. */
    public <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Demonstration file " + path + " cannot be read", unreadable);
        }
    }

    /** The file read as a JSON array of that type's values, in order. */
    public <T> List<T> list(String path, Class<T[]> type) {
        return List.of(read(path, type));
    }
}
