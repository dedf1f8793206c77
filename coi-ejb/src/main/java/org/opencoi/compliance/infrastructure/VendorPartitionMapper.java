package org.opencoi.compliance.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits the nightly-compliance step into {@code partitions} partitions (job parameter, default 4) run on
 * {@code threads} threads (default 2): partition i decides the vendors whose id leaves i when divided by the number
 * of partitions. A restart keeps the partitions of the first run.
 */
@Named
@Dependent
public class VendorPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() {
        int count = Integer.parseInt(partitions);
        if (count < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, not " + count);
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(count);
        plan.setThreads(Math.max(1, Math.min(count, Integer.parseInt(threads))));
        plan.setPartitionsOverride(false);
        Properties[] properties = new Properties[count];
        for (int i = 0; i < count; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("partition", String.valueOf(i));
            properties[i].setProperty("partitions", String.valueOf(count));
        }
        plan.setPartitionProperties(properties);
        return plan;
    }
}
