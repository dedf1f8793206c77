package org.opencoi.certificate.domain;

/**
 * A certificate was kept, fired in the transaction that kept it, so that what follows from it (queueing
 * its policies for carrier verification) commits or rolls back with it.
 */
public record CertificateReceived(long certificateId) {
}
