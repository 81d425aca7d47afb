package fr.passerelle.news.internal;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No article of that id, or none the reader may see (another's draft, a withdrawn one). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ArticleNotFoundException extends RuntimeException {

    public ArticleNotFoundException(UUID id) {
        super("No article " + id);
    }
}
