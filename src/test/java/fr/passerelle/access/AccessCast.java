package fr.passerelle.access;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Need;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.ProjectStage;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.DirectoryTestData;
import fr.passerelle.intake.IntakeChannel;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.internal.HolderKind;
import fr.passerelle.intake.internal.IntakeDraft;
import fr.passerelle.intake.internal.IntakeReceipt;
import fr.passerelle.intake.internal.TargetScope;
import fr.passerelle.testing.Sessions;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The people of the access tests, on the demonstration data: each signed in through the real sign-in form, or acting
 * through an API token made on their account page, never through a shortcut into the application.
 */
final class AccessCast {

    static final String DIOIS = "Communauté de communes du Diois";
    static final String DIE = "26113";

    /** A person who asked to be welcomed in Die, agreeing to share their file and to be contacted by the territory. */
    record Holder(UUID project, UUID request, String name, String email, String phone, String title) {

        /** Matches a page that shows the holder's name, e-mail or phone. */
        Matcher<String> personalData() {
            return anyOf(containsString(name), containsString(email), containsString(phone));
        }
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    private final MockMvc mvc;
    private final Accounts accounts;
    private final Intakes intakes;
    private final Directory directory;
    private final JdbcClient jdbc;

    AccessCast(MockMvc mvc, Accounts accounts, Intakes intakes, Directory directory, JdbcClient jdbc) {
        this.mvc = mvc;
        this.accounts = accounts;
        this.intakes = intakes;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    UUID organisation(String name) {
        return directory.organisationIdByName(name).orElseThrow();
    }

    /** A new user with that role, member of these organisations, signed in. */
    Cookie member(Role role, UUID... organisations) throws Exception {
        String email = Sessions.uniqueEmail(role.name().toLowerCase(java.util.Locale.ROOT));
        Sessions.user(accounts, email, role, organisations);
        return Sessions.signIn(mvc, email);
    }

    /** A personal API token that may write, made on the account page of the signed-in user. */
    String token(Cookie session) throws Exception {
        return (String) mvc.perform(post("/compte/jetons")
                        .cookie(session)
                        .with(csrf())
                        .param("name", "Script")
                        .param("scope", "READ_WRITE"))
                .andReturn()
                .getFlashMap()
                .get("created");
    }

    static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    /**
     * A local authority published by a coordinator's import, covering the territory written as the import writes it
     * ({@code epci:242600534}, {@code france}); its id.
     */
    UUID territory(Cookie coordinator, String name, String coverage) throws Exception {
        mvc.perform(post("/api/v1/organisations/import")
                        .cookie(coordinator)
                        .with(csrf())
                        .param("format", "CSV")
                        .param("dryRun", "false")
                        .contentType("text/csv")
                        .content("nom;type;famille;ville_campagne;code_insee;territoires_codes\n" + name
                                + ";Collectivité;Ils informent et orientent;Rural;42139;" + coverage + "\n"))
                .andExpect(status().isOk());
        return organisation(name);
    }

    /** An event published by the agent through the agenda's form, in Die in forty days; its id. */
    UUID event(Cookie agent, String title) throws Exception {
        String location = mvc.perform(post("/agenda/nouvel-evenement")
                        .cookie(agent)
                        .with(csrf())
                        .param("kind", "atelier")
                        .param("title", title)
                        .param("mode", "sur_place")
                        .param("place", "Die, salle des fêtes")
                        .param("commune", DIE)
                        .param("capacity", "20")
                        .param(
                                "slots[0].date",
                                java.time.LocalDate.now().plusDays(40).toString())
                        .param("slots[0].start", "14:00")
                        .param("slots[0].end", "17:00"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.replaceAll(".*/agenda/", ""));
    }

    /** Removes an organisation made by a test, so that the shared demonstration data stays as it was. */
    void remove(UUID organisation) {
        DirectoryTestData.remove(jdbc, organisation);
    }

    Holder holderInDie() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Holder holder = new Holder(
                null,
                null,
                "Camille Rivière " + suffix,
                Sessions.uniqueEmail("camille"),
                "04 75 %02d %02d %02d".formatted(RANDOM.nextInt(100), RANDOM.nextInt(100), RANDOM.nextInt(100)),
                "Atelier de céramique " + suffix);
        IntakeReceipt receipt = intakes.submit(draft(holder), IntakeChannel.FORM, null);
        return new Holder(
                receipt.projectId(),
                receipt.requestId(),
                holder.name(),
                holder.email(),
                holder.phone(),
                holder.title());
    }

    private static IntakeDraft draft(Holder holder) {
        return new IntakeDraft(
                HolderKind.PERSON,
                holder.name(),
                holder.email(),
                holder.phone(),
                null,
                null,
                List.of(),
                holder.title(),
                null,
                ProjectKind.CREATION_INDIVIDUELLE,
                ProjectStage.IDEE,
                List.of(),
                false,
                List.of(Need.ACCOMPAGNEMENT),
                TargetScope.COMMUNES,
                List.of(DIE),
                true,
                true);
    }
}
