package org.gongkai.disclosure.sitetests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (so that Selenium Manager downloads
 * nothing). If it cannot start, the tests fail: a skipped browser test would prove nothing.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start(int width, int height) {
        return start(width, height, true);
    }

    /** A browser that runs no script, as a reader who has turned JavaScript off. */
    static Browser withoutScripts(int width, int height) {
        return start(width, height, false);
    }

    private static Browser start(int width, int height, boolean scripts) {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String chromedriver = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(binary)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("Chromium or chromedriver not found (" + binary + ", " + chromedriver
                    + "): install Debian's chromium and chromium-driver (.ci/run does)");
        }
        try {
            Path profile = Files.createTempDirectory(GeneratedSite.workDirectory("chromium"), "profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                    "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
            // The console, to find what the page's security policy refused.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            if (!scripts) {
                options.setExperimentalOption("prefs",
                        java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            return new Browser(driver);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Headless Chromium could not start: " + e.getMessage(), e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The console messages logged since the last call, e.g. "Refused to execute inline script…". */
    java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
