package fr.passerelle.pathway.internal;

import fr.passerelle.common.links.EmailedLink;
import fr.passerelle.common.links.EmailedLinks;
import fr.passerelle.directory.Reach;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The links that let a structure without members answer a referral from the e-mail sent to its contact address.
 * A link opens one referral, for long enough to answer and, later, to give the outcome; an expired one can be
 * renewed, always to the address it was first sent to.
 */
@Component
@RequiredArgsConstructor
class ReferralLinks {

    static final String PURPOSE = "referral";
    /** Long enough to accept, meet the person and say how it ended; a new link can be asked for afterwards. */
    static final Duration VALIDITY = Duration.ofDays(90);

    /** Where a link's token opens the referral. */
    static final String PATH = "/orientation-recue/";

    private final EmailedLinks links;
    private final ReferralRepository referrals;
    private final MessageSource messages;

    /** A new link to the referral for the structure's contact address. */
    String issue(Referral referral, Reach reach) {
        return links.issue(PURPOSE, referral.id(), reach.address(), actorName(reach), VALIDITY);
    }

    /** Who answers with this token, if it is a valid link to a referral that still exists. */
    Optional<Responder> responder(String token) {
        return links.use(PURPOSE, token).flatMap(link -> referrals
                .find(link.subjectId())
                .map(referral -> new Responder(referral, link.actorName(), link.id())));
    }

    /** The link a token was issued as, even expired, so that its holder can ask for a new one. */
    Optional<EmailedLink> expired(String token) {
        return links.find(PURPOSE, token).filter(link -> link.expired(OffsetDateTime.now()));
    }

    private String actorName(Reach reach) {
        return messages.getMessage("pathway.link.actor", new Object[] {reach.name()}, java.util.Locale.FRENCH);
    }
}
