package fr.passerelle.news.web;

import fr.passerelle.accounts.ModulePages;
import fr.passerelle.accounts.Viewers;
import org.springframework.stereotype.Component;

/**
 * The news, for anyone to read and to subscribe to; writing, publishing, withdrawing and deleting articles and sending the
 * newsletter need a signed-in user (a coordinator, checked by the module).
 */
@Component
class NewsPages extends ModulePages {

    NewsPages() {
        oneClickUnsubscribe("/actualites/lettre/*/desinscription");
        signedIn(
                "/actualites/nouvel-article",
                "/actualites/*/modifier",
                "/actualites/*/publier",
                "/actualites/*/retirer",
                "/actualites/*/supprimer",
                "/actualites/numeros");
        link(75, "/actualites", "nav.news", Viewers.everyone());
    }
}
