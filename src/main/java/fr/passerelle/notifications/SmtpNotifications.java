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
}
