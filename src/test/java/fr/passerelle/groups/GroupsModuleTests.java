package fr.passerelle.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Accounts;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.Paris;
import fr.passerelle.common.RuleViolation;
import fr.passerelle.events.Event;
import fr.passerelle.events.EventKind;
import fr.passerelle.events.Events;
import fr.passerelle.events.internal.EventDraft;
import fr.passerelle.events.internal.EventMode;
import fr.passerelle.groups.internal.GroupDraft;
import fr.passerelle.groups.internal.GroupRejectedException;
import fr.passerelle.groups.internal.JoinRequest;
import fr.passerelle.groups.internal.Meeting;
import fr.passerelle.notifications.Email;
import fr.passerelle.testing.ModuleTest;
import fr.passerelle.testing.SentEmails;
import fr.passerelle.testing.Sessions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/**
 * The groups module on its own (with what it uses): a request to join is recorded once and told to the person and
 * the coordinators; an accepted member gets a link of their own and reads the group's minutes, which nobody else
 * does; a group's meetings are working-group meetings of the agenda, each of one group.
 */
@ModuleTest(extraIncludes = {"directory", "territory", "contacts"})
class GroupsModuleTests {

    private static final Pattern LINK = Pattern.compile("http://localhost/groupes/[a-z0-9-]+/membre/([A-Za-z0-9_-]+)");

    @Autowired
    Groups groups;

    @Autowired
    Events events;

    @Autowired
    Accounts accounts;

    @Autowired
    SentEmails emails;

    AccountUser coordinator;
    UUID group;
    String name;

    @BeforeEach
    void aGroupAndItsCoordinator() {
        String email = Sessions.uniqueEmail("coordination");
        UUID id = Sessions.user(accounts, email, Role.COORDINATOR);
        coordinator = new AccountUser(id, email, "Coordination", Set.of(Role.COORDINATOR), Set.of(), true, null);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        name = "Groupe d’essai " + suffix;
        group = groups.record("essai-" + suffix, name, "Un thème", "Des objectifs", "Une description", "Souvent");
    }

    private static AccountUser advisor(String email) {
        return new AccountUser(UUID.randomUUID(), email, "Conseillère", Set.of(Role.ADVISOR), Set.of(), true, null);
    }

    private static JoinRequest request(String email) {
        return new JoinRequest("Léa Fournier", email, "Commune de Luc-en-Diois", "Élue", "Une épicerie.", true);
    }

    private List<Email> mails(String email, String subject) {
        return emails.to(email).stream()
                .filter(mail -> mail.subject().equals(subject))
                .toList();
    }

    @Test
    void aRequestToJoinIsRecordedOnceAndToldToThePersonAndTheCoordinators(
            Scenario scenario, AssertablePublishedEvents published) {
        String email = Sessions.uniqueEmail("elue");

        scenario.stimulate(() -> groups.requestToJoin(group, request(email)))
                .andWaitForStateChange(
                        () -> mails(coordinator.email(), "Demande pour rejoindre «\u00a0" + name + "\u00a0»"))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.body())
                        .contains("Léa Fournier (Commune de Luc-en-Diois)", "/groupes/essai-")));
        assertThat(mails(email, "Demande reçue\u00a0: " + name)).hasSize(1);
        UUID member = groups.members(coordinator, group).get(0).id();
        assertThat(published)
                .contains(Groups.MembershipRequested.class)
                .matching(Groups.MembershipRequested::memberId, member);

        assertThat(groups.requestToJoin(group, request(email.toUpperCase()))).isEqualTo(member);
        assertThat(groups.members(coordinator, group)).hasSize(1);
        assertThat(published.ofType(Groups.MembershipRequested.class)).hasSize(1);
    }

    @Test
    void everyMistakeOfARequestIsListedAtOnce() {
        assertThatThrownBy(() -> groups.requestToJoin(
                        group, new JoinRequest("L", "pas-une-adresse", null, null, "x".repeat(2001), false)))
                .isInstanceOf(GroupRejectedException.class)
                .extracting(refusal -> ((RuleViolation) refusal)
                        .breaches().stream().map(Breach::field).toList())
                .isEqualTo(List.of("name", "email", "motivation", "consent"));
        assertThat(groups.members(coordinator, group)).isEmpty();
    }

    @Test
    void anAcceptedMemberGetsALinkOfTheirOwnAndReadsTheGroup(Scenario scenario) {
        String email = Sessions.uniqueEmail("membre");
        UUID member = groups.requestToJoin(group, request(email));
        AccountUser stranger = advisor(Sessions.uniqueEmail("autre"));
        assertThatThrownBy(() -> groups.decide(stranger, member, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(groups.reads(advisor(email), group)).isFalse();

        scenario.stimulate(() -> groups.decide(coordinator, member, true))
                .andWaitForStateChange(() -> mails(email, "Bienvenue dans le groupe «\u00a0" + name + "\u00a0»"))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> {
                    Matcher link = LINK.matcher(mail.body());
                    assertThat(link.find()).isTrue();
                    assertThat(groups.memberByToken(group, link.group(1)))
                            .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(member));
                }));
        assertThat(groups.decide(coordinator, member, false))
                .as("no longer pending")
                .isFalse();
        assertThat(groups.reads(advisor(email.toUpperCase()), group)).isTrue();
        assertThat(groups.reads(stranger, group)).isFalse();
        assertThat(groups.reads(null, group)).isFalse();
        assertThat(groups.memberByToken(group, "lien-invente")).isEmpty();
        assertThat(groups.memberOrganisations(group)).containsEntry("Commune de Luc-en-Diois", 1L);
    }

    @Test
    void aDeclinedRequestIsToldAndReadsNothing(Scenario scenario) {
        String email = Sessions.uniqueEmail("refus");
        UUID member = groups.requestToJoin(group, request(email));

        scenario.stimulate(() -> groups.decide(coordinator, member, false))
                .andWaitForStateChange(() -> mails(email, "Votre demande\u00a0: " + name))
                .andVerify(sent -> assertThat(sent).singleElement().satisfies(mail -> assertThat(mail.body())
                        .doesNotContain("/membre/")));
        assertThat(groups.reads(advisor(email), group)).isFalse();
        assertThat(groups.memberOrganisations(group)).isEmpty();
    }

    @Test
    void aGroupsMeetingsAreItsOwnWorkingGroupMeetingsWithMinutesForMembers() {
        OffsetDateTime start = OffsetDateTime.now().minusDays(10).withNano(0);
        int year = start.atZoneSameInstant(Paris.ZONE).getYear();
        UUID meeting = event(EventKind.REUNION_GROUPE, start);
        UUID workshop = event(EventKind.ATELIER, start);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID other = groups.record("autre-" + suffix, "Un autre groupe " + suffix, "Un thème", null, null, null);

        assertThatThrownBy(() -> groups.addMeeting(coordinator, group, workshop))
                .isInstanceOf(GroupRejectedException.class)
                .extracting(refusal -> ((RuleViolation) refusal).breaches())
                .isEqualTo(List.of(new Breach("eventId", "group.meeting.kind")));
        groups.addMeeting(coordinator, group, meeting);
        assertThatThrownBy(() -> groups.addMeeting(coordinator, other, meeting))
                .extracting(refusal -> ((RuleViolation) refusal).breaches())
                .isEqualTo(List.of(new Breach("eventId", "group.meeting.taken")));
        assertThatThrownBy(() -> groups.writeMinutes(advisor("a@exemple.fr"), meeting, "Volé", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.writeMinutes(coordinator, meeting, "x".repeat(20001), null))
                .extracting(refusal -> ((RuleViolation) refusal).breaches())
                .isEqualTo(List.of(new Breach("minutes", "group.minutes.length")));

        groups.writeMinutes(coordinator, meeting, "Tour de table.", "Une fiche par expérience.");

        assertThat(groups.meetings(group, year, false)).singleElement().satisfies(found -> assertThat(found.minutes())
                .isNull());
        assertThat(groups.meetings(group, year, true))
                .extracting(Meeting::eventId, Meeting::minutes, Meeting::decisions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(meeting, "Tour de table.", "Une fiche par expérience."));
        assertThat(groups.meetings(other, year, true)).isEmpty();
        assertThat(groups.figures(group, year).minutesWritten()).isEqualTo(1);
    }

    private UUID event(EventKind kind, OffsetDateTime start) {
        return events.record(new EventDraft(
                kind,
                "Réunion d’essai " + UUID.randomUUID(),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                EventMode.SUR_PLACE,
                "Die",
                null,
                null,
                null,
                null,
                null,
                false,
                List.of(),
                List.of(new Event.Slot(start, start.plusHours(2))),
                List.of()));
    }

    /**
     * A group is started in its coordinator's network, at an address made of its name (never that of the form that
     * starts groups, never one another group has); a name already taken in any case, a short name and a missing theme
     * are each refused, and nothing is written; only a network's staff starts one.
     */
    @Test
    void aGroupIsStartedInItsCoordinatorsNetworkUnderAFreeAddressAndAWrongDraftWritesNothing() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        WorkingGroup started =
                groups.start(coordinator, new GroupDraft("Nouveau " + suffix, "Les nouveaux venus", null, " ", null));
        assertThat(started.slug()).isEqualTo("nouveau-" + suffix);
        assertThat(started.networkId()).isEqualTo(coordinator.networkId());
        assertThat(started.description()).isNull();
        assertThat(started.open()).isTrue();
        assertThat(groups.coordinates(coordinator, started)).isTrue();

        WorkingGroup reserved =
                groups.start(coordinator, new GroupDraft("Nouveau", "Un nom réservé", null, null, null));
        assertThat(reserved.slug()).startsWith("nouveau-groupe");

        int before = groups.all().size();
        assertThatThrownBy(() -> groups.start(
                        coordinator,
                        new GroupDraft(name.toUpperCase(java.util.Locale.ROOT), "Un thème", null, null, null)))
                .isInstanceOf(GroupRejectedException.class)
                .satisfies(refusal -> assertThat(((GroupRejectedException) refusal).breaches())
                        .extracting(Breach::messageKey)
                        .containsExactly("group.name.taken"));
        assertThatThrownBy(() -> groups.start(coordinator, new GroupDraft("Eau", null, "x".repeat(4001), null, null)))
                .isInstanceOf(GroupRejectedException.class)
                .satisfies(refusal -> assertThat(((GroupRejectedException) refusal).breaches())
                        .extracting(Breach::messageKey)
                        .containsExactly("group.name.length", "group.theme.length", "group.text.length"));
        assertThatThrownBy(() -> groups.start(
                        advisor(Sessions.uniqueEmail("conseil")),
                        new GroupDraft("Un groupe", "Un thème", null, null, null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(groups.all()).hasSize(before);
    }
}
