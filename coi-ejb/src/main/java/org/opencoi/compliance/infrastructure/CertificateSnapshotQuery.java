package org.opencoi.compliance.infrastructure;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.CompanyName;
import org.opencoi.compliance.domain.CoverageLine;
import org.opencoi.compliance.domain.PolicySnapshot;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.shared.infrastructure.ChunkSql;

/**
 * Reads vendors' certificates with their policies, limits and auto symbols as snapshots, in one SQL query whatever
 * the number of vendors (see {@link ChunkSql}). The nightly run reads every vendor's certificates this way, a chunk
 * at a time; the tables and columns are those the certificate entities map.
 *
 * <p>A policy comes in as many rows as it has limits times auto symbols (at least one); its own columns are read
 * from the first.
 */
final class CertificateSnapshotQuery {

    private static final String CERTIFICATES = "select c.vendor_id, c.id, c.review_state, c.insured_name,"
            + " c.holder_name, c.issued_on, c.received_at, p.id, p.coverage, p.coverage_name, p.policy_number,"
            + " p.insurer_name, p.insurer_naic, p.effective_date, p.expiration_date, p.form, p.additional_insured,"
            + " p.waiver_of_subrogation, p.primary_non_contributory, p.wc_statutory, p.deductible,"
            + " l.limit_kind, l.amount, s.symbol"
            + " from {schema}certificate c left join {schema}policy p on p.certificate_id = c.id"
            + " left join {schema}policy_limit l on l.policy_id = p.id"
            + " left join {schema}policy_auto_symbol s on s.policy_id = p.id"
            + " where c.vendor_id = any (?) order by c.id, p.id";

    private CertificateSnapshotQuery() {
    }

    /** Each vendor's certificates, by vendor id; a vendor without any is not in the answer. */
    static Map<Long, List<CertificateSnapshot>> read(EntityManager em, Collection<Long> vendorIds) {
        return ChunkSql.read(em, CERTIFICATES, vendorIds, CertificateSnapshotQuery::certificates);
    }

    private static Map<Long, List<CertificateSnapshot>> certificates(ResultSet r) throws SQLException {
        Map<Long, List<CertificateSnapshot>> certificates = new HashMap<>();
        boolean more = r.next();
        while (more) {
            long vendorId = r.getLong(1);
            long certificateId = r.getLong(2);
            ReviewState reviewState = ReviewState.valueOf(r.getString(3));
            CompanyName insured = CompanyName.of(r.getString(4));
            CompanyName holder = CompanyName.of(r.getString(5));
            LocalDate issuedOn = r.getObject(6, LocalDate.class);
            OffsetDateTime receivedAt = r.getObject(7, OffsetDateTime.class);
            List<PolicySnapshot> policies = new ArrayList<>();
            r.getLong(8);
            if (r.wasNull()) {
                more = r.next();
            } else {
                do {
                    long policyId = r.getLong(8);
                    PolicyColumns policy = new PolicyColumns(r);
                    Map<LimitKind, BigDecimal> limits = new EnumMap<>(LimitKind.class);
                    Set<AutoSymbol> symbols = EnumSet.noneOf(AutoSymbol.class);
                    do {
                        String limitKind = r.getString(22);
                        if (limitKind != null) {
                            limits.put(LimitKind.valueOf(limitKind), r.getBigDecimal(23));
                        }
                        String symbol = r.getString(24);
                        if (symbol != null) {
                            symbols.add(AutoSymbol.valueOf(symbol));
                        }
                        more = r.next();
                    } while (more && r.getLong(8) == policyId);
                    policies.add(policy.snapshot(policyId, symbols, limits));
                } while (more && r.getLong(2) == certificateId);
            }
            certificates.computeIfAbsent(vendorId, v -> new ArrayList<>()).add(new CertificateSnapshot(certificateId,
                    reviewState, insured, holder, issuedOn, receivedAt.toInstant(), policies));
        }
        return certificates;
    }

    /** A policy's own columns, read from its first row. */
    private record PolicyColumns(String coverage, String coverageName, String policyNumber, String insurerName,
            String insurerNaic, PolicyTerm term, String form, Endorsements endorsements, boolean wcStatutory,
            BigDecimal deductible) {

        PolicyColumns(ResultSet r) throws SQLException {
            this(r.getString(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                    new PolicyTerm(r.getObject(14, LocalDate.class), r.getObject(15, LocalDate.class)), r.getString(16),
                    new Endorsements(r.getBoolean(17), r.getBoolean(18), r.getBoolean(19)), r.getBoolean(20),
                    r.getBigDecimal(21));
        }

        /** A stored insurer code that is not five digits, or a blank number, reads as none, as the entity reads it. */
        PolicySnapshot snapshot(long id, Set<AutoSymbol> symbols, Map<LimitKind, BigDecimal> limits) {
            return new PolicySnapshot(id, new CoverageLine(CoverageType.valueOf(coverage), coverageName),
                    PolicyNumber.parse(policyNumber).orElse(null), insurerName, NaicCode.parse(insurerNaic).orElse(null),
                    term, form == null ? null : PolicyForm.valueOf(form), endorsements, wcStatutory, deductible, symbols,
                    Limits.fromAmounts(limits));
        }
    }
}
