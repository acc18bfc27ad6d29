package ir.vafa.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium with
 * both paths given, so Selenium Manager never looks for or downloads a driver or a browser. A fresh profile each
 * time. Every wait is explicit.
 */
final class Chromium implements AutoCloseable {

	static final String BROWSER = "/usr/bin/chromium";
	static final String DRIVER = "/usr/bin/chromedriver";
	private static final Duration WAIT = Duration.ofSeconds(60);

	private final Path profile;
	private final Path screenshots;
	private final ChromeDriver driver;
	private final WebDriverWait wait;

	private Chromium(Path profile, Path screenshots, ChromeDriver driver) {
		this.profile = profile;
		this.screenshots = screenshots;
		this.driver = driver;
		this.wait = new WebDriverWait(driver, WAIT);
	}

	static Chromium start(Path screenshots) {
		System.setProperty("SE_AVOID_STATS", "true");
		System.setProperty("webdriver.chrome.driver", DRIVER);
		try {
			Path profile = Files.createTempDirectory("vafa-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BROWSER);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US",
					"--user-data-dir=" + profile.toAbsolutePath());
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort()
				.build();
			Files.createDirectories(screenshots);
			return new Chromium(profile, screenshots, new ChromeDriver(service, options));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void open(String url) {
		driver.get(url);
	}

	String currentUrl() {
		return driver.getCurrentUrl();
	}

	WebElement visible(By by) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	<T> T until(Function<WebDriver, T> condition) {
		return wait.until(condition::apply);
	}

	List<WebElement> all(By by) {
		return driver.findElements(by);
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/** The text of an element, including what Vaadin components render into slots. */
	static String text(WebElement element) {
		String text = element.getDomProperty("textContent");
		return text == null ? "" : text.trim();
	}

	/**
	 * Logs in at Keycloak. The realm has organizations on, so the form asks for the user name first and for the
	 * password on a second page (identity-first log-in); a one-page form works too.
	 */
	void logInAtKeycloak(String username, String password) {
		WebElement user = visible(By.id("username"));
		user.clear();
		user.sendKeys(username);
		if (driver.findElements(By.id("password")).isEmpty()) {
			visible(By.id("kc-login")).click();
		}
		WebElement secret = visible(By.id("password"));
		secret.clear();
		secret.sendKeys(password);
		visible(By.id("kc-login")).click();
	}

	/** Types into a Vaadin text field (its input lives in the light DOM). */
	void type(String fieldId, String text) {
		WebElement input = visible(By.cssSelector("#" + fieldId + " input"));
		input.clear();
		input.sendKeys(text);
	}

	void click(String id) {
		wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
	}

	Path screenshot(String name) {
		File shot = driver.getScreenshotAs(OutputType.FILE);
		Path target = screenshots.resolve(name + ".png");
		try {
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException e) {
			// a leftover temporary profile is harmless
		}
	}
}
