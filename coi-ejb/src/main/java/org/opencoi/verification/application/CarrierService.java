package org.opencoi.verification.application;

import java.util.List;

/** The carriers OpenCOI verifies policies with, by NAIC code. */
public interface CarrierService {

    List<CarrierView> list();

    CarrierView find(String naicCode);

    /**
     * Creates or changes the carrier. When it gets a service, its policies that were not verifiable are
     * queued for verification; when it loses it, its queued policies become not verifiable.
     */
    CarrierView save(String naicCode, CarrierRequest request);

    void remove(String naicCode);
}
