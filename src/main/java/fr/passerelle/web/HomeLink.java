package fr.passerelle.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The home page, first link of the main navigation, for anyone. */
@Component
class HomeLink implements NavigationLinks {

    @Override
    public List<NavigationLink> links() {
        return List.of(new NavigationLink(10, "/", "nav.home", authentication -> true));
    }
}
