package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The VendorSync SOAP service answers plain SOAP 1.1 over HTTP, through the Camel route to the vendor service. */
class VendorSyncSoapIT extends DeployedEarTest {

    private static final String ENDPOINT = "/coi-ws/VendorSync";
    private static final String NS = "urn:opencoi:sync:vendor:1";

    @Test
    void findVendorAnswersWithTheRegisteredVendor() throws Exception {
        JsonObject vendor = CoiClient.registerVendor("Soap Lookup Industries");

        HttpResponse<String> response = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                findVendor("IT-ERP", vendor.getString("externalId")));

        assertThat(response.statusCode()).isEqualTo(200);
        Document answer = parse(response.body());
        assertThat(text(answer, "name")).isEqualTo("Soap Lookup Industries");
        assertThat(text(answer, "id")).isEqualTo(vendor.getJsonNumber("id").toString());
        assertThat(text(answer, "complianceStatus")).isEqualTo("NO_CERTIFICATE");
        assertThat(text(answer, "active")).isEqualTo("true");
    }

    @Test
    void unknownVendorIsTheDeclaredFault() throws Exception {
        HttpResponse<String> response = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                findVendor("IT-ERP", "NO-SUCH-VENDOR"));

        assertThat(response.statusCode()).isEqualTo(500);
        Document fault = parse(response.body());
        assertThat(fault.getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Fault").getLength())
                .isEqualTo(1);
        assertThat(fault.getElementsByTagNameNS(NS, "vendorNotFound").getLength()).isEqualTo(1);
    }

    @Test
    void callersMustAuthenticate() {
        HttpResponse<String> response = CoiClient.anonymous().post(ENDPOINT, "text/xml; charset=UTF-8",
                findVendor("IT-ERP", "ANY"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String findVendor(String sourceSystem, String externalId) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="%s">
                  <soapenv:Body>
                    <v:findVendor>
                      <v:sourceSystem>%s</v:sourceSystem>
                      <v:externalId>%s</v:externalId>
                    </v:findVendor>
                  </soapenv:Body>
                </soapenv:Envelope>""".formatted(NS, sourceSystem, externalId);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(Document document, String localName) {
        return document.getElementsByTagNameNS(NS, localName).item(0).getTextContent();
    }
}
