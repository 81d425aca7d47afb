package fr.passerelle.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.resources.internal.Resource;
import fr.passerelle.resources.internal.ResourceDraft;
import fr.passerelle.resources.internal.ResourceNotFoundException;
import fr.passerelle.resources.internal.ResourceRejectedException;
import fr.passerelle.resources.internal.Resources;
import fr.passerelle.resources.internal.ResourcesDemoData;
import fr.passerelle.resources.internal.UploadedFile;
import fr.passerelle.testing.ModuleTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The resources module on its own (with what it uses): only coordinators publish and withdraw, a resource is checked
 * whole before anything is stored, the words inside its file find it, and those reserved to the network's members
 * stay with them.
 */
@ModuleTest(extraIncludes = {"accounts", "territory", "notifications", "contacts"})
class ResourcesModuleTests {

    private static final AccountUser COORDINATOR = user(Role.COORDINATOR);
    private static final AccountUser ADVISOR = user(Role.ADVISOR);

    @Autowired
    Resources resources;

    @Autowired
    ResourceLibrary library;

    private static AccountUser user(Role role) {
        return new AccountUser(
                UUID.randomUUID(), role.name() + "@exemple.fr", "Personne de test", Set.of(role), Set.of(), true, null);
    }

    private static ResourceDraft draft(String title, boolean membersOnly, String link) {
        return ResourceDrafts.guide(title, membersOnly, link, LocalDate.now().minusDays(1));
    }

    private static String title() {
        return "Guide de l’accueil " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> breaches(Throwable refusal) {
        return ((RuleViolation) refusal)
                .breaches().stream().map(Breach::messageKey).toList();
    }

    private List<String> found(AccountUser user, String words) {
        return resources.search(user, new Resources.Query(words, null, null, 0, 100)).stream()
                .map(hit -> hit.resource().title())
                .toList();
    }

    @Test
    void otherModulesSeeOnlyThePublicResourcesThatAreStillInTheLibrary() {
        UUID open = resources.publish(COORDINATOR, draft(title(), false, "https://exemple.fr/guide"), null);
        UUID reserved = resources.publish(COORDINATOR, draft(title(), true, "https://exemple.fr/notes"), null);
        assertThat(library.published(open))
                .hasValueSatisfying(found -> assertThat(found.summary()).isEqualTo("Un guide pour essayer."));
        assertThat(library.published(reserved)).isEmpty();
        assertThat(library.latest(100)).extracting(PublishedResource::id).doesNotContain(reserved);
        resources.withdraw(COORDINATOR, open);
        assertThat(library.published(open)).isEmpty();
    }

    @Test
    void aWordInsideAnUploadedPdfFindsItWhateverItsAccentsAndNumber() {
        String title = title();
        byte[] pdf = ResourcesDemoData.pdf(
                "Accueillir de nouveaux actifs",
                "Une méthode éprouvée : la tournée des maquignonneries avec les élus, puis un café d’accueil.");
        UUID id = resources.publish(COORDINATOR, draft(title, false, null), new UploadedFile("guide.pdf", pdf));

        assertThat(resources.search(null, new Resources.Query("MAQUIGNONNERIE", null, null, 0, 100)))
                .filteredOn(hit -> hit.resource().id().equals(id))
                .singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("«maquignonneries»"));
        assertThat(resources.download(null, id).content()).isEqualTo(pdf);
        assertThat(resources.find(null, id).orElseThrow().downloads()).isEqualTo(1);
    }

    @Test
    void anAbbreviationFindsTheResourceThatSpellsItOutAndItsPassage() {
        String title =
                "Installer un kinésithérapeute " + UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = ResourcesDemoData.pdf(
                "Santé en milieu rural", "La commune a rénové un cabinet pour un masseur-kinésithérapeute.");
        UUID id = resources.publish(COORDINATOR, draft(title, false, null), new UploadedFile("sante.pdf", pdf));

        assertThat(found(null, "kiné")).contains(title);
        assertThat(found(null, "kiné -installer")).doesNotContain(title);
        assertThat(resources.search(null, new Resources.Query("kinés", null, null, 0, 100)))
                .filteredOn(hit -> hit.resource().id().equals(id))
                .singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).contains("kinésithérapeute"));
    }

    @Test
    void aResourceIsCheckedWholeAndNothingIsStoredWhenRefused() {
        String title = title();
        byte[] notAPdf = "bonjour".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> resources.publish(
                        COORDINATOR, draft(title, false, null), new UploadedFile("virus.exe", new byte[] {1, 2})))
                .isInstanceOf(ResourceRejectedException.class)
                .extracting(ResourcesModuleTests::breaches)
                .isEqualTo(List.of("resource.file.type"));
        assertThatThrownBy(() -> resources.publish(
                        COORDINATOR, draft(title, false, null), new UploadedFile("faux.pdf", notAPdf)))
                .extracting(ResourcesModuleTests::breaches)
                .isEqualTo(List.of("resource.file.notWhatItSays"));
        assertThatThrownBy(() -> resources.publish(COORDINATOR, draft("Gu", false, null), null))
                .extracting(ResourcesModuleTests::breaches)
                .isEqualTo(List.of("resource.title.length", "resource.fileOrLink"));
        assertThatThrownBy(() -> resources.publish(
                        COORDINATOR,
                        draft(title, false, "https://exemple.fr/guide"),
                        new UploadedFile("guide.pdf", ResourcesDemoData.pdf("Un guide", "Un paragraphe."))))
                .extracting(ResourcesModuleTests::breaches)
                .isEqualTo(List.of("resource.fileAndLink"));
        assertThatThrownBy(() -> resources.publish(ADVISOR, draft(title, false, "https://exemple.fr/guide"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(found(COORDINATOR, "\"" + title + "\"")).isEmpty();
    }

    @Test
    void membersOnlyResourcesStayWithTheNetworksMembers() {
        String title = title();
        UUID id = resources.publish(COORDINATOR, draft(title, true, "https://exemple.fr/reserve"), null);

        assertThat(resources.find(null, id)).isEmpty();
        assertThat(found(null, "\"" + title + "\"")).isEmpty();
        assertThatThrownBy(() -> resources.follow(null, id)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(resources.find(ADVISOR, id)).map(Resource::membersOnly).contains(true);
        assertThat(found(ADVISOR, "\"" + title + "\"")).containsExactly(title);
        assertThat(resources.follow(ADVISOR, id)).isEqualTo("https://exemple.fr/reserve");
        assertThat(resources.find(ADVISOR, id).orElseThrow().downloads()).isEqualTo(1);
    }

    @Test
    void onlyCoordinatorsWithdrawAResourceWhichThenIsNowhere() {
        String title = title();
        UUID id = resources.publish(COORDINATOR, draft(title, false, "https://exemple.fr/guide"), null);
        assertThat(found(null, "\"" + title + "\"")).containsExactly(title);

        assertThatThrownBy(() -> resources.withdraw(ADVISOR, id)).isInstanceOf(AccessDeniedException.class);
        resources.withdraw(COORDINATOR, id);

        assertThat(resources.find(COORDINATOR, id)).isEmpty();
        assertThat(found(COORDINATOR, "\"" + title + "\"")).isEmpty();
        assertThatThrownBy(() -> resources.withdraw(COORDINATOR, id)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aResourceComesOnlyFromGroupsAndEventsThatExist() {
        ResourceDraft draft = draft(title(), false, "https://exemple.fr/guide");
        ResourceDraft fromNowhere = new ResourceDraft(
                draft.description(),
                draft.authorOrganisationId(),
                draft.author(),
                draft.publishedOn(),
                draft.membersOnly(),
                draft.link(),
                List.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()));

        assertThatThrownBy(() -> resources.publish(COORDINATOR, fromNowhere, null))
                .extracting(ResourcesModuleTests::breaches)
                .isEqualTo(List.of("resource.group.unknown", "resource.event.unknown"));
    }
}
