package fr.passerelle.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the three jobs of the platform, each with its entry points. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
