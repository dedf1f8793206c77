package org.opencoi.shared.application;

/** A part of the system that can tell whether it works; every module contributes its own as CDI beans. */
public interface HealthCheck {

    ComponentHealth check();
}
