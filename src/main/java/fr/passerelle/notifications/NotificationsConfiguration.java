package fr.passerelle.notifications;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    @Bean
    Notifications notifications(
            ObjectProvider<JavaMailSender> mailSender, @Value("${passerelle.mail.from}") String from) {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender == null ? new LogNotifications() : new SmtpNotifications(sender, from);
    }
}
