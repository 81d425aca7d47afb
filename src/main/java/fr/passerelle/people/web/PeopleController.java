package fr.passerelle.people.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.PageAnswers;
import fr.passerelle.common.privacy.PersonAddress;
import fr.passerelle.people.internal.PersonRecords;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people's page: a coordinator types an address and sees what the person left across the platform, exports it
 * (JSON, or a CSV to read in a spreadsheet) or erases it. Addresses travel in POST bodies only, never in an address
 * bar, a history or a server's log.
 */
@Controller
@RequiredArgsConstructor
class PeopleController {

    private static final String PAGE = "people/person";

    private final PersonRecords records;
    private final PersonCsv csv;

    @GetMapping("/personnes")
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        requireStaff(user);
        model.addAttribute("form", new PersonForm(""));
        return PAGE;
    }

    @PostMapping("/personnes")
    String search(
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireStaff(user);
        Optional<String> address = address(form, errors);
        address.ifPresent(found -> model.addAttribute("person", records.person(user, found)));
        return PAGE;
    }

    @PostMapping(value = "/personnes/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(
            @RequestParam(defaultValue = "") String email, @AuthenticationPrincipal AccountUser user) {
        requireStaff(user);
        String address = known(email);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("json"))
                .body(records.export(user, address));
    }

    @PostMapping("/personnes/export.csv")
    void csv(
            @RequestParam(defaultValue = "") String email,
            @AuthenticationPrincipal AccountUser user,
            HttpServletResponse response)
            throws IOException {
        requireStaff(user);
        String address = known(email);
        Map<String, Object> export = records.export(user, address);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment("csv"));
        csv.write(export, response.getOutputStream());
    }

    /** Erases the person once the coordinator ticked the box; the page then says how much each module held. */
    @PostMapping("/personnes/effacer")
    String erase(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean confirm,
            @AuthenticationPrincipal AccountUser user,
            Model model,
            RedirectAttributes redirect) {
        requireStaff(user);
        PersonForm form = new PersonForm(email);
        String address = PersonAddress.normalise(email).orElse(null);
        if (address == null) {
            model.addAttribute("form", form);
            model.addAttribute("addressError", "people.email.invalid");
            return PAGE;
        }
        if (!confirm) {
            model.addAttribute("form", form);
            model.addAttribute("person", records.person(user, address));
            model.addAttribute("eraseError", "people.erase.confirm.required");
            return PAGE;
        }
        Map<String, Integer> erased = records.erase(user, address);
        int items = erased.values().stream().mapToInt(Integer::intValue).sum();
        return PageAnswers.back(redirect, "people.erased", "/personnes", address, items);
    }

    private static Optional<String> address(PersonForm form, BindingResult errors) {
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        Optional<String> address = PersonAddress.normalise(form.email());
        if (address.isEmpty()) {
            errors.rejectValue("email", "people.email.invalid");
        }
        return address;
    }

    /** The address of an export, which the page sends back as it showed it; anything else is refused. */
    private static String known(String email) {
        return PersonAddress.normalise(email)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST, "people.email.invalid"));
    }

    private static String attachment(String extension) {
        return ContentDisposition.attachment()
                .filename("personne." + extension)
                .build()
                .toString();
    }

    private static void requireStaff(AccountUser user) {
        if (user == null || !user.networkStaff()) {
            throw new AccessDeniedException("The network's coordinators only");
        }
    }
}
