package org.opencoi.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Collectors;
import org.opencoi.notification.application.RenewalRequestView;

/** The words of a renewal request mail, as plain text and as HTML saying the same. */
@ApplicationScoped
public class RenewalMailContent {

    public String subject(RenewalRequestView r) {
        return "Certificate of insurance needed: " + r.vendorName();
    }

    public String text(RenewalRequestView r, String uploadUrl) {
        return "Hello,\n\nwe need an up-to-date certificate of insurance for " + r.vendorName() + ".\n\n"
                + "What is missing or expiring:\n"
                + r.missing().stream().map(line -> "  - " + line).collect(Collectors.joining("\n")) + "\n\n"
                + "Please upload the certificate (PDF) here, no account needed:\n" + uploadUrl + "\n\n"
                + "This link works until " + r.linkExpiresOn() + " and only for this request.\n";
    }

    public String html(RenewalRequestView r, String uploadUrl) {
        return "<!DOCTYPE html><html><body><p>Hello,</p><p>we need an up-to-date certificate of insurance for <strong>"
                + escape(r.vendorName()) + "</strong>.</p><p>What is missing or expiring:</p><ul>"
                + r.missing().stream().map(line -> "<li>" + escape(line) + "</li>").collect(Collectors.joining())
                + "</ul><p><a href=\"" + escape(uploadUrl) + "\">Upload the certificate (PDF)</a>, no account needed.</p>"
                + "<p>This link works until " + r.linkExpiresOn() + " and only for this request.</p></body></html>";
    }

    /** Text made safe to put in HTML, as an element's content or an attribute's value. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
