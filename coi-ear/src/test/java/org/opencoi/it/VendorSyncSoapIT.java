package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The VendorSync SOAP service answers plain SOAP 1.1 over HTTP, through the Camel routes to the vendor and sync services. */
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

    @Test
    void upsertVendorsAnswersOneResultPerRecordAndRejectsOnlyTheMalformedOne() throws Exception {
        String source = VendorSyncIT.freshSource();

        HttpResponse<String> response = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                upsertVendors(source, vendorRecord("S-1", 1, "Soap Sync One", "one@vendor.example"),
                        vendorRecord("S-2", 1, "Soap Sync Two", "not-an-address")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Document answer = parse(response.body());
        NodeList outcomes = answer.getElementsByTagNameNS(NS, "outcome");
        assertThat(outcomes.getLength()).isEqualTo(2);
        assertThat(outcomes.item(0).getTextContent()).isEqualTo("CREATED");
        assertThat(outcomes.item(1).getTextContent()).isEqualTo("REJECTED");
        assertThat(text(answer, "reason")).contains("contactEmail is not an e-mail address");
        JsonObject created = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/by-source/" + source + "/S-1"));
        assertThat(created.getString("name")).isEqualTo("Soap Sync One");
        assertThat(created.getString("tier")).isEqualTo("LOW");
    }

    @Test
    void deactivateVendorSetsTheVendorInactiveUnlessTheVersionIsStale() throws Exception {
        String source = VendorSyncIT.freshSource();
        CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                upsertVendors(source, vendorRecord("S-9", 5, "Soap Leaving Co", "leaving@vendor.example")));

        Document stale = parse(CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8", deactivateVendor(source, "S-9", 4)).body());
        assertThat(text(stale, "outcome")).isEqualTo("UNCHANGED");
        Document done = parse(CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8", deactivateVendor(source, "S-9", 6)).body());
        assertThat(text(done, "outcome")).isEqualTo("UPDATED");

        JsonObject vendor = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/by-source/" + source + "/S-9"));
        assertThat(vendor.getBoolean("active")).isFalse();
    }

    @Test
    void entityExpansionIsRefusedWithAFaultAndTheServiceGoesOn() throws Exception {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                  <!ENTITY xxe SYSTEM "file:///etc/passwd">
                ]>
                """ + findVendor("IT-ERP", "&lol9;&xxe;");

        HttpResponse<String> refused = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8", laughs);

        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.body()).contains("Fault").doesNotContain("lollol").doesNotContain("root:");
        HttpResponse<String> after = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                upsertVendors(VendorSyncIT.freshSource(), vendorRecord("S-1", 1, "Still Fine Ltd", "fine@vendor.example")));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(text(parse(after.body()), "outcome")).isEqualTo("CREATED");
    }

    @Test
    void oversizedRequestIsRefusedBeforeItIsReadAndTheServiceGoesOn() throws Exception {
        String padding = "<!--" + "x".repeat(12 << 20) + "-->";

        HttpResponse<String> refused = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                findVendor("IT-ERP", "ANY").replace("<soapenv:Body>", padding + "<soapenv:Body>"));

        assertThat(refused.statusCode()).isEqualTo(413);
        HttpResponse<String> after = CoiClient.as("erp").post(ENDPOINT, "text/xml; charset=UTF-8",
                upsertVendors(VendorSyncIT.freshSource(), vendorRecord("S-1", 1, "After Big Request Ltd", "big@vendor.example")));
        assertThat(after.statusCode()).isEqualTo(200);
    }

    private static String vendorRecord(String externalId, long version, String name, String contactEmail) {
        return """
                <v:vendor>
                  <v:externalId>%s</v:externalId>
                  <v:version>%d</v:version>
                  <v:name>%s</v:name>
                  <v:address><v:line>1 Main St</v:line><v:city>Springfield</v:city><v:country>US</v:country></v:address>
                  <v:contactEmail>%s</v:contactEmail>
                  <v:category>LOW</v:category>
                </v:vendor>""".formatted(externalId, version, name, contactEmail);
    }

    private static String upsertVendors(String sourceSystem, String... vendors) {
        return envelope("upsertVendors", "<v:sourceSystem>" + sourceSystem + "</v:sourceSystem>" + String.join("", vendors));
    }

    private static String deactivateVendor(String sourceSystem, String externalId, long version) {
        return envelope("deactivateVendor", "<v:sourceSystem>%s</v:sourceSystem><v:externalId>%s</v:externalId><v:version>%d</v:version>"
                .formatted(sourceSystem, externalId, version));
    }

    private static String findVendor(String sourceSystem, String externalId) {
        return envelope("findVendor", "<v:sourceSystem>%s</v:sourceSystem><v:externalId>%s</v:externalId>"
                .formatted(sourceSystem, externalId));
    }

    /** A SOAP 1.1 request for one operation, whose wrapper element holds the given XML. */
    private static String envelope(String operation, String content) {
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="%s">
                  <soapenv:Body>
                    <v:%s>%s</v:%s>
                  </soapenv:Body>
                </soapenv:Envelope>""".formatted(NS, operation, content, operation);
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
