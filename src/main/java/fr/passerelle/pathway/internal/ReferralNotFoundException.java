package fr.passerelle.pathway.internal;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such referral, or not one this user may see: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReferralNotFoundException extends RuntimeException {

    public ReferralNotFoundException(UUID id) {
        super("No readable referral " + id);
    }
}
