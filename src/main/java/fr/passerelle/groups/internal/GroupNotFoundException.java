package fr.passerelle.groups.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such group, member link or meeting: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class GroupNotFoundException extends RuntimeException {

    public GroupNotFoundException(Object id) {
        super("No group, member or meeting " + id);
    }
}
