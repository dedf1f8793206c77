/**
 * The Camel runtime of the application: the singleton that starts and stops the one Camel context with
 * the routes each context declares ({@code ContextRoutes}), the error handling every route shares, and
 * the health check that reports on it.
 */
package org.opencoi.shared.integration;
