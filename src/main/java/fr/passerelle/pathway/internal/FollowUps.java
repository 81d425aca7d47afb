package fr.passerelle.pathway.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.accounts.Role;
import fr.passerelle.common.Breach;
import fr.passerelle.common.FrenchDates;
import fr.passerelle.common.Paris;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes over time. A referral closed as "installé" asks its structure at once where and when the project settled
 * and with how many jobs; one closed as "accompagné" or "financé" asks it six months later. An installation then
 * asks whether the activity still runs one year and three years after it; a project still "en cours" is asked again
 * every six months for two years. The answers go in the project's history and feed the network's reports.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class FollowUps {

    static final int JOBS_MAX = 9999;
    static final int COMMENT_MAX = 2000;
    /** A project still in progress is asked again after this many months, for as long as {@link #ASK_FOR_YEARS}. */
    static final int ASK_AGAIN_MONTHS = 6;

    static final int ASK_FOR_YEARS = 2;

    private final FollowUpRepository followUps;
    private final ReferralRepository referrals;
    private final Territories territories;
    private final MessageSource messages;

    /** The first (oldest) of the questions the user's structures have to answer today. */
    public List<OutcomeFollowUp> due(AccountUser user, int limit) {
        if (!answersFor(user)) {
            return List.of();
        }
        return followUps.due(user.organisationIds(), today(), limit);
    }

    /** How many questions the user's structures have to answer today. */
    public int dueCount(AccountUser user) {
        return answersFor(user) ? followUps.dueCount(user.organisationIds(), today()) : 0;
    }

    /** A question of one of the user's structures. */
    public Optional<OutcomeFollowUp> followUp(AccountUser user, UUID id) {
        return followUps.find(id).filter(followUp -> answersFor(user) && user.memberOf(followUp.organisationId()));
    }

    /**
     * Records the answer, plans what follows from it and writes it in the project's history.
     *
     * @throws FollowUpRejectedException listing every rule the answer breaks, or when someone answered first
     * @throws FollowUpNotFoundException when the question is not one of the user's structures
     */
    @Transactional
    public void answer(AccountUser user, UUID id, FollowUpInput input) {
        OutcomeFollowUp followUp = followUp(user, id).orElseThrow(() -> new FollowUpNotFoundException(id));
        Referral referral = referrals.find(followUp.referralId()).orElseThrow(() -> new FollowUpNotFoundException(id));
        Commune commune = check(followUp, referral, input);
        FollowUpAnswer answer = input.answer();
        boolean installed = answer == FollowUpAnswer.INSTALLE;
        String comment = input.comment() == null || input.comment().isBlank()
                ? null
                : input.comment().strip();
        if (!followUps.answer(
                id,
                user.displayName(),
                answer,
                installed ? commune.code() : null,
                installed ? input.installedOn() : null,
                answer == FollowUpAnswer.ABANDONNE || answer == FollowUpAnswer.ARRETEE ? null : input.jobs(),
                comment)) {
            throw new FollowUpRejectedException(List.of(new Breach("answer", "followUp.alreadyAnswered")));
        }
        switch (answer) {
            case INSTALLE -> {
                followUps.plan(referral, Milestone.ONE_YEAR, input.installedOn().plusYears(1));
                followUps.plan(
                        referral, Milestone.THREE_YEARS, input.installedOn().plusYears(3));
            }
            case EN_COURS -> {
                LocalDate next = today().plusMonths(ASK_AGAIN_MONTHS);
                LocalDate closed = referral.closedAt() == null
                        ? followUp.dueOn()
                        : referral.closedAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
                if (!next.isAfter(closed.plusYears(ASK_FOR_YEARS))) {
                    followUps.plan(referral, Milestone.INSTALLATION, next);
                }
            }
            case ARRETEE -> followUps.dropOpen(referral.id(), Milestone.THREE_YEARS);
            default -> {}
        }
        referrals.record(
                referral.projectId(),
                TimelineKind.OUTCOME_RECORDED,
                user.displayName(),
                referral.organisationId(),
                referral.id(),
                summary(followUp.milestone(), input, commune));
    }

    /**
     * Checks an answer without recording it, so that a form whose fields did not all read can show every other
     * problem at once.
     *
     * @throws FollowUpRejectedException listing every rule the answer breaks
     */
    public void check(AccountUser user, UUID id, FollowUpInput input) {
        OutcomeFollowUp followUp = followUp(user, id).orElseThrow(() -> new FollowUpNotFoundException(id));
        Referral referral = referrals.find(followUp.referralId()).orElseThrow(() -> new FollowUpNotFoundException(id));
        check(followUp, referral, input);
    }

    /** Plans the first question when a referral closes with an outcome that may lead to an installation. */
    void afterClose(Referral referral, Outcome outcome) {
        switch (outcome) {
            case INSTALLE -> followUps.plan(referral, Milestone.INSTALLATION, today());
            case ACCOMPAGNE, FINANCE ->
                followUps.plan(referral, Milestone.INSTALLATION, today().plusMonths(ASK_AGAIN_MONTHS));
            default -> {}
        }
    }

    private Commune check(OutcomeFollowUp followUp, Referral referral, FollowUpInput input) {
        List<Breach> breaches = new ArrayList<>();
        FollowUpAnswer answer = input.answer();
        Commune commune = null;
        if (answer == null || !followUp.milestone().answers().contains(answer)) {
            breaches.add(new Breach("answer", "followUp.answer.required"));
        } else if (answer == FollowUpAnswer.INSTALLE) {
            if (input.communeCode() == null || input.communeCode().isBlank()) {
                breaches.add(new Breach("commune", "followUp.commune.required"));
            } else {
                commune = territories.commune(input.communeCode().strip()).orElse(null);
                if (commune == null) {
                    breaches.add(new Breach("commune", "followUp.commune.unknown"));
                }
            }
            LocalDate sent = referral.sentAt().atZoneSameInstant(Paris.ZONE).toLocalDate();
            if (input.installedOn() == null) {
                breaches.add(new Breach("installedOn", "followUp.installedOn.required"));
            } else if (input.installedOn().isAfter(today())) {
                breaches.add(new Breach("installedOn", "followUp.installedOn.future"));
            } else if (input.installedOn().isBefore(sent.minusYears(1))) {
                breaches.add(new Breach("installedOn", "followUp.installedOn.tooEarly"));
            }
        }
        boolean jobsNeeded = answer == FollowUpAnswer.INSTALLE || answer == FollowUpAnswer.ACTIVE;
        if (input.jobs() == null && jobsNeeded) {
            breaches.add(new Breach("jobs", "followUp.jobs.required"));
        } else if (input.jobs() != null && (input.jobs() < 0 || input.jobs() > JOBS_MAX)) {
            breaches.add(new Breach("jobs", "followUp.jobs.invalid"));
        }
        if (input.comment() != null && input.comment().length() > COMMENT_MAX) {
            breaches.add(new Breach("comment", "followUp.comment.length"));
        }
        if (!breaches.isEmpty()) {
            throw new FollowUpRejectedException(breaches);
        }
        return commune;
    }

    /** The answer in one French sentence, for the project's history. */
    private String summary(Milestone milestone, FollowUpInput input, Commune commune) {
        String jobs = input.jobs() == null ? "" : text("followUp.summary.jobs", input.jobs());
        return switch (input.answer()) {
            case INSTALLE ->
                text("followUp.summary.installe", commune.name(), FrenchDates.DAY.format(input.installedOn()), jobs);
            case EN_COURS -> text("followUp.summary.en_cours", jobs);
            case ABANDONNE -> text("followUp.summary.abandonne");
            case ACTIVE -> text("followUp.summary.active." + milestone.code(), jobs);
            case ARRETEE -> text("followUp.summary.arretee." + milestone.code());
        };
    }

    private static boolean answersFor(AccountUser user) {
        return user != null
                && (user.hasRole(Role.ADVISOR) || user.hasRole(Role.TERRITORY_AGENT))
                && !user.organisationIds().isEmpty();
    }

    static LocalDate today() {
        return LocalDate.now(Paris.ZONE);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
