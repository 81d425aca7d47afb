package fr.passerelle.resources.internal;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.passerelle.common.ConditionalOnDemoData;
import fr.passerelle.common.DemoFiles;
import fr.passerelle.common.Paris;
import fr.passerelle.directory.Directory;
import fr.passerelle.events.Event;
import fr.passerelle.groups.Groups;
import fr.passerelle.groups.WorkingGroup;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demonstration library ({@code resources/demo/resources-demo.json}): a summary of the ESS & Ruralités guide, the
 * programmes of two 2017 sessions and the notes of the working group's first meeting, as PDF documents written here,
 * in our own words. A resource whose title exists is left as it is.
 */
@Component
@ConditionalOnDemoData
@Order(60)
public record ResourcesDemoData(
        Resources resources,
        Directory directory,
        ResourceEvents events,
        Groups groups,
        DemoFiles files,
        TransactionTemplate transactions)
        implements ApplicationRunner {

    /** The whole demonstration set, or nothing of it. */
    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
    }

    /**
     * A resource of {@code resources/demo/resources-demo.json}, written by Cap Rural, with the PDF document made of
     * its heading and paragraphs; it may come from an event of the demonstration agenda or from a working group.
     */
    record DemoResource(
            ResourceDraft.Description description,
            LocalDate publishedOn,
            boolean membersOnly,
            DemoEvent event,
            String group,
            String fileName,
            String heading,
            List<String> paragraphs) {}

    /** The event of the agenda in that year whose title starts so. */
    record DemoEvent(String titleStart, int year) {}

    private void seed() {
        UUID capRural = directory.organisationIdByName("Cap Rural").orElse(null);
        for (DemoResource demo : files.list("resources/demo/resources-demo.json", DemoResource[].class)) {
            List<UUID> groupIds = demo.group() == null ? List.of() : group(demo.group());
            if (demo.group() != null && groupIds.isEmpty()) {
                continue;
            }
            List<UUID> eventIds = demo.event() == null ? List.of() : event(demo.event());
            add(
                    new ResourceDraft(
                            demo.description(),
                            capRural,
                            null,
                            demo.publishedOn(),
                            demo.membersOnly(),
                            null,
                            groupIds,
                            eventIds),
                    demo.fileName(),
                    demo.heading(),
                    demo.paragraphs().toArray(String[]::new));
        }
    }

    /** The working group of that address (slug), if it is there. */
    private List<UUID> group(String slug) {
        return groups.all().stream()
                .filter(found -> found.slug().equals(slug))
                .map(WorkingGroup::id)
                .limit(1)
                .toList();
    }

    /** The demonstration agenda's event of that year whose title starts so, if it is there. */
    private List<UUID> event(DemoEvent demo) {
        return events
                .between(
                        LocalDate.of(demo.year(), 1, 1).atStartOfDay(Paris.ZONE),
                        LocalDate.of(demo.year() + 1, 1, 1).atStartOfDay(Paris.ZONE))
                .stream()
                .filter(event -> event.title().startsWith(demo.titleStart()))
                .map(Event::id)
                .limit(1)
                .toList();
    }

    private void add(ResourceDraft draft, String fileName, String heading, String... paragraphs) {
        if (resources.exists(draft.description().title())) {
            return;
        }
        resources.insert(
                draft,
                new UploadedFile(fileName, pdf(heading, paragraphs)),
                null,
                fr.passerelle.accounts.Network.DEFAULT);
    }

    /** A one-page PDF document: a heading and paragraphs. */
    public static byte[] pdf(String heading, String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(heading, new Font(Font.HELVETICA, 16, Font.BOLD)));
        for (String paragraph : paragraphs) {
            Paragraph text = new Paragraph(paragraph, new Font(Font.HELVETICA, 11));
            text.setSpacingBefore(8);
            document.add(text);
        }
        document.close();
        return out.toByteArray();
    }
}
