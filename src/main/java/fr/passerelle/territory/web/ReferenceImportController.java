package fr.passerelle.territory.web;

import fr.passerelle.territory.imports.ImportRejectedException;
import fr.passerelle.territory.imports.ReferenceFileKind;
import fr.passerelle.territory.imports.ReferenceImports;
import java.io.IOException;
import java.security.Principal;
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
class ReferenceImportController {

    private final ReferenceImports imports;

    ReferenceImportController(ReferenceImports imports) {
        this.imports = imports;
    }

    @GetMapping
    String page(Model model) {
        return view(model, "density-grid", "");
    }

    @PostMapping
    String upload(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String year,
            Principal principal,
            Model model)
            throws IOException {
        ReferenceFileKind fileKind = ReferenceFileKind.fromId(kind).orElse(null);
        if (fileKind == null) {
            model.addAttribute("fieldError", "import.kind.required");
        } else if (file == null || file.isEmpty()) {
            model.addAttribute("fieldError", "import.file.required");
        } else if (!year.isBlank() && !year.strip().matches("(19|20)[0-9]{2}")) {
            model.addAttribute("fieldError", "import.year.invalid");
        } else {
            try {
                Integer sourceYear = year.isBlank() ? null : Integer.valueOf(year.strip());
                model.addAttribute(
                        "report",
                        imports.importFile(
                                fileKind,
                                file.getOriginalFilename(),
                                file.getBytes(),
                                sourceYear,
                                principal.getName()));
            } catch (ImportRejectedException e) {
                model.addAttribute("problems", e.problems());
            }
        }
        return view(model, kind, year);
    }

    private String view(Model model, String kind, String year) {
        model.addAttribute("kinds", ReferenceFileKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute("history", imports.history(20));
        return "territory/imports";
    }
}
