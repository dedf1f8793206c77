package org.opencoi.shared.integration;

import java.util.List;
import org.apache.camel.RoutesBuilder;

/**
 * The Camel routes of one context: {@link CamelBootstrap} adds those of every such bean to the application's one
 * Camel context, so that it needs to know none of the contexts.
 */
public interface ContextRoutes {

    /** The routes to add; the route configurations are in before them. */
    List<RoutesBuilder> routes();
}
