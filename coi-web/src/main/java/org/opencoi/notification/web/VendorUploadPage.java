package org.opencoi.notification.web;

import java.time.LocalDate;
import java.util.List;
import org.opencoi.notification.application.RenewalRequestView;

/**
 * What the vendor upload page shows (WEB-INF/vendor-upload.xhtml): the form for one renewal request with what is
 * missing and, after a failed upload, why; the thanks for a certificate received; or why a link cannot be used.
 *
 * @param refusal why the link cannot be used; null when it can
 * @param received whether a certificate was just received
 * @param reviewRequired whether a reviewer must look at the certificate received before it counts
 * @param beingRead whether the certificate received is a scan still being read (by OCR)
 * @param error why the upload just tried was not taken; null when none was or it was taken
 */
public record VendorUploadPage(
        String refusal,
        String vendorName,
        List<String> missing,
        LocalDate linkExpiresOn,
        String token,
        boolean received,
        boolean reviewRequired,
        boolean beingRead,
        String error) {

    /** The request attribute the page reads this from. */
    static final String ATTRIBUTE = "vendorUploadPage";

    static VendorUploadPage form(RenewalRequestView renewal, String token, String error) {
        return new VendorUploadPage(null, renewal.vendorName(), renewal.missing(), renewal.linkExpiresOn(), token, false,
                false, false, error);
    }

    static VendorUploadPage received(RenewalRequestView renewal, String token, boolean reviewRequired,
            boolean beingRead) {
        return new VendorUploadPage(null, renewal.vendorName(), renewal.missing(), renewal.linkExpiresOn(), token, true,
                reviewRequired, beingRead, null);
    }

    static VendorUploadPage refused(String why) {
        return new VendorUploadPage(why, null, List.of(), null, null, false, false, false, null);
    }

    public boolean refused() {
        return refusal != null;
    }
}
