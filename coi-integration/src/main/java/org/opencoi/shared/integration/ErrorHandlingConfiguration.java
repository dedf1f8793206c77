package org.opencoi.shared.integration;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;

/**
 * The error handling every route of the application shares, kept in one place so that a route only
 * says what it does. A refused request is left to the caller's answer. An unexpected exception is logged with the id of the route it happened in and is
 * left unhandled, so it still reaches the caller: a SOAP endpoint answers with a fault and the caller's
 * transaction rolls back, instead of the failure being swallowed in the route.
 */
public class ErrorHandlingConfiguration extends RouteConfigurationBuilder {

    static final String LOG_NAME = ErrorHandlingConfiguration.class.getName();

    @Override
    public void configuration() {
        // No id: a route configuration without one applies to every route in the context.
        routeConfiguration()
                // The caller's mistake (a bad request, an unknown vendor): answered to the caller, not a
                // failure of the server.
                .onException(InvalidRequestException.class, NotFoundException.class)
                .handled(false)
                .logExhausted(false)
                .log(LoggingLevel.DEBUG, LOG_NAME, "Route ${routeId} refused exchange ${exchangeId}: ${exception.message}")
                .end()
                .onException(Exception.class)
                .handled(false)
                // One entry per failure, this one, rather than a second from Camel's error handler.
                .logExhausted(false)
                .log(LoggingLevel.ERROR, LOG_NAME,
                        "Route ${routeId} failed on exchange ${exchangeId}: ${exception.stacktrace}");
    }
}
