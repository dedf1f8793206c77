package org.opencoi.shared.integration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Owns the application's one Camel context, named {@value #CONTEXT_NAME}: creates it with the routes
 * of every context ({@link ContextRoutes}) when the application is deployed and stops it when it is
 * undeployed. Camel 4 has no CDI integration, so this singleton is what starts it; endpoints and
 * schedulers reach the routes through {@link #request(String, Object, Class)}.
 */
@Singleton
@Startup
// Routes read and write the schema, so they start once the migrations have run.
@DependsOn("coi-ejb.jar#DatabaseMigration")
// The fields are written once, in @PostConstruct, and Camel's producer template is thread-safe:
// container-managed locking would only serialise every caller behind one write lock.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Routing is plumbing: the caller's transaction, if any, decides what the services called by a route join.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
// Routing decides nothing about who may do what: the services a route calls check the caller's roles.
@PermitAll
public class CamelBootstrap {

    public static final String CONTEXT_NAME = "opencoi";

    private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

    @Inject
    Instance<ContextRoutes> contextRoutes;

    private CamelContext context;
    private ProducerTemplate producer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        start(contextRoutes);
    }

    /** Starts the context with the given contexts' routes; the container's start passes every bean of them. */
    void start(Iterable<? extends ContextRoutes> routeSets) {
        DefaultCamelContext camel = new DefaultCamelContext();
        camel.getCamelContextExtension().setName(CONTEXT_NAME);
        // Camel finds its components and languages through META-INF/services files; in the EAR
        // they sit in lib/, which this module's class loader sees and the server's may not.
        camel.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
        try {
            // Route configurations go in before the routes they apply to.
            camel.addRoutes(new ErrorHandlingConfiguration());
            for (ContextRoutes routeSet : routeSets) {
                for (RoutesBuilder routes : routeSet.routes()) {
                    camel.addRoutes(routes);
                }
            }
            camel.start();
        } catch (Exception e) {
            camel.stop();
            throw new IllegalStateException("Camel context " + CONTEXT_NAME + " did not start", e);
        }
        context = camel;
        producer = camel.createProducerTemplate();
        LOG.info(() -> "Camel context " + CONTEXT_NAME + " started with " + camel.getRoutes().size() + " routes");
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void stop() {
        producer.stop();
        context.stop();
        LOG.info(() -> "Camel context " + CONTEXT_NAME + " stopped");
    }

    /**
     * Sends {@code body} to the route consuming {@code endpointUri} and waits for its answer.
     *
     * @return the route's resulting body converted to {@code type}, or null when the route leaves no body
     */
    public <T> T request(String endpointUri, Object body, Class<T> type) {
        try {
            return producer.requestBody(endpointUri, body, type);
        } catch (CamelExecutionException e) {
            // Callers see what the route's service threw, so that an EJB application exception keeps
            // its meaning (rollback or not, the message it carries) rather than turning into Camel's wrapper.
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The running context, for health checks and tests; routes are reached through {@link #request}. */
    public CamelContext context() {
        return context;
    }
}
