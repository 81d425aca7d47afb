package fr.passerelle.pathway.web;

import fr.passerelle.common.PageAnswers;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Scheme;
import fr.passerelle.pathway.internal.Referral;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a referral's two pages share, the one of its structure's members and the one of its e-mailed link. */
final class ReferralViews {

    private ReferralViews() {}

    /** An answer to the referral: refused, the page says which answer it was and keeps its text. */
    static PageAnswers answers(RedirectAttributes redirect, String action, String text) {
        return PageAnswers.of(redirect, "answerError")
                .keeping("answerAction", action)
                .keeping("textDraft", text);
    }

    /** The name of the scheme the referral is about; null when it is about none, or the scheme is gone. */
    static String schemeName(Directory directory, Referral referral) {
        return referral.schemeId() == null
                ? null
                : directory.scheme(referral.schemeId()).map(Scheme::name).orElse(null);
    }
}
