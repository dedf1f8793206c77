package org.opencoi.verification.infrastructure;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.opencoi.shared.domain.NaicCode;

/**
 * Splits the re-verification job by carrier: one partition per carrier with a service, run side by side.
 * With no such carrier there is one partition without a carrier, which does nothing.
 */
@Named
@Dependent
public class CarrierPartitionMapper implements PartitionMapper {

    static final int MAX_THREADS = 4;

    @Inject
    CarrierRecheck recheck;

    @Override
    public PartitionPlan mapPartitions() {
        List<String> carriers = recheck.carriers().stream().map(NaicCode::digits).toList();
        List<String> partitions = carriers.isEmpty() ? List.of("") : carriers;
        Properties[] properties = new Properties[partitions.size()];
        for (int i = 0; i < partitions.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("naicCode", partitions.get(i));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions.size());
        plan.setThreads(Math.min(MAX_THREADS, partitions.size()));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
