package fr.passerelle.news.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.news.internal.Newsletter;
import fr.passerelle.news.internal.NewsletterTexts;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The newsletter's issues for coordinators: the next one previewed as subscribers will read it, sent, and the past. */
@Controller
record IssueController(Newsletter newsletter, NewsletterTexts texts, MessageSource messages) {

    @GetMapping("/actualites/numeros")
    String issues(@AuthenticationPrincipal AccountUser user, Model model) {
        Newsletter.Preview preview = newsletter.preview(user);
        model.addAttribute("preview", preview);
        model.addAttribute(
                "letterText",
                texts.body(
                        preview.number(),
                        preview.articles(),
                        messages.getMessage("news.issue.unsubscribeHere", null, Locale.FRENCH)));
        model.addAttribute("issues", newsletter.issues(user));
        return "news/issues";
    }

    @PostMapping("/actualites/numeros")
    String send(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        PageAnswers.of(redirect, "issueError").told(() -> {
            newsletter.queue(user);
            return "news.issue.queued";
        });
        return "redirect:/actualites/numeros";
    }
}
