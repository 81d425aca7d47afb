package fr.passerelle.pathway.internal;

import fr.passerelle.common.Texts;
import fr.passerelle.directory.Directory;
import fr.passerelle.directory.Organisation;
import fr.passerelle.intake.HolderReferral;
import fr.passerelle.intake.ProjectReferrals;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A project's referrals as its holder reads them: the structure, where it stands in plain words, and the structure's
 * contact from the directory once it accepted the project (not before: a structure that has not said yes is not
 * to be called about it). The referent's message, the decline's reason and the questions stay between professionals.
 */
@Component
record HolderReferrals(ReferralRepository referrals, Directory directory) implements ProjectReferrals {

    @Override
    public List<HolderReferral> of(UUID projectId) {
        return referrals.ofProject(projectId).stream().map(this::asHolderSees).toList();
    }

    private HolderReferral asHolderSees(Referral referral) {
        Optional<Organisation> structure = directory.organisation(referral.organisationId());
        boolean accepted = referral.status() == ReferralStatus.ACCEPTED || referral.status() == ReferralStatus.CLOSED;
        return new HolderReferral(
                structure.map(Organisation::name).orElse(""),
                "pathway.holder.status." + statusCode(referral),
                hint(referral.status()),
                referral.sentAt(),
                referral.answeredAt(),
                accepted ? structure.map(HolderReferrals::contact).orElse(null) : null);
    }

    /** A closed referral reads as its outcome ("handed over" for a hand-over), else as its status. */
    private static String statusCode(Referral referral) {
        return referral.status() == ReferralStatus.CLOSED && referral.outcome() != null
                ? "closed." + referral.outcome().code()
                : referral.status().code();
    }

    private static String hint(ReferralStatus status) {
        return switch (status) {
            case DECLINED, EXPIRED -> "pathway.holder.hint.again";
            case ACCEPTED -> "pathway.holder.hint.contact";
            default -> null;
        };
    }

    private static HolderReferral.Contact contact(Organisation organisation) {
        return new HolderReferral.Contact(
                Texts.blankToNull(organisation.phone()),
                Texts.blankToNull(organisation.email()),
                Texts.blankToNull(organisation.website()));
    }
}
