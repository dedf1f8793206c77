package org.opencoi.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.opencoi.shared.application.BatchJob;

/** The carrier-reverification job: asks each carrier again about the policies it insures; it takes no parameters. */
@ApplicationScoped
public class CarrierReverificationJob implements BatchJob {

    public static final String NAME = "carrier-reverification";

    @Override
    public String name() {
        return NAME;
    }
}
