package fr.passerelle.directory.web;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.internal.ImportFormat;
import fr.passerelle.directory.internal.ImportReport;
import java.io.IOException;
import java.util.Base64;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Coordinators import organisations: the file is checked first (nothing saved), then imported
 * from the checked content, which the page carries back, checked again on the way in.
 */
@Controller
record DirectoryImportController(Directory directory) {
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @GetMapping("/annuaire/import")
    String form(@AuthenticationPrincipal AccountUser user, Model model) {
        requireCoordinator(user);
        return page(model, ImportFormat.CSV, null);
    }

    @PostMapping("/annuaire/import")
    public String check(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "CSV") ImportFormat format,
            @AuthenticationPrincipal AccountUser user,
            Model model)
            throws IOException {
        requireCoordinator(user);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "directory.import.file.required");
            return page(model, format, null);
        }
        if (file.getSize() > MAX_BYTES) {
            model.addAttribute("fileError", "directory.import.file.tooBig");
            return page(model, format, null);
        }
        byte[] content = file.getBytes();
        ImportFormat read = format.of(file.getOriginalFilename(), content);
        model.addAttribute("checkedFile", Base64.getEncoder().encodeToString(content));
        return page(model, read, directory.importOrganisations(user, read, content, false));
    }

    @PostMapping("/annuaire/import/appliquer")
    String apply(
            @RequestParam String content,
            @RequestParam ImportFormat format,
            @AuthenticationPrincipal AccountUser user,
            Model model) {
        requireCoordinator(user);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException tampered) {
            model.addAttribute("fileError", "directory.import.csv.unreadable");
            return page(model, format, null);
        }
        return page(model, format, directory.importOrganisations(user, format, bytes, true));
    }

    private String page(Model model, ImportFormat format, ImportReport report) {
        model.addAttribute("formats", ImportFormat.values());
        model.addAttribute("format", format.name());
        model.addAttribute("report", report);
        return "directory/import";
    }

    private void requireCoordinator(AccountUser user) {
        if (!directory.canModerate(user)) {
            throw new AccessDeniedException("Coordinators only");
        }
    }
}
