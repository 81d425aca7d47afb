package fr.passerelle.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through the SMTP server of {@code spring.mail.*}. Every e-mail carries a Message-ID at the platform's own
 * domain (not the machine's name, which spam filters hold against it); one that can be unsubscribed from carries the
 * one-click {@code List-Unsubscribe} headers that mail providers show as a button (RFC 8058).
 */
@RequiredArgsConstructor
class SmtpNotifications implements Notifications {

    private final JavaMailSender mailSender;
    private final String from;
    private final String domain;

    @Override
    public void send(Email email) {
        try {
            mailSender.send(message(email));
        } catch (MailException | MessagingException e) {
            throw new NotificationFailedException("Could not send an e-mail to " + email.to(), e);
        }
    }

    private MimeMessage message(Email email) throws MessagingException {
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper =
                new MimeMessageHelper(message, !email.attachments().isEmpty(), "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        helper.setText(email.body(), false);
        for (Email.Attachment attachment : email.attachments()) {
            helper.addAttachment(
                    attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        // Spring's sender keeps a Message-ID set beforehand instead of the one JavaMail would make.
        message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
        if (email.unsubscribe() != null) {
            message.setHeader("List-Unsubscribe", "<" + email.unsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }
}
