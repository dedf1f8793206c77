package org.opencoi.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /coi/api; its versioned resources under /coi/api/v1. */
@ApplicationPath("/api")
public class CoiApplication extends Application {
}
