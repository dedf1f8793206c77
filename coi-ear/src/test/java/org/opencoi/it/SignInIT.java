package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * People sign in to the screens through a form and out again; REST clients keep HTTP Basic and are
 * answered 401, never sent to the sign-in page.
 */
class SignInIT extends DeployedEarTest {

    private ScreenBrowser browser;

    @BeforeEach
    void startBrowser() {
        browser = new ScreenBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void restClientWithoutCredentialsGets401WithABasicChallengeAndAProblem() {
        HttpResponse<String> response = CoiClient.anonymous().get("/coi/api/v1/vendors");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = CoiClient.json(response);
        assertThat(problem.getInt("status")).isEqualTo(401);
    }

    @Test
    void signedInPersonLandsOnTheDashboardWithAnHttpOnlySameSiteSessionCookie() {
        browser.signIn("viewer");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
        assertThat(browser.text(By.className("coi-user"))).isEqualTo("viewer");
        Cookie session = browser.driver().manage().getCookieNamed("COISESSION");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).as("plain HTTP here; Secure only over HTTPS").isFalse();
        browser.screenshot("dashboard");
    }

    @Test
    void aWrongPasswordShowsAMessageOnTheSignInPage() {
        browser.signIn("viewer", "not-the-password");

        assertThat(browser.text(By.id("sign-in-failed"))).contains("wrong");
        assertThat(browser.find(By.id("j_username")).isDisplayed()).isTrue();
        browser.screenshot("sign-in-failed");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("reviewer");
        browser.click(By.id("sign-out:button"));

        assertThat(browser.text(By.id("signed-out"))).contains("signed out");
        browser.open("/coi/vendors.xhtml");
        assertThat(browser.find(By.id("j_password")).isDisplayed()).as("asked to sign in again").isTrue();
        assertThat(browser.driver().findElements(By.id("sign-out:button"))).isEmpty();
    }

    @Test
    void aBrowserSessionMayReadTheRestApi() {
        browser.signIn("viewer");
        browser.open("/coi/api/v1/vendors?limit=1");

        assertThat(browser.driver().getPageSource()).contains("\"items\"");
    }
}
