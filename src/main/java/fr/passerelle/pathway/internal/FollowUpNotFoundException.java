package fr.passerelle.pathway.internal;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such follow-up, or not one of the user's structures: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FollowUpNotFoundException extends RuntimeException {

    public FollowUpNotFoundException(UUID id) {
        super("No follow-up " + id + " for this user");
    }
}
