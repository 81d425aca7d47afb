package fr.passerelle.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a signed-in user sees when their roles do not open a page. Spring Security forwards
 * here (see the accounts module's security configuration) while the user is still known, so the
 * page shows their name and menu; an error page rendered by the container would not.
 */
@Controller
class AccessDeniedController {

    static final String PATH = "/acces-refuse";

    @RequestMapping(PATH)
    String accessDenied(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        return "error";
    }
}
