package org.opencoi.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: deploys the EAR exactly as the build packaged it on the provisioned
 * server, and runs the tests as outside clients over HTTP and SOAP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedEarTest {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("coi.ear")));
    }
}
