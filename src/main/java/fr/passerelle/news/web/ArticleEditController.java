package fr.passerelle.news.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.FormErrors;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.Submissions;
import fr.passerelle.news.internal.Article;
import fr.passerelle.news.internal.ArticleNotFoundException;
import fr.passerelle.news.internal.Articles;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' form to write an article and to change it; publishing, withdrawing and deleting a draft. */
@Controller
record ArticleEditController(Articles articles, NewsChoices choices) {

    @GetMapping("/actualites/nouvel-article")
    String create(@AuthenticationPrincipal AccountUser user, Model model) {
        requireWriter(user);
        return view(model, ArticleForm.empty(), null);
    }

    @PostMapping("/actualites/nouvel-article")
    String create(
            @Valid @ModelAttribute ArticleForm articleForm,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        requireWriter(user);
        return submit(articleForm, binding, null, model, () -> {
            UUID id = articles.write(user, articleForm.draft());
            return PageAnswers.back(redirect, "news.saved", "/actualites/" + id);
        });
    }

    @GetMapping("/actualites/{id}/modifier")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, Model model) {
        Article article = editable(id, user);
        return view(model, ArticleForm.of(article), article);
    }

    @PostMapping("/actualites/{id}/modifier")
    String edit(
            @PathVariable UUID id,
            @Valid @ModelAttribute ArticleForm articleForm,
            BindingResult binding,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        Article article = editable(id, user);
        return submit(articleForm, binding, article, model, () -> {
            articles.update(user, id, articleForm.draft());
            return PageAnswers.back(redirect, "news.saved", "/actualites/" + id);
        });
    }

    @PostMapping("/actualites/{id}/publier")
    String publish(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        PageAnswers.of(redirect, "publishError").tried(() -> articles.publish(user, id), "news.published");
        return "redirect:/actualites/" + id;
    }

    @PostMapping("/actualites/{id}/retirer")
    String withdraw(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        articles.withdraw(user, id);
        return PageAnswers.back(redirect, "news.withdrawn", "/actualites/" + id);
    }

    @PostMapping("/actualites/{id}/supprimer")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
        if (!articles.delete(user, id)) {
            return "redirect:/actualites/" + id;
        }
        return PageAnswers.back(redirect, "news.deleted", "/actualites");
    }

    /** Saves a right form; else the form again with every problem beside its field, and what was typed. */
    private String submit(
            ArticleForm form, BindingResult binding, Article editing, Model model, Supplier<String> saving) {
        BindingResult errors = FormErrors.bound(form, binding, model);
        return Submissions.recorded(errors, saving, () -> articles.check(form.draft()))
                .orElseGet(() -> view(model, form, editing));
    }

    private String view(Model model, ArticleForm form, Article editing) {
        model.addAttribute("articleForm", form);
        model.addAttribute("editing", editing);
        choices.addTo(model, form.eventId(), form.resourceId());
        return "news/form";
    }

    private Article editable(UUID id, AccountUser user) {
        requireWriter(user);
        Article article = articles.find(user, id).orElseThrow(() -> new ArticleNotFoundException(id));
        if (!articles.edits(user, article)) {
            throw new AccessDeniedException("Its author only");
        }
        return article;
    }

    private void requireWriter(AccountUser user) {
        if (!articles.writes(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
