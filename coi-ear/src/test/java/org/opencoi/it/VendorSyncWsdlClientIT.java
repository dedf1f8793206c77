package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.tools.xjc.api.XJC;
import jakarta.json.JsonObject;
import java.lang.reflect.Method;
import java.util.List;
import org.apache.cxf.configuration.security.AuthorizationPolicy;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.jaxws.endpoint.dynamic.JaxWsDynamicClientFactory;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * VendorSync as an ERP's SOAP stack sees it: a JAX-WS client whose classes are generated at run time
 * from the WSDL the server serves (Apache CXF's dynamic client), knowing nothing of OpenCOI's own classes.
 */
class VendorSyncWsdlClientIT extends DeployedEarTest {

    private static final String NAMESPACE = "urn:opencoi:sync:vendor:1";

    private Client client;
    private ClassLoader generated;

    @BeforeEach
    void clientFromTheServedWsdl() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        client = JaxWsDynamicClientFactory.newInstance().createClient(CoiClient.SERVER + "/coi-ws/VendorSync?wsdl");
        // The factory leaves the generated classes' loader as the thread's context class loader.
        generated = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(before);
        HTTPConduit conduit = (HTTPConduit) client.getConduit();
        AuthorizationPolicy erp = new AuthorizationPolicy();
        erp.setUserName("erp");
        erp.setPassword("erp");
        conduit.setAuthorization(erp);
        HTTPClientPolicy policy = new HTTPClientPolicy();
        policy.setReceiveTimeout(60_000);
        conduit.setClient(policy);
    }

    @AfterEach
    void closeClient() {
        client.destroy();
    }

    @Test
    void upsertVendorsAndDeactivateVendorAnswerThroughTheGeneratedClient() throws Exception {
        String source = VendorSyncIT.freshSource();
        List<Object> records = List.of(record("W-1", 1, "Wsdl Welding LLC", "office@welding.example"),
                record("W-2", 1, "Wsdl Windows Inc", "no address"));

        List<?> results = (List<?>) client.invoke("upsertVendors", source, records)[0];

        assertThat(results).extracting(r -> property(property(r, "getOutcome"), "value")).containsExactly("CREATED", "REJECTED");
        assertThat((String) property(results.get(1), "getReason")).contains("contactEmail is not an e-mail address");
        long vendorId = (Long) property(results.get(0), "getVendorId");
        JsonObject created = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId));
        assertThat(created.getString("name")).isEqualTo("Wsdl Welding LLC");
        assertThat(created.getBoolean("active")).isTrue();

        Object stale = client.invoke("deactivateVendor", source, "W-1", 0L)[0];
        Object deactivated = client.invoke("deactivateVendor", source, "W-1", 2L)[0];

        assertThat(property(property(stale, "getOutcome"), "value")).isEqualTo("UNCHANGED");
        assertThat(property(property(deactivated, "getOutcome"), "value")).isEqualTo("UPDATED");
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId)).getBoolean("active")).isFalse();
    }

    /** A VendorRecord of the generated classes, filled in through its setters. */
    private Object record(String externalId, long version, String name, String contactEmail) throws Exception {
        Class<?> type = generated.loadClass(XJC.getDefaultPackageName(NAMESPACE) + ".VendorRecord");
        Object record = type.getConstructor().newInstance();
        type.getMethod("setExternalId", String.class).invoke(record, externalId);
        type.getMethod("setVersion", long.class).invoke(record, version);
        type.getMethod("setName", String.class).invoke(record, name);
        type.getMethod("setContactEmail", String.class).invoke(record, contactEmail);
        type.getMethod("setCategory", String.class).invoke(record, "LOW");
        return record;
    }

    private static Object property(Object bean, String getter) {
        try {
            Method method = bean.getClass().getMethod(getter);
            return method.invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
