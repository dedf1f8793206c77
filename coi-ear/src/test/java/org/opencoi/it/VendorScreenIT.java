package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.Acord25Pdf;

/**
 * The vendor screen over plain HTTP, as a browser posts its forms: the page shows the vendor, and a
 * certificate uploaded through its form is read and shown with the vendor's new status.
 */
class VendorScreenIT extends DeployedEarTest {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void certificateUploadedThroughTheScreenIsReadAndShown() throws Exception {
        long vendorId = CoiClient.registerVendor("Screen Upload Roofing LLC").getJsonNumber("id").longValue();
        Browser browser = new Browser("reviewer");
        String page = "/coi/vendor.xhtml?id=" + vendorId;

        HttpResponse<String> shown = browser.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Screen Upload Roofing LLC").contains("NO_CERTIFICATE");

        HttpResponse<String> answered = browser.submitUpload(page, viewState(shown.body()), Acord25Pdf.fillable()
                .with("NamedInsured_FullName_A", "Screen Upload Roofing LLC")
                .with("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString())
                .build());

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Read from the certificate").contains("Screen Upload Roofing LLC");
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/certificates").body())
                .contains("Screen Upload Roofing LLC");
    }

    @Test
    void aFileThatIsNotAPdfGetsAMessageBesideTheFieldAndNothingIsStored() throws Exception {
        long vendorId = CoiClient.registerVendor("Screen Refusal Co").getJsonNumber("id").longValue();
        Browser browser = new Browser("admin");
        String page = "/coi/vendor.xhtml?id=" + vendorId;

        HttpResponse<String> answered = browser.submitUpload(page, viewState(browser.get(page).body()),
                "not a pdf at all".getBytes(StandardCharsets.UTF_8));

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("coi-field-message").contains("not a readable PDF");
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/certificates").body()).isEqualTo("[]");
    }

    @Test
    void aViewerMayLookButNotUpload() throws Exception {
        long vendorId = CoiClient.registerVendor("Screen Viewer Check").getJsonNumber("id").longValue();
        Browser browser = new Browser("viewer");
        String page = "/coi/vendor.xhtml?id=" + vendorId;

        HttpResponse<String> answered = browser.submitUpload(page, viewState(browser.get(page).body()),
                Acord25Pdf.fillable().with("NamedInsured_FullName_A", "Screen Viewer Check").build());

        assertThat(answered.body()).contains("may not upload");
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/certificates").body()).isEqualTo("[]");
    }

    /**
     * A forged form post, as another site would send it with the user's cookies but without the view
     * state of a page the user opened (or with the view state of another session), changes nothing.
     */
    @Test
    void aFormPostedWithoutThisSessionsViewStateIsRefused() throws Exception {
        long vendorId = CoiClient.registerVendor("Screen Forgery Check").getJsonNumber("id").longValue();
        String page = "/coi/vendor.xhtml?id=" + vendorId;
        Browser victim = new Browser("admin");
        victim.get(page);
        String otherSessionsViewState = viewState(new Browser("admin").get(page).body());
        byte[] pdf = Acord25Pdf.fillable().with("NamedInsured_FullName_A", "Screen Forgery Check").build();

        for (String forged : new String[] {"", "forged", otherSessionsViewState}) {
            HttpResponse<String> answered = victim.submitUpload(page, forged, pdf);

            assertThat(answered.statusCode()).as("view state '%s'", forged).isIn(200, 302);
            assertThat(answered.body()).as("view state '%s'", forged).doesNotContain("Read from the certificate");
        }
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/certificates").body()).isEqualTo("[]");
    }

    private static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        assertThat(matcher.find()).as("the page carries its view state").isTrue();
        return matcher.group(1);
    }

    /** A signed-in browser session: its cookies keep the view the form was rendered in. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        private final String authorization;

        Browser(String user) {
            authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(CoiClient.SERVER + path))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the upload form as a browser does: its fields, the file, the button pressed and the view state. */
        HttpResponse<String> submitUpload(String path, String viewState, byte[] pdf) throws IOException, InterruptedException {
            String boundary = "form-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            field(body, boundary, "upload", "upload");
            field(body, boundary, "upload:submit", "Upload");
            field(body, boundary, "jakarta.faces.ViewState", viewState);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload:file\"; filename=\"coi.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(pdf);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create(CoiClient.SERVER + path))
                    .header("Authorization", authorization)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                    + value + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
