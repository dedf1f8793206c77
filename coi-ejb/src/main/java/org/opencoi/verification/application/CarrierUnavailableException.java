package org.opencoi.verification.application;

/** The carrier gave no usable answer; the policy is asked about again later and nothing is held against it. */
public class CarrierUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CarrierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
