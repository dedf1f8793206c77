package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.Acord25Pdf;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The compliance team's day in a real browser: an admin registers a vendor and uploads its certificate,
 * a reviewer corrects what could not be read and approves it, the admin grants an exception for what
 * falls short; a viewer may look but is refused an admin's screen by the server.
 */
class MainPathIT extends DeployedEarTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final DateTimeFormatter ACORD = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Test
    void registerUploadCorrectInReviewAndGrantAnException() throws Exception {
        String profile = "Main path " + UUID.randomUUID();
        HttpResponse<String> created = CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles",
                "{\"name\": \"" + profile + "\", \"requirements\": [{\"coverage\": \"GL\","
                        + " \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String name = "Main Path Roofing " + UUID.randomUUID().toString().substring(0, 8);

        try (ScreenBrowser admin = new ScreenBrowser(); ScreenBrowser reviewer = new ScreenBrowser()) {
            admin.signIn("admin").click(By.id("nav-vendors")).click(By.id("new-vendor"));
            admin.find(By.id("vendor:externalId")).sendKeys("MP-" + UUID.randomUUID());
            admin.find(By.id("vendor:name")).sendKeys(name);
            admin.find(By.id("vendor:contactEmail")).sendKeys("office@main-path.example");
            new Select(admin.find(By.id("vendor:profile"))).selectByVisibleText(profile + " v1");
            admin.screenshot("vendor-new");
            admin.click(By.id("vendor:register"));

            assertThat(admin.text(By.tagName("h1"))).as(admin.text(By.tagName("main"))).isEqualTo(name);
            assertThat(admin.text(By.id("status"))).isEqualTo("NO_CERTIFICATE");
            String vendorPage = admin.address();
            assertThat(vendorPage).contains("vendor.xhtml?id=");

            // A certificate whose general liability line has no expiration date waits for a reviewer.
            Path pdf = Files.createTempFile("coi-", ".pdf");
            Files.write(pdf, Acord25Pdf.fillable()
                    .with("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString().substring(0, 12))
                    .with("NamedInsured_FullName_A", name)
                    .with("CertificateHolder_FullName_A", "OpenCOI Demo Corporation")
                    .with("Insurer_FullName_A", "Travelers Indemnity Company")
                    .with("GeneralLiability_InsurerLetterCode_A", "A")
                    .with("GeneralLiability_CoverageIndicator_A", "Yes")
                    .with("GeneralLiability_OccurrenceIndicator_A", "Yes")
                    .with("Policy_GeneralLiability_PolicyNumberIdentifier_A", "GL-" + UUID.randomUUID().toString().substring(0, 8))
                    .with("Policy_GeneralLiability_EffectiveDate_A", TODAY.minusMonths(1).format(ACORD))
                    .with("GeneralLiability_EachOccurrence_LimitAmount_A", "500,000")
                    .build());
            admin.find(By.id("upload:file")).sendKeys(pdf.toString());
            admin.click(By.id("upload:submit"));

            assertThat(admin.text(By.id("insured"))).isEqualTo(name);
            assertThat(admin.text(By.id("status"))).isEqualTo("PENDING_REVIEW");
            Files.delete(pdf);

            reviewer.signIn("reviewer").open(vendorPage).click(By.linkText("review"));
            assertThat(reviewer.find(By.id("document")).getAttribute("src")).contains("/document");
            reviewer.find(By.cssSelector("input[id$=':expiration']")).sendKeys(TODAY.plusMonths(11).toString());
            reviewer.screenshot("review");
            reviewer.click(By.id("correct:approve-corrected"));

            assertThat(reviewer.text(By.id("messages"))).contains("corrected and approved").contains("NON_COMPLIANT");

            admin.open(vendorPage);
            assertThat(admin.text(By.id("status"))).isEqualTo("NON_COMPLIANT");
            admin.click(By.cssSelector("input[id$=':except']")).click(By.id("exception:grant"));
            assertThat(admin.find(By.id("exception")).getText()).as("the end date and reason are required")
                    .contains("Enter the last day the exception holds.").contains("Say why the exception is granted.");
            admin.find(By.id("exception:until")).sendKeys(TODAY.plusMonths(3).toString());
            admin.find(By.id("exception:reason")).sendKeys("Umbrella renewal in progress, broker confirmed");
            admin.click(By.id("exception:grant"));

            assertThat(admin.text(By.id("messages"))).contains("Exception granted");
            assertThat(admin.text(By.id("status"))).isEqualTo("COMPLIANT");
            assertThat(admin.text(By.id("waivers"))).contains("active").contains("Umbrella renewal in progress");
            assertThat(admin.text(By.id("audit"))).contains("GRANT_WAIVER");
            admin.screenshot("vendor");
            String vendorId = vendorPage.substring(vendorPage.indexOf("id=") + 3);

            admin.click(By.id("nav-audit"));
            admin.find(By.id("filters:actor")).sendKeys("admin");
            admin.find(By.id("filters:recordType")).sendKeys("Vendor");
            admin.find(By.id("filters:recordId")).sendKeys(vendorId);
            admin.find(By.id("filters:from")).sendKeys(TODAY.toString());
            admin.click(By.id("filters:search"));
            assertThat(admin.text(By.id("events:table"))).contains("CREATE").contains("GRANT_WAIVER");
            admin.screenshot("audit");

            admin.click(By.id("nav-reports"));
            new Select(admin.find(By.id("choice:report"))).selectByVisibleText("Policies expiring");
            admin.find(By.id("choice:days")).clear();
            admin.find(By.id("choice:days")).sendKeys("400");
            admin.click(By.id("choice:show"));
            assertThat(admin.text(By.id("report"))).contains(name);
            admin.screenshot("reports");
            HttpResponse<String> csv = admin.fetch(admin.find(By.className("coi-export-csv")).getAttribute("href"));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    d -> assertThat(d).contains("expiring-policies-400-days.csv"));
            assertThat(csv.body()).startsWith("Expires,Vendor,External id,Line,Policy").contains(name);
        }
    }

    @Test
    void aViewerMayLookButTheServerRefusesAnAdminScreen() {
        long vendorId = CoiClient.registerVendor("Viewer Look " + UUID.randomUUID()).getJsonNumber("id").longValue();

        try (ScreenBrowser viewer = new ScreenBrowser()) {
            viewer.signIn("viewer").open("/coi/vendor.xhtml?id=" + vendorId);
            assertThat(viewer.text(By.id("status"))).isEqualTo("NO_CERTIFICATE");
            assertThat(viewer.driver().findElements(By.id("audit"))).as("the audit trail is for admins").isEmpty();

            viewer.open("/coi/admin/vendor-new.xhtml");

            assertThat(viewer.text(By.tagName("h1"))).isEqualTo("Not allowed");
            assertThat(viewer.driver().findElements(By.id("vendor:register"))).isEmpty();
        }
    }

    @Test
    void eachRoleSignsInAndSeesTheDashboardAndTheVendorList() {
        for (String user : new String[] {"admin", "reviewer", "viewer"}) {
            try (ScreenBrowser browser = new ScreenBrowser()) {
                browser.signIn(user);
                assertThat(browser.text(By.className("coi-user"))).isEqualTo(user);
                assertThat(browser.find(By.id("status-chart")).isDisplayed()).isTrue();
                browser.click(By.id("nav-vendors"));
                assertThat(browser.text(By.id("vendors:table"))).contains("vendors");
                if (user.equals("viewer")) {
                    browser.screenshot("vendors");
                }
            }
        }
    }
}
