package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin writes a requirement profile on its screen, with refusals beside the fields, edits it into a
 * new version, and assigns it to vendors ticked in the vendor list.
 */
class ProfileScreenIT extends DeployedEarTest {

    @Test
    void createEditAsANewVersionAndAssignInBulk() {
        String name = "Screen profile " + UUID.randomUUID();
        String vendors = "Bulk " + UUID.randomUUID().toString().substring(0, 8);
        long first = CoiClient.registerVendor(vendors + " One").getJsonNumber("id").longValue();
        long second = CoiClient.registerVendor(vendors + " Two").getJsonNumber("id").longValue();

        try (ScreenBrowser admin = new ScreenBrowser()) {
            admin.signIn("admin").click(By.id("nav-profiles")).click(By.id("new-profile"));
            new Select(admin.find(By.id("profile:requirements:0:coverage"))).selectByVisibleText("OTHER");
            admin.find(By.id("profile:window")).clear();
            admin.find(By.id("profile:window")).sendKeys("900");
            admin.click(By.id("profile:save"));
            assertThat(admin.text(By.id("profile"))).contains("Enter 1 to 365 days.");

            admin.find(By.id("profile:window")).clear();
            admin.find(By.id("profile:window")).sendKeys("45");
            admin.click(By.id("profile:save"));
            assertThat(admin.text(By.id("profile"))).contains("Enter the profile's name.")
                    .contains("Name the line, e.g. Professional liability.");
            admin.screenshot("profile-refused");

            new Select(admin.find(By.id("profile:requirements:0:coverage"))).selectByVisibleText("GL");
            admin.find(By.id("profile:name")).sendKeys(name);
            new Select(admin.find(By.id("profile:requirements:0:limits:0:kind"))).selectByVisibleText("EACH_OCCURRENCE");
            admin.find(By.id("profile:requirements:0:limits:0:amount")).sendKeys("1000000");
            admin.click(By.id("profile:save"));

            assertThat(admin.text(By.id("messages"))).contains("Saved " + name + " as version 1.");
            admin.click(By.linkText(name));
            admin.find(By.id("profile:window")).clear();
            admin.find(By.id("profile:window")).sendKeys("60");
            admin.screenshot("profile");
            admin.click(By.id("profile:save"));
            assertThat(admin.text(By.id("messages"))).contains("Saved " + name + " as version 2.");
            assertThat(admin.text(By.id("profiles"))).contains("60 days");

            admin.open("/coi/vendors.xhtml?q=" + vendors.replace(" ", "+"));
            assertThat(admin.text(By.id("vendors:table"))).contains("2 vendors");
            for (var box : admin.driver().findElements(By.cssSelector("#vendors\\:table tbody .ui-chkbox-box"))) {
                box.click();
            }
            new Select(admin.find(By.id("vendors:assignTo"))).selectByVisibleText(name + " v2");
            admin.click(By.id("vendors:assign"));

            assertThat(admin.text(By.id("messages"))).contains("Assigned the profile to 2 vendors");
        }
        for (long vendor : new long[] {first, second}) {
            assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendor)).getString("requirementProfileName"))
                    .isEqualTo(name);
        }
    }
}
