package fr.passerelle.intake.internal;

import fr.passerelle.accounts.Accounts;
import fr.passerelle.common.MailTexts;
import fr.passerelle.notifications.Email;
import fr.passerelle.notifications.Notifications;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The project exchange's e-mails, once the step is committed: the holder hears that a territory is interested
 * (without the territory learning who they are); the agent hears the holder's answer, with the holder's name and
 * e-mail when they accepted.
 */
@Component
@RequiredArgsConstructor
class ExchangeMails {

    private final ProjectExchange exchange;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final MailTexts texts;

    @ApplicationModuleListener
    void on(ProjectExchange.InterestExpressed expressed) {
        var interest = exchange.interest(expressed.interestId()).orElse(null);
        var holder = exchange.holderOfInterest(expressed.interestId()).orElse(null);
        if (interest == null || holder == null || holder.email() == null) {
            return;
        }
        java.util.UUID project = jdbc.sql("select project_id from project_card where id = :card")
                .param("card", interest.cardId())
                .query(java.util.UUID.class)
                .single();
        notifications.send(new Email(
                holder.email(),
                texts.text("exchange.mail.interest.subject", interest.organisationName()),
                texts.text(
                        "exchange.mail.interest.body",
                        holder.name(),
                        interest.organisationName(),
                        interest.message(),
                        texts.link("/espace/projets/" + project + "/bourse"))));
    }

    @ApplicationModuleListener
    void on(ProjectExchange.InterestAnswered answered) {
        var interest = exchange.interest(answered.interestId()).orElse(null);
        if (interest == null) {
            return;
        }
        java.util.UUID agent = jdbc.sql("select agent_id from card_interest where id = :id")
                .param("id", interest.id())
                .query(java.util.UUID.class)
                .single();
        accounts.find(agent)
                .ifPresent(account -> notifications.send(
                        interest.accepted()
                                ? new Email(
                                        account.email(),
                                        texts.text("exchange.mail.accepted.subject"),
                                        texts.text(
                                                "exchange.mail.accepted.body",
                                                account.displayName(),
                                                interest.cardSummary(),
                                                interest.holderName(),
                                                interest.holderEmail(),
                                                texts.link("/bourse/mes-interets")))
                                : new Email(
                                        account.email(),
                                        texts.text("exchange.mail.declined.subject"),
                                        texts.text(
                                                "exchange.mail.declined.body",
                                                account.displayName(),
                                                interest.cardSummary()))));
    }

    private static String shortly(String summary) {
        return summary.length() <= 80 ? summary : summary.substring(0, 79).strip() + "…";
    }
}
