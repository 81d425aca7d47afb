package fr.passerelle.contacts.web;

import fr.passerelle.accounts.ModulePages;
import org.springframework.stereotype.Component;

/** The page where a holder's editors name its contacts needs a signed-in user; the contacts show on its own page. */
@Component
class ContactPages extends ModulePages {

    ContactPages() {
        signedIn("/contacts/**");
    }
}
