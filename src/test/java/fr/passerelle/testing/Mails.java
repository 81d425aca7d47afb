package fr.passerelle.testing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/** The platform sends its e-mails after the transaction commits, on another thread: tests wait for them. */
public final class Mails {

    /**
     * The test SMTP server: port {@code test.smtp.port}, which the build gives each test JVM of its own (the suite runs
     * in several), 3025 when a test runs alone. Tests point the platform at it with
     * {@link #SMTP_PORT}.
     */
    public static final ServerSetup SMTP =
            new ServerSetup(Integer.getInteger("test.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP);

    /** The setting that points the platform at {@link #SMTP}, for a test's properties. */
    public static final String SMTP_PORT = "spring.mail.port=${test.smtp.port:3025}";

    private static GreenMail server;

    private Mails() {}

    /**
     * The test JVM's mail server on {@link #SMTP}: started by the first context or test that needs it and left running
     * until the JVM ends, so that every context pointed at it (tests of the whole platform share one) can send whenever
     * its listeners run, whichever test class is running.
     */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(SMTP);
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
            server = started;
        }
        return server;
    }

    /**
     * A test's view of {@link #server()}, for a {@code @RegisterExtension} field: the mailboxes are emptied before each
     * test, which then reads only what was sent during it.
     */
    public static GreenMailExtension inbox() {
        return new Inbox();
    }

    private static final class Inbox extends GreenMailExtension {

        Inbox() {
            super(SMTP);
        }

        @Override
        protected GreenMail getGreenMail() {
            return server();
        }

        @Override
        public boolean isRunning() {
            return server().isRunning();
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            server();
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            try {
                server().purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException("Could not empty the test mail server's mailboxes", e);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) {}

        @Override
        public void afterAll(ExtensionContext context) {}
    }

    /** Starts {@link #server()} with the context that sends to it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Server {

        @Bean(destroyMethod = "")
        GreenMail testMailServer() {
            return server();
        }
    }

    /** The first mail to that address whose subject contains the text, waiting up to ten seconds for it. */
    public static MimeMessage awaitMail(GreenMailExtension greenMail, String address, String subjectPart) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        boolean arrived = Polling.within(Duration.ofSeconds(10), Duration.ofMillis(50), () -> {
            found.set(first(greenMail, address, subjectPart));
            return found.get() != null;
        });
        if (!arrived) {
            throw new AssertionError("No mail to " + address + " about " + subjectPart);
        }
        return found.get();
    }

    /** The first mail to that address, whatever its subject, waiting up to ten seconds for it. */
    public static MimeMessage awaitMail(GreenMailExtension greenMail, String address) {
        return awaitMail(greenMail, address, "");
    }

    /**
     * How many mails that address received whose subject contains the text, once the platform has handled every
     * event it published: what its listeners were going to send has been sent.
     */
    public static long countWhenHandled(
            ApplicationContext context, GreenMailExtension greenMail, String address, String subjectPart)
            throws Exception {
        EventPublications.awaitHandled(context);
        return count(greenMail, address, subjectPart);
    }

    private static MimeMessage first(GreenMailExtension greenMail, String address, String subjectPart)
            throws MessagingException {
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(mail.getAllRecipients()).contains(address)
                    && mail.getSubject().contains(subjectPart)) {
                return mail;
            }
        }
        return null;
    }

    /** How many mails that address received whose subject contains the text. */
    public static long count(GreenMailExtension greenMail, String address, String subjectPart) throws Exception {
        long count = 0;
        for (MimeMessage mail : greenMail.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(mail.getAllRecipients()).contains(address)
                    && mail.getSubject().contains(subjectPart)) {
                count++;
            }
        }
        return count;
    }

    /** The text of the attached file of that name. */
    public static String attachment(MimeMessage mail, String fileName) throws Exception {
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No file " + fileName + " attached to " + mail.getSubject());
    }

    /** The text of a mail, however deep its parts nest, attached files left out. */
    public static String text(MimeMessage mail) throws Exception {
        return text(mail.getContent());
    }

    /** The first address of the platform's own pages in the mail's text that ends with {@code suffix}, as a path. */
    public static String link(MimeMessage mail, String suffix) throws Exception {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "https?://[^/\\s]+(/agenda/inscriptions/[A-Za-z0-9_-]+" + java.util.regex.Pattern.quote(suffix)
                                + ")(\\s|$)")
                .matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("No link ending with " + suffix + " in " + mail.getSubject());
        }
        return link.group(1);
    }

    private static String text(Object content) throws Exception {
        if (content instanceof jakarta.mail.internet.MimeMultipart parts) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.BodyPart part = parts.getBodyPart(i);
                if (part.getFileName() == null) {
                    text.append(text(part.getContent()));
                }
            }
            return text.toString();
        }
        return content.toString();
    }
}
