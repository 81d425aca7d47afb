package fr.passerelle.programmes.internal;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No programme or action with this id: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProgrammeNotFoundException extends RuntimeException {

    public ProgrammeNotFoundException(UUID id) {
        super("No programme or action " + id);
    }
}
