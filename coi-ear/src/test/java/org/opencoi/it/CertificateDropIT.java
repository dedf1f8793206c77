package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.Acord25Pdf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The vendor screen's drop zone in a real browser: a PDF handed to it is sent at once, without a button, read,
 * and shown with the vendor's new status; a viewer gets no drop zone.
 */
class CertificateDropIT extends DeployedEarTest {

    @Test
    void aCertificateDroppedOnTheVendorPageIsReadAndShown() throws Exception {
        String name = "Drop Zone Masonry " + UUID.randomUUID().toString().substring(0, 8);
        long vendorId = CoiClient.registerVendor(name).getJsonNumber("id").longValue();
        Path pdf = Files.createTempFile("coi-drop-", ".pdf");
        Files.write(pdf, Acord25Pdf.fillable()
                .with("NamedInsured_FullName_A", name)
                .with("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString().substring(0, 12))
                .build());

        try (ScreenBrowser reviewer = new ScreenBrowser()) {
            reviewer.signIn("reviewer").open("/coi/vendor.xhtml?id=" + vendorId);
            // A file dropped on the zone and one chosen through it go the same way: into this input.
            reviewer.find(By.id("drop:pdf_input")).sendKeys(pdf.toString());

            String insured = new WebDriverWait(reviewer.driver(), Duration.ofSeconds(30)).until(shown -> {
                try {
                    return shown.findElement(By.id("insured")).getText();
                } catch (WebDriverException notYetThere) {
                    return null;
                }
            });
            assertThat(insured).isEqualTo(name);
            assertThat(reviewer.text(By.id("certificates"))).contains(name);
            reviewer.screenshot("vendor-drop");
        } finally {
            Files.delete(pdf);
        }
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/certificates").body()).contains(name);
    }

    @Test
    void aViewerGetsNoDropZone() {
        long vendorId = CoiClient.registerVendor("Drop Zone Viewer " + UUID.randomUUID()).getJsonNumber("id").longValue();
        try (ScreenBrowser viewer = new ScreenBrowser()) {
            viewer.signIn("viewer").open("/coi/vendor.xhtml?id=" + vendorId);
            assertThat(viewer.text(By.id("status"))).isEqualTo("NO_CERTIFICATE");
            assertThat(viewer.driver().findElements(By.id("drop:pdf_input"))).isEmpty();
        }
    }
}
