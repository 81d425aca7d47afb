package fr.passerelle.news.internal;

import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import java.util.List;

/** An article, a subscription or an issue of the newsletter that breaks rules; {@link #breaches()} lists them. */
public class NewsRejectedException extends RuleViolation {

    NewsRejectedException(List<Breach> breaches) {
        super(breaches);
    }

    NewsRejectedException(String field, String messageKey) {
        super(field, messageKey);
    }
}
