package fr.passerelle.news.internal;

import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.MailTexts;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The newsletter's words, in French: its subject and its text, one part per article with its link. */
@Component
@RequiredArgsConstructor
public class NewsletterTexts {

    private final MailTexts texts;

    String subject(int number, String network) {
        return texts.text("news.letter.subject", number, network);
    }

    /** The letter's text for one subscriber, ending with the link that stops it. */
    public String body(int number, List<Article> articles, String unsubscribeLink) {
        StringBuilder parts = new StringBuilder();
        for (Article article : articles) {
            parts.append(article.title())
                    .append('\n')
                    .append(FrenchDates.day(article.publishedOn()))
                    .append(" — ")
                    .append(article.summary())
                    .append('\n')
                    .append(texts.link("/actualites/" + article.id()))
                    .append("\n\n");
        }
        return texts.text(
                "news.letter.body", number, parts.toString().strip(), texts.link("/actualites"), unsubscribeLink);
    }
}
