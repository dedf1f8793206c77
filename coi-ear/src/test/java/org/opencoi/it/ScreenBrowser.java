package org.opencoi.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the Debian chromium and chromium-driver packages) on the screens of the
 * deployed OpenCOI, with a profile of its own that is deleted when it closes.
 */
final class ScreenBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("coi.screenshots", "target/screenshots"));

    private final Path profile;
    private final ChromeDriver driver;

    ScreenBrowser() {
        try {
            profile = Files.createTempDirectory("coi-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a path of the server, e.g. "/coi/vendors.xhtml". */
    ScreenBrowser open(String path) {
        driver.get(CoiClient.SERVER + path);
        return this;
    }

    /** Signs in through the sign-in form the server sends an anonymous browser to. */
    ScreenBrowser signIn(String user, String password) {
        open("/coi/");
        driver.findElement(By.id("j_username")).sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        return click(By.id("sign-in-button"));
    }

    ScreenBrowser signIn(String user) {
        return signIn(user, user);
    }

    /** Clicks what leads to another page (a link, a button posting a form) and waits until that page is there. */
    ScreenBrowser click(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(shown -> gone(page));
        return this;
    }

    /**
     * Whether the element's page has been replaced. Chromium answers for an element of a page being
     * replaced either that it is stale or that it no longer belongs to the document.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText();
    }

    /** The address of the page shown, from the path on, to open it again or in another browser. */
    String address() {
        return driver.getCurrentUrl().substring(CoiClient.SERVER.length());
    }

    /** Fetches an address as this browser's session, e.g. a file a link downloads. */
    HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("COISESSION");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.getName() + "=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Keeps a picture of the page as it is now under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
