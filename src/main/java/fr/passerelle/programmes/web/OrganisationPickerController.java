package fr.passerelle.programmes.web;

import fr.passerelle.programmes.internal.OrganisationPicker;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The suggestions of the organisation field (fragments/organisation-field): the directory's organisations found. */
@Controller
record OrganisationPickerController(OrganisationPicker picker) {

    /** The published organisations matching what was typed, sent by the field under its own name. */
    @GetMapping("/programmes/organisations/suggestions")
    String suggestions(
            @RequestParam(defaultValue = "organisation") String field,
            @RequestParam Map<String, String> params,
            Model model) {
        String key = field.replaceAll("[^A-Za-z0-9_-]", "");
        model.addAttribute("suggestions", picker.suggestions(params.getOrDefault(key, "")));
        model.addAttribute("field", key);
        return "fragments/organisation-field :: suggestions";
    }
}
