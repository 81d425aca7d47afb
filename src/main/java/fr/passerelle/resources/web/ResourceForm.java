package fr.passerelle.resources.web;

import static fr.passerelle.common.Texts.blankToNull;

import fr.passerelle.common.Paris;
import fr.passerelle.common.Texts;
import fr.passerelle.common.Vocabulary;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.ResourceKind;
import fr.passerelle.resources.internal.UploadedFile;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.multipart.MultipartFile;

/**
 * The resource form, to publish or to change a resource: keywords and themes as typed (separated by commas), the
 * authoring organisation by its name. A chosen file cannot come back with the form: a browser does not keep it.
 */
record ResourceForm(
        @Size(min = 3, max = 200, message = "{resource.title.length}") String title,
        String kind,
        @Size(max = 4000, message = "{resource.summary.length}") String summary,
        String keywords,
        String themes,
        String audience,
        String organisation,
        @NotNull(message = "{resource.date.required}") LocalDate publishedOn,
        Boolean membersOnly,
        @Pattern(regexp = "\\s*(https?://\\S+)?\\s*", message = "{resource.link.invalid}") String link,
        MultipartFile file,
        List<UUID> groupIds,
        List<UUID> eventIds) {

    static ResourceForm empty() {
        return new ResourceForm("", null, "", "", "", "", "", Paris.today(), false, "", null, List.of(), List.of());
    }

    static ResourceForm of(Resource resource, String organisation) {
        return new ResourceForm(
                resource.title(),
                resource.kind().code(),
                resource.summary(),
                String.join(", ", resource.keywords()),
                String.join(", ", resource.themes()),
                resource.audience(),
                organisation,
                resource.publishedOn(),
                resource.membersOnly(),
                resource.link(),
                null,
                resource.groupIds(),
                resource.eventIds());
    }

    /** The resource the form describes, by the organisation of that name (null: the name is kept as typed). */
    ResourceDraft draft(UUID organisationId) {
        return new ResourceDraft(
                new ResourceDraft.Description(
                        title,
                        Vocabulary.parse(ResourceKind.class, kind).orElse(null),
                        summary,
                        list(keywords),
                        list(themes),
                        audience),
                organisationId,
                organisationId == null ? organisation : null,
                publishedOn,
                Boolean.TRUE.equals(membersOnly),
                link,
                groupIds,
                eventIds);
    }

    /** Whether a link replaces the file. */
    boolean hasLink() {
        return blankToNull(link) != null;
    }

    /** The file chosen, null without one. */
    UploadedFile uploaded() {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Keywords or themes, separated by commas, semicolons or lines. */
    private static List<String> list(String typed) {
        return Texts.items(typed, "[,;\\n]");
    }
}
