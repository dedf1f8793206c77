package org.opencoi.compliance.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.vendor.domain.Vendor;

/**
 * What the compliance engine knows of one vendor: its name, its current certificates and the waivers
 * an admin granted it.
 *
 * @param id the stored vendor's id; null for one not stored
 * @param name the name every certificate must show as the insured
 * @param certificates newest first (see {@link CertificateSnapshot#NEWEST_FIRST}), whatever order they are given in
 */
public record VendorSnapshot(Long id, CompanyName name, List<CertificateSnapshot> certificates, List<Waiver> waivers) {

    public VendorSnapshot {
        Objects.requireNonNull(name, "name");
        List<CertificateSnapshot> newestFirst = new ArrayList<>(certificates);
        newestFirst.sort(CertificateSnapshot.NEWEST_FIRST);
        certificates = List.copyOf(newestFirst);
        waivers = List.copyOf(waivers);
    }

    public static VendorSnapshot from(Vendor vendor, Collection<Certificate> certificates, Collection<Waiver> waivers) {
        return new VendorSnapshot(vendor.getId(), CompanyName.of(vendor.getName()),
                certificates.stream().map(CertificateSnapshot::from).toList(), List.copyOf(waivers));
    }
}
