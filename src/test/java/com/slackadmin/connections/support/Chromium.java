package com.slackadmin.connections.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real, headless Chromium driven through chromedriver, both from the operating system's packages
 * ({@code chromium}, {@code chromium-driver}); nothing is downloaded at run time. The paths can be changed
 * with {@code -Dit.chromium=...} and {@code -Dit.chromedriver=...}.
 */
public final class Chromium {

  private Chromium() {}

  public static ChromeDriver start() {
    String driverPath = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");
    String browserPath = System.getProperty("it.chromium", "/usr/bin/chromium");
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browserPath);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(driverPath).toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().window().setSize(new Dimension(1400, 1000));
    return driver;
  }
}
