package fr.passerelle.directory.internal;

import java.util.UUID;

/** No such entry, or not one the person may see: a 404 for pages. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class EntryNotFoundException extends RuntimeException {

    public EntryNotFoundException(UUID id) {
        super("No directory entry " + id);
    }
}
