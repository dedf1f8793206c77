package org.opencoi.compliance.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.opencoi.compliance.application.NightlyComplianceService;

/**
 * Reads the ids of one partition's vendors in ascending order, a page at a time. Its checkpoint is the last id
 * handed out, so that a restart goes on after the last committed chunk.
 */
@Named
@Dependent
public class VendorShareReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    @BatchProperty
    String partition;

    @Inject
    @BatchProperty
    String partitions;

    @Inject
    NightlyComplianceService nightly;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastRead;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(nightly.vendorsToDecide(Integer.parseInt(partitions), Integer.parseInt(partition), lastRead, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
