package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The batch jobs screen and the exceptions of all vendors in a real browser: an admin starts the nightly run and
 * watches it complete, a viewer is refused the jobs screen by the server; every role lists the exceptions.
 */
class JobAndExceptionScreensIT extends DeployedEarTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Pattern STARTED = Pattern.compile("execution (\\d+)");

    @Test
    void anAdminStartsTheNightlyRunAndWatchesItComplete() {
        try (ScreenBrowser admin = new ScreenBrowser()) {
            admin.signIn("admin").click(By.id("nav-jobs"));
            assertThat(admin.text(By.tagName("h1"))).isEqualTo("Batch jobs");

            admin.click(By.id("audit-extract:start"));
            assertThat(admin.text(By.id("audit-extract"))).as("an extract needs its days")
                    .contains("Enter the first day.").contains("Enter the last day.");

            admin.click(By.id("nightly-compliance:start"));
            String message = admin.text(By.id("messages"));
            Matcher started = STARTED.matcher(message);
            assertThat(started.find()).as(message).isTrue();
            By row = By.xpath("//div[@id='nightly-compliance-runs:executions']//tr[td[1][normalize-space()='"
                    + started.group(1) + "']]");

            // The screen reads the executions again every few seconds by itself; no reload here.
            String finished = new WebDriverWait(admin.driver(), Duration.ofSeconds(120)).until(shown -> {
                try {
                    String text = shown.findElement(row).getText();
                    return text.contains("STARTING") || text.contains("STARTED") ? null : text;
                } catch (WebDriverException replacedOrNotYetThere) {
                    return null;
                }
            });
            assertThat(finished).contains("COMPLETED").contains("asOf=" + TODAY).contains("vendorsDecided");
            assertThat(admin.driver().findElement(row).findElements(By.cssSelector("input[value='Stop']")))
                    .as("a finished run cannot be stopped").isEmpty();
            admin.screenshot("jobs");
        }
    }

    @Test
    void theServerRefusesTheJobsScreenToAViewer() {
        try (ScreenBrowser viewer = new ScreenBrowser()) {
            viewer.signIn("viewer");
            assertThat(viewer.driver().findElements(By.id("nav-jobs"))).as("no link for a viewer").isEmpty();

            viewer.open("/coi/admin/jobs.xhtml");

            assertThat(viewer.text(By.tagName("h1"))).isEqualTo("Not allowed");
            assertThat(viewer.driver().findElements(By.id("nightly-compliance:start"))).isEmpty();
        }
    }

    @Test
    void everyExceptionIsListedWithItsVendorAndTheActiveOnesApart() {
        String name = "Exception List Paving " + UUID.randomUUID().toString().substring(0, 8);
        long vendorId = CoiClient.registerVendor(name).getJsonNumber("id").longValue();
        String reason = "Workers' comp certificate promised by " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> granted = CoiClient.as("admin").postJson("/coi/api/v1/vendors/" + vendorId + "/exceptions",
                Json.createObjectBuilder().add("kind", "MISSING_COVERAGE").add("coverage", "WC")
                        .add("until", TODAY.plusDays(45).toString()).add("reason", reason).build().toString());
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);

        try (ScreenBrowser viewer = new ScreenBrowser()) {
            viewer.signIn("viewer").click(By.id("nav-exceptions"));
            assertThat(viewer.text(By.id("exceptions:table"))).contains(name).contains(reason)
                    .contains("MISSING_COVERAGE").contains(TODAY.plusDays(45).toString()).contains("admin");

            new Select(viewer.find(By.id("filters:state"))).selectByVisibleText("lapsed");
            viewer.click(By.id("filters:search"));
            assertThat(viewer.address()).contains("state=LAPSED");
            assertThat(viewer.text(By.id("exceptions:table"))).doesNotContain(reason);

            new Select(viewer.find(By.id("filters:state"))).selectByVisibleText("active");
            viewer.click(By.id("filters:search"));
            assertThat(viewer.text(By.id("exceptions:table"))).contains(reason);
            viewer.screenshot("exceptions");

            viewer.click(By.linkText(name));
            assertThat(viewer.text(By.tagName("h1"))).isEqualTo(name);
            assertThat(viewer.text(By.id("waivers"))).contains(reason);
        }
    }
}
