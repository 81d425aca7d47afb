package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.directory.Reach;
import fr.passerelle.directory.StructureReach;
import fr.passerelle.intake.ConsentKind;
import fr.passerelle.intake.IntakeNotFoundException;
import fr.passerelle.intake.Intakes;
import fr.passerelle.intake.ProjectFile;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pathway module's facade. A referent (the project's welcome desk, or a coordinator) sends the project to an
 * organisation, only with the holder's consent to share; the organisation's advisors accept it, decline it with a
 * reason or ask a question, then close it with an outcome. Each step goes in the project's timeline and tells
 * the other side by e-mail.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Pathway {

    static final int MESSAGE_MAX = 4000;
    /** Referrals per page of a structure's inbox. */
    public static final int INBOX_PAGE = 30;

    private final ReferralRepository referrals;
    private final Intakes intakes;
    private final ApplicationEventPublisher events;
    private final FollowUps followUps;
    private final StructureReach structures;
    private final ReferralLinks links;

    /**
     * Sends the project to an organisation.
     *
     * @throws PathwayRejectedException without the holder's consent, without a message, to an unknown organisation,
     *     or when the project is already with that organisation
     */
    @Transactional
    public UUID send(AccountUser referent, UUID projectId, UUID organisationId, UUID schemeId, String message) {
        ProjectFile file =
                intakes.project(referent, projectId).orElseThrow(() -> new IntakeNotFoundException(projectId));
        if (!intakes.welcomes(referent, projectId)) {
            throw new AccessDeniedException("Only the project's referents orient it");
        }
        if (!file.consents(ConsentKind.SHARE_WITH_STRUCTURES)) {
            throw new PathwayRejectedException("organisationId", "pathway.consent.missing");
        }
        String written = written(message, "message", "pathway.message.required", MESSAGE_MAX, "pathway.message.length");
        String organisation = reachable(organisationId).name();
        UUID id = referrals
                .insert(
                        projectId,
                        organisationId,
                        schemeId,
                        written,
                        referent.id(),
                        referent.displayName(),
                        referent.networkId())
                .orElseThrow(() -> new PathwayRejectedException("organisationId", "pathway.referral.alreadyOpen"));
        step(projectId, TimelineKind.REFERRAL_SENT, referent.displayName(), organisationId, id, organisation);
        return id;
    }

    /** The project's referrals, for those who may read the project. */
    public List<Referral> referralsOf(AccountUser user, UUID projectId) {
        if (!intakes.mayRead(user, projectId)) {
            throw new IntakeNotFoundException(projectId);
        }
        return referrals.ofProject(projectId);
    }

    /**
     * A note in the project's history, by one of its referents or an advisor of a structure it was sent to; the
     * other professionals who follow the project read it, the holder does not (it is in their data export).
     */
    @Transactional
    public void note(AccountUser user, UUID projectId, String text) {
        if (!mayWriteNotes(user, projectId)) {
            throw new IntakeNotFoundException(projectId);
        }
        String written = written(text, "note", "pathway.note.required", MESSAGE_MAX, "pathway.message.length");
        UUID organisation = user.organisationIds().stream()
                .filter(id -> referrals.referredTo(projectId, List.of(id)))
                .findFirst()
                .orElse(null);
        referrals.record(projectId, TimelineKind.NOTE, user.displayName(), organisation, null, written);
    }

    /** Whether the user may write notes in the project's history: its referents and the structures it was sent to. */
    public boolean mayWriteNotes(AccountUser user, UUID projectId) {
        if (user == null || user.hasRole(Role.PROJECT_HOLDER) || !intakes.mayRead(user, projectId)) {
            return false;
        }
        return intakes.welcomes(user, projectId)
                || (!user.organisationIds().isEmpty()
                        && (user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT))
                        && referrals.referredTo(projectId, user.organisationIds()));
    }

    /** A page (from 0) of the referrals received by the user's organisations, unanswered first. */
    public List<Referral> inbox(AccountUser user, int page) {
        if (user == null || user.organisationIds().isEmpty()) {
            return List.of();
        }
        return referrals.toOrganisations(user.organisationIds(), INBOX_PAGE + 1, Math.max(0, page) * INBOX_PAGE);
    }

    /** How many referrals the user's structures have to answer (accept, decline or ask about). */
    public int toAnswer(AccountUser user) {
        return answersReferrals(user) && !user.organisationIds().isEmpty()
                ? referrals.unansweredTo(user.organisationIds())
                : 0;
    }

    /**
     * A referral, for the receiving organisation's members, its sender and the coordinators of the network it was sent
     * from (and the national level).
     */
    public Optional<Referral> referral(AccountUser user, UUID id) {
        return referrals
                .find(id)
                .filter(referral -> receives(user, referral)
                        || (user != null && user.id().equals(referral.sentBy()))
                        || (user != null && user.staffOf(referrals.networkOf(referral.id()))));
    }

    /** One of the receiving structure's members, about to answer the referral. */
    public Responder member(AccountUser user, UUID id) {
        return new Responder(received(user, id), user.displayName(), user.id());
    }

    /**
     * The holder of a link e-mailed to the receiving structure's contact address, about to answer without an
     * account; empty for a token that is unknown or expired.
     */
    @Transactional
    public Optional<Responder> byLink(String token) {
        return links.responder(token);
    }

    /** Whether the token is a link to a referral that has expired, so that its holder may ask for a new one. */
    public boolean linkExpired(String token) {
        return links.expired(token).isPresent();
    }

    /**
     * Sends a new link to the referral of an expired one, to the structure's contact address of today.
     *
     * @return false for a token that was never a link to a referral, or one still valid
     */
    @Transactional
    public boolean renewLink(String token) {
        return links.expired(token)
                .map(link -> {
                    events.publishEvent(new ReferralLinkRequested(link.subjectId()));
                    return true;
                })
                .orElse(false);
    }

    /**
     * Whether the one answering may read the holder's file: while the project is with their structure or was
     * closed by it, as for the structure's members (the holder's consent is checked by the intake module).
     */
    public boolean readsFile(Responder responder) {
        return responder.referral().status() != ReferralStatus.DECLINED
                && responder.referral().status() != ReferralStatus.EXPIRED;
    }

    /**
     * The receiving structure's answer named by its page's action ({@code accepter}, {@code refuser} with the reason
     * as {@code text}, {@code question}, {@code clore} with the outcome), from a member or from the link's holder.
     *
     * @throws ReferralNotFoundException for any other action
     */
    @Transactional
    public void answer(Responder responder, String action, String text, Outcome outcome) {
        switch (action) {
            case "accepter" -> accept(responder);
            case "refuser" -> decline(responder, text);
            case "question" -> ask(responder, text);
            case "clore" -> close(responder, outcome);
            default -> throw new ReferralNotFoundException(responder.referral().id());
        }
    }

    @Transactional
    public void accept(Responder responder) {
        move(responder.referral(), ReferralStatus.SENT, ReferralStatus.ACCEPTED, responder, null, null);
        said(responder, TimelineKind.REFERRAL_ACCEPTED, null);
    }

    @Transactional
    public void decline(Responder responder, String reason) {
        String why = written(reason, "reason", "pathway.reason.required", 2000, "pathway.reason.length");
        move(responder.referral(), ReferralStatus.SENT, ReferralStatus.DECLINED, responder, why, null);
        said(responder, TimelineKind.REFERRAL_DECLINED, why);
    }

    /** A question to the referent about the project; the referral stays where it is. */
    @Transactional
    public void ask(Responder responder, String question) {
        String asked =
                written(question, "question", "pathway.question.required", MESSAGE_MAX, "pathway.message.length");
        ReferralStatus status = responder.referral().status();
        if (status != ReferralStatus.SENT && status != ReferralStatus.ACCEPTED) {
            throw new PathwayRejectedException("question", "pathway.status.changed");
        }
        said(responder, TimelineKind.REFERRAL_QUESTION, asked);
    }

    @Transactional
    public void close(Responder responder, Outcome outcome) {
        if (outcome == null) {
            throw new PathwayRejectedException("outcome", "pathway.outcome.required");
        }
        move(responder.referral(), ReferralStatus.ACCEPTED, ReferralStatus.CLOSED, responder, null, outcome);
        followUps.afterClose(responder.referral(), outcome);
        said(responder, TimelineKind.REFERRAL_CLOSED, outcome.code());
    }

    /** The receiving structure's answer, in the project's history and told to whom it concerns. */
    private void said(Responder responder, TimelineKind kind, String detail) {
        Referral referral = responder.referral();
        step(referral.projectId(), kind, responder.name(), referral.organisationId(), referral.id(), detail);
    }

    /**
     * A text someone wrote for a step, stripped.
     *
     * @throws PathwayRejectedException when it is blank or longer than {@code max}
     */
    private static String written(String text, String field, String requiredKey, int max, String lengthKey) {
        if (text == null || text.isBlank()) {
            throw new PathwayRejectedException(field, requiredKey);
        }
        if (text.length() > max) {
            throw new PathwayRejectedException(field, lengthKey);
        }
        return text.strip();
    }

    /**
     * Hands the project over from the structure that accepted it to another one (urban to rural, or back), with a
     * note: this referral closes as "réorienté", and the other structure receives the project and its history.
     */
    @Transactional
    public UUID handOver(AccountUser user, UUID id, UUID organisationId, String note) {
        Referral referral = received(user, id);
        if (referral.status() != ReferralStatus.ACCEPTED) {
            throw new PathwayRejectedException("organisationId", "pathway.status.changed");
        }
        if (organisationId == null || organisationId.equals(referral.organisationId())) {
            throw new PathwayRejectedException("organisationId", "pathway.target.required");
        }
        String written =
                written(note, "message", "pathway.handOver.note.required", MESSAGE_MAX, "pathway.message.length");
        String organisation = reachable(organisationId).name();
        move(
                referral,
                ReferralStatus.ACCEPTED,
                ReferralStatus.CLOSED,
                new Responder(referral, user.displayName(), user.id()),
                null,
                Outcome.REORIENTE);
        UUID next = referrals
                .insert(
                        referral.projectId(),
                        organisationId,
                        null,
                        written,
                        user.id(),
                        user.displayName(),
                        referrals.networkOf(id))
                .orElseThrow(() -> new PathwayRejectedException("organisationId", "pathway.referral.alreadyOpen"));
        step(
                referral.projectId(),
                TimelineKind.HANDED_OVER,
                user.displayName(),
                referral.organisationId(),
                id,
                organisation);
        referrals.record(
                referral.projectId(),
                TimelineKind.REFERRAL_SENT,
                user.displayName(),
                organisationId,
                next,
                organisation);
        events.publishEvent(new ReferralEvent(next, TimelineKind.REFERRAL_SENT, organisation, true));
        return next;
    }

    private void move(
            Referral referral,
            ReferralStatus from,
            ReferralStatus to,
            Responder responder,
            String reason,
            Outcome outcome) {
        if (!referrals.answer(referral.id(), from, to, responder.name(), reason, outcome)) {
            throw new PathwayRejectedException("status", "pathway.status.changed");
        }
    }

    /**
     * How the structure will hear of a referral sent to it now.
     *
     * @throws PathwayRejectedException for a structure out of the directory, or with neither members nor an address
     */
    public Reach reachable(UUID organisationId) {
        Reach reach = reach(organisationId)
                .orElseThrow(() -> new PathwayRejectedException("organisationId", "pathway.organisation.unknown"));
        if (!reach.reachable()) {
            throw new PathwayRejectedException("organisationId", "pathway.organisation.unreachable", reach.name());
        }
        return reach;
    }

    /** How a structure of the directory would hear of a referral; empty for one out of the public directory. */
    public Optional<Reach> reach(UUID organisationId) {
        return structures.of(organisationId);
    }

    void step(UUID projectId, TimelineKind kind, String actor, UUID organisationId, UUID referralId, String detail) {
        referrals.record(projectId, kind, actor, organisationId, referralId, detail);
        events.publishEvent(new ReferralEvent(referralId, kind, detail));
    }

    private Referral received(AccountUser user, UUID id) {
        return referrals
                .find(id)
                .filter(referral -> receives(user, referral))
                .orElseThrow(() -> new ReferralNotFoundException(id));
    }

    private static boolean receives(AccountUser user, Referral referral) {
        return answersFor(user, referral.organisationId());
    }

    /**
     * Whether the user answers referrals for that structure: a professional member of it (advisor, territory agent,
     * or a coordinator whose own structure receives projects).
     */
    public static boolean answersFor(AccountUser user, UUID organisationId) {
        return answersReferrals(user) && user.memberOf(organisationId);
    }

    /** Whether the user's role answers referrals for the structures they belong to. */
    public static boolean answersReferrals(AccountUser user) {
        return user != null
                && (user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT) || user.hasRole(Role.COORDINATOR));
    }
}
