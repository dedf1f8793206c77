package org.opencoi.certificate.application;

import java.time.LocalDate;
import java.util.List;

/** The data of a certificate keyed in by hand, as an admin or a script sends it. */
public record CertificateEntry(
        String producerName,
        String insuredName,
        String holderName,
        LocalDate issuedOn,
        String descriptionOfOperations,
        List<PolicyEntry> policies) {
}
