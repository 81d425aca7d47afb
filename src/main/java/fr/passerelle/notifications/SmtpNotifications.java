package fr.passerelle.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server of {@code spring.mail.*}. */
class SmtpNotifications implements Notifications {

    private final JavaMailSender mailSender;
    private final String from;

    SmtpNotifications(JavaMailSender mailSender, @Value("${passerelle.mail.from}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    @Override
    public void send(Email email) {
        if (!email.attachments().isEmpty()) {
            sendWithAttachments(email);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.to());
        message.setSubject(email.subject());
        message.setText(email.body());
        try {
            mailSender.send(message);
        } catch (MailException e) {
            throw new NotificationFailedException("Could not send an e-mail to " + email.to(), e);
        }
    }

    private void sendWithAttachments(Email email) {
        try {
            jakarta.mail.internet.MimeMessage message = mailSender.createMimeMessage();
            org.springframework.mail.javamail.MimeMessageHelper helper =
                    new org.springframework.mail.javamail.MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.body(), false);
            for (Email.Attachment attachment : email.attachments()) {
                helper.addAttachment(
                        attachment.filename(),
                        new org.springframework.core.io.ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
            mailSender.send(message);
        } catch (MailException | jakarta.mail.MessagingException e) {
            throw new NotificationFailedException("Could not send an e-mail to " + email.to(), e);
        }
    }
}
