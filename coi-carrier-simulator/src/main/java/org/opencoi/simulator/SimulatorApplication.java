package org.opencoi.simulator;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The simulator's admin API, under /carrier-simulator/api; no sign-in, it is a test fixture. */
@ApplicationPath("/api")
public class SimulatorApplication extends Application {
}
