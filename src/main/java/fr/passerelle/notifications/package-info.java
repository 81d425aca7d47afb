/** E-mails to the platform's users, through SMTP, or into the log when no SMTP server is configured. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package fr.passerelle.notifications;
