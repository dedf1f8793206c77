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
import org.opencoi.certificate.domain.ReviewState;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.CompanyName;
import org.opencoi.compliance.domain.CoverageLine;
import org.opencoi.compliance.domain.PolicySnapshot;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.infrastructure.ChunkSql;

/**
 * Reads vendors' certificates with their policies, limits and auto symbols as snapshots, in three SQL queries
 * whatever the number of vendors (see {@link ChunkSql}). The nightly run reads every vendor's certificates this way,
 * a chunk at a time; the tables and columns are those the certificate entities map.
 */
final class CertificateSnapshotQuery {

    private static final String CERTIFICATES_WITH_POLICIES = "select c.vendor_id, c.id, c.review_state, c.insured_name,"
            + " c.holder_name, c.issued_on, c.received_at, p.id, p.coverage, p.coverage_name, p.policy_number,"
            + " p.insurer_name, p.insurer_naic, p.effective_date, p.expiration_date, p.form, p.additional_insured,"
            + " p.waiver_of_subrogation, p.primary_non_contributory, p.wc_statutory, p.deductible"
            + " from {schema}certificate c left join {schema}policy p on p.certificate_id = c.id"
            + " where c.vendor_id = any (?) order by c.id, p.id";

    private static final String LIMITS = "select l.policy_id, l.limit_kind, l.amount from {schema}policy_limit l"
            + " join {schema}policy p on p.id = l.policy_id join {schema}certificate c on c.id = p.certificate_id"
            + " where c.vendor_id = any (?)";

    private static final String AUTO_SYMBOLS = "select s.policy_id, s.symbol from {schema}policy_auto_symbol s"
            + " join {schema}policy p on p.id = s.policy_id join {schema}certificate c on c.id = p.certificate_id"
            + " where c.vendor_id = any (?)";

    private CertificateSnapshotQuery() {
    }

    /** Each vendor's certificates, by vendor id; a vendor without any is not in the answer. */
    static Map<Long, List<CertificateSnapshot>> read(EntityManager em, Collection<Long> vendorIds) {
        Map<Long, Map<LimitKind, BigDecimal>> limits = ChunkSql.read(em, LIMITS, vendorIds, r -> {
            Map<Long, Map<LimitKind, BigDecimal>> byPolicy = new HashMap<>();
            while (r.next()) {
                byPolicy.computeIfAbsent(r.getLong(1), p -> new EnumMap<>(LimitKind.class))
                        .put(LimitKind.valueOf(r.getString(2)), r.getBigDecimal(3));
            }
            return byPolicy;
        });
        Map<Long, Set<AutoSymbol>> symbols = ChunkSql.read(em, AUTO_SYMBOLS, vendorIds, r -> {
            Map<Long, Set<AutoSymbol>> byPolicy = new HashMap<>();
            while (r.next()) {
                byPolicy.computeIfAbsent(r.getLong(1), p -> EnumSet.noneOf(AutoSymbol.class)).add(AutoSymbol.valueOf(r.getString(2)));
            }
            return byPolicy;
        });
        return ChunkSql.read(em, CERTIFICATES_WITH_POLICIES, vendorIds, r -> certificates(r, limits, symbols));
    }

    private static Map<Long, List<CertificateSnapshot>> certificates(ResultSet r, Map<Long, Map<LimitKind, BigDecimal>> limits,
            Map<Long, Set<AutoSymbol>> symbols) throws SQLException {
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
            do {
                long policyId = r.getLong(8);
                if (!r.wasNull()) {
                    policies.add(policy(r, policyId, limits, symbols));
                }
                more = r.next();
            } while (more && r.getLong(2) == certificateId);
            certificates.computeIfAbsent(vendorId, v -> new ArrayList<>()).add(new CertificateSnapshot(certificateId,
                    reviewState, insured, holder, issuedOn, receivedAt.toInstant(), policies));
        }
        return certificates;
    }

    private static PolicySnapshot policy(ResultSet r, long id, Map<Long, Map<LimitKind, BigDecimal>> limits,
            Map<Long, Set<AutoSymbol>> symbols) throws SQLException {
        String form = r.getString(16);
        return new PolicySnapshot(id, new CoverageLine(CoverageType.valueOf(r.getString(9)), r.getString(10)),
                r.getString(11), r.getString(12), r.getString(13), r.getObject(14, LocalDate.class),
                r.getObject(15, LocalDate.class), form == null ? null : PolicyForm.valueOf(form), r.getBoolean(17),
                r.getBoolean(18), r.getBoolean(19), r.getBoolean(20), r.getBigDecimal(21),
                symbols.getOrDefault(id, Set.of()), limits.getOrDefault(id, Map.of()));
    }
}
