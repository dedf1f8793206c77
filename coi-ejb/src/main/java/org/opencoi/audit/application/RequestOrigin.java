package org.opencoi.audit.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the request being served came from (the client's address), for the audit events it causes.
 * The web tier fills it in; work without a caller's request (batch jobs, timers, routes) leaves it empty.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void cameFrom(String address) {
        this.address = address;
    }
}
