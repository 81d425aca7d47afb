package fr.passerelle.territory.web;

import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.imports.ImportScope;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Administrators upload INSEE's reference files and read the import report. */
@Controller
@RequestMapping("/admin/territoires/imports")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequiredArgsConstructor
class ReferenceImportController {

    private final ReferenceImports imports;
    private final MessageSource messages;

    @GetMapping
    String page(Model model) {
        return view(model, "density-grid", "");
    }

    @PostMapping
    String upload(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String year,
            @RequestParam(defaultValue = "false") boolean partial,
            Principal principal,
            Locale locale,
            Model model)
            throws IOException {
        String fieldError = fieldError(kind, file, year);
        if (fieldError != null) {
            model.addAttribute("fieldError", fieldError);
        } else {
            importInto(
                    model, kind, file, year, partial ? ImportScope.PARTIAL : ImportScope.NATIONAL, principal, locale);
        }
        model.addAttribute("partial", partial);
        return view(model, kind, year);
    }

    private void importInto(
            Model model,
            String kind,
            MultipartFile file,
            String year,
            ImportScope scope,
            Principal principal,
            Locale locale)
            throws IOException {
        try {
            model.addAttribute(
                    "report",
                    imports.importFile(
                            ReferenceFileKind.fromId(kind).orElseThrow(),
                            file.getOriginalFilename(),
                            file.getBytes(),
                            year.isBlank() ? null : Integer.valueOf(year.strip()),
                            scope,
                            principal.getName()));
        } catch (ImportRejectedException e) {
            model.addAttribute("problems", e.problems(messages, locale));
        }
    }

    private static String fieldError(String kind, MultipartFile file, String year) {
        if (ReferenceFileKind.fromId(kind).isEmpty()) {
            return "import.kind.required";
        } else if (file == null || file.isEmpty()) {
            return "import.file.required";
        } else if (!year.isBlank() && !year.strip().matches("(19|20)[0-9]{2}")) {
            return "import.year.invalid";
        }
        return null;
    }

    private String view(Model model, String kind, String year) {
        model.addAttribute("kinds", ReferenceFileKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("history", imports.history(20));
        model.addAttribute("minimumCoverage", imports.minimumCoverage());
        return "territory/imports";
    }
}
