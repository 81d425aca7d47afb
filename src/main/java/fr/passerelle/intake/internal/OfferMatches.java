package fr.passerelle.intake.internal;

import fr.passerelle.accounts.AccountUser;
import fr.passerelle.common.MailTexts;
import fr.passerelle.common.ProjectKind;
import fr.passerelle.common.Sector;
import fr.passerelle.directory.Directory;
import fr.passerelle.intake.internal.IntakeRepository.FittingProject;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.offers.Offer;
import fr.passerelle.offers.OfferNotFoundException;
import fr.passerelle.offers.OfferPublished;
import fr.passerelle.offers.Offers;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.Territories;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-way matching between offers and projects, within the privacy rules: only the projects whose holders let the
 * territories they target contact them. When an offer is published, the holders of the projects it fits hear of it
 * (once per offer and project); the offer's territory sees those projects.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OfferMatches {

    static final int MAX_MATCHES = 500;

    private final Offers offers;
    private final IntakeRepository repository;
    private final Directory directory;
    private final Territories territories;
    private final Notifications notifications;
    private final MailTexts texts;

    /** A project that fits an offer, as its territory sees it: no name, the link to the file it may open. */
    public record Match(UUID projectId, String title) {}

    /**
     * The projects that fit the offer, for those who may edit it (its territory's agents, coordinators).
     *
     * @throws OfferNotFoundException when the user may not edit the offer
     */
    @Transactional
    public List<Match> projectsFor(AccountUser user, UUID offerId) {
        Offer offer = offers.offer(user, offerId)
                .filter(found -> offers.mayEdit(user, found))
                .orElseThrow(() -> new OfferNotFoundException(offerId));
        return fitting(offer).stream()
                .map(project -> new Match(project.projectId(), project.title()))
                .toList();
    }

    /** Tells the holders of the projects the newly published offer fits; each once, if they gave an address. */
    @ApplicationModuleListener
    void on(OfferPublished published) {
        Offer offer = offers.offer(null, published.offerId()).orElse(null);
        if (offer == null || !offer.published()) {
            return;
        }
        String place =
                territories.commune(offer.communeCode()).map(Commune::label).orElse(offer.communeCode());
        String publisher = directory.organisationName(offer.organisationId()).orElse("");
        Set<String> told = new HashSet<>();
        for (FittingProject project : fitting(offer)) {
            if (project.email() == null
                    || !repository.notified(offer.id(), project.projectId())
                    || !told.add(project.email())) {
                continue;
            }
            notifications.send(new Email(
                    project.email(),
                    texts.text("offer.match.mail.subject", offer.title()),
                    texts.text(
                            "offer.match.mail.body",
                            project.holderName(),
                            project.title(),
                            offer.title(),
                            place,
                            publisher,
                            texts.link("/offres/" + offer.id()),
                            texts.link("/espace"))));
        }
    }

    private List<FittingProject> fitting(Offer offer) {
        return repository.fitting(
                offer.id(),
                offers.communesAround(offer),
                offer.kind().suits().stream().map(ProjectKind::code).toList(),
                offer.sectors().stream().map(Sector::code).toList(),
                MAX_MATCHES);
    }
}
