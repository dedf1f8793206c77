package org.opencoi.shared.application;

/** Whether one part of the system works, with a word on why not. */
public record ComponentHealth(String component, boolean up, String detail) {
}
