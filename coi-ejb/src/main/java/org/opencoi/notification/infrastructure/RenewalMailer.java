package org.opencoi.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.application.RenewalService;
import org.opencoi.notification.domain.RenewalLink;
import org.opencoi.shared.application.Roles;

/**
 * Sends queued renewal requests through the server's mail session, a round every {@value #INTERVAL_SETTING}
 * seconds (a setting, see the README; default 5). Each mail is sent outside any transaction, after the
 * decision that queued it committed; that a send begins, and how it ended, are each recorded in a transaction of
 * their own, so that a refused mail is tried again later and one cut short by a crash is never sent twice (see
 * {@link org.opencoi.notification.domain.RenewalRequest}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(RenewalMailer.PRINCIPAL)
public class RenewalMailer {

    public static final String PRINCIPAL = "renewal-mailer";
    public static final String INTERVAL_SETTING = "COI_RENEWAL_SEND_SECONDS";
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(RenewalMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/coi")
    Session mail;

    @Resource
    TimerService timers;

    @Inject
    RenewalService renewals;

    @Inject
    RenewalLinkSettings links;

    @Inject
    RenewalMailContent content;

    @Inject
    @ConfigProperty(name = INTERVAL_SETTING, defaultValue = "5")
    long intervalSeconds;

    @PostConstruct
    void schedule() {
        nextRound();
    }

    /** One round: every request due, over one SMTP connection; the next round is timed from this one's end. */
    @Timeout
    void sendDue() {
        try {
            List<RenewalRequestView> due = renewals.due(BATCH);
            if (!due.isEmpty()) {
                Transport transport = connect(due);
                if (transport != null) {
                    due.forEach(request -> send(transport, request));
                    close(transport);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not send the renewal requests due", e);
        } finally {
            nextRound();
        }
    }

    /** An open connection to the mail server; null, and every request due marked failed, when there is none. */
    private Transport connect(List<RenewalRequestView> due) {
        try {
            Transport transport = mail.getTransport();
            transport.connect();
            return transport;
        } catch (MessagingException e) {
            due.forEach(request -> renewals.failed(request.id(), e.toString()));
            return null;
        }
    }

    private static void close(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.log(Level.FINE, "closing the SMTP connection failed; every mail had its answer", e);
        }
    }

    private void nextRound() {
        timers.createSingleActionTimer(1000 * intervalSeconds, new TimerConfig(null, false));
    }

    private void send(Transport transport, RenewalRequestView request) {
        if (!renewals.beginSending(request.id())) {
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", request.recipients())));
            message.setSubject(content.subject(request), "UTF-8");
            message.setSentDate(new Date());
            String url = links.uploadUrl(new RenewalLink(request.vendorId(), request.id(), request.linkExpiresOn()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(content.text(request, url), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(content.html(request, url), "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", text, html));
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            renewals.failed(request.id(), e.toString());
            return;
        }
        renewals.sent(request.id());
    }
}
