package org.opencoi.it;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests. Arquillian starts the provisioned server once for the whole suite;
 * the build has already put the EAR, exactly as packaged, in that server's deployments directory, so
 * every test class talks to the same deployment as an outside client over HTTP and SOAP. Tests share
 * its database: each makes its own data unique.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedEarTest {
}
