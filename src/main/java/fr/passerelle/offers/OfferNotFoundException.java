package fr.passerelle.offers;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such offer, or one this user may not see (a draft of another territory): 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OfferNotFoundException extends RuntimeException {

    public OfferNotFoundException(UUID id) {
        super("No visible offer " + id);
    }
}
