package fr.passerelle.notifications;

import fr.passerelle.common.SiteAddress;
import java.net.URI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

    @Bean
    Notifications notifications(
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${passerelle.mail.from}") String from,
            SiteAddress site) {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender == null ? new LogNotifications() : new SmtpNotifications(sender, from, domain(site));
    }

    /** The domain of the platform's address, which its e-mails' identifiers end with. */
    static String domain(SiteAddress site) {
        String host = URI.create(site.url()).getHost();
        return host == null || host.isBlank() ? "passerelle.invalid" : host;
    }
}
