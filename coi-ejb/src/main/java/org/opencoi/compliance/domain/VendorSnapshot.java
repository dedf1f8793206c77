package org.opencoi.compliance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.vendor.domain.Vendor;

/**
 * What the compliance engine knows of one vendor: its name, its current certificates, the waivers
 * an admin granted it, and which of its policies failed verification with their carriers.
 *
 * @param id the stored vendor's id; null for one not stored
 * @param name the name every certificate must show as the insured
 * @param certificates newest first (see {@link CertificateSnapshot#NEWEST_FIRST}), whatever order they are given in
 * @param verificationFailures by policy id, what the carrier's answer showed to differ from the certificate
 */
public record VendorSnapshot(Long id, CompanyName name, List<CertificateSnapshot> certificates, List<Waiver> waivers,
        Map<Long, String> verificationFailures) {

    public VendorSnapshot {
        Objects.requireNonNull(name, "name");
        List<CertificateSnapshot> newestFirst = new ArrayList<>(certificates);
        newestFirst.sort(CertificateSnapshot.NEWEST_FIRST);
        certificates = List.copyOf(newestFirst);
        waivers = List.copyOf(waivers);
        verificationFailures = Map.copyOf(verificationFailures);
    }

    /** A vendor none of whose policies failed verification. */
    public VendorSnapshot(Long id, CompanyName name, List<CertificateSnapshot> certificates, List<Waiver> waivers) {
        this(id, name, certificates, waivers, Map.of());
    }

    public static VendorSnapshot from(Vendor vendor, Collection<Certificate> certificates, Collection<Waiver> waivers) {
        return from(vendor, certificates, waivers, Map.of());
    }

    public static VendorSnapshot from(Vendor vendor, Collection<Certificate> certificates, Collection<Waiver> waivers,
            Map<Long, String> verificationFailures) {
        return new VendorSnapshot(vendor.getId(), CompanyName.of(vendor.getName()),
                certificates.stream().map(CertificateSnapshot::from).toList(), List.copyOf(waivers), verificationFailures);
    }
}
