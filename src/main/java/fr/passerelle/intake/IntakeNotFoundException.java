package fr.passerelle.intake;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such request, or not one this user may read: both answer 404, so that a file's existence does not leak. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IntakeNotFoundException extends RuntimeException {

    public IntakeNotFoundException(UUID id) {
        super("No readable intake request " + id);
    }
}
