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
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
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
		// Vaadin re-renders a component after a server round trip: an element found a moment before may be gone, and
		// the condition is simply asked again.
		this.wait.ignoring(StaleElementReferenceException.class);
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

	/** The window's size, e.g. a phone's 390 x 844. */
	void resize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	/** A screenshot of the whole window, as PNG bytes (to read a QR code from). */
	byte[] screenshotBytes() {
		return driver.getScreenshotAs(OutputType.BYTES);
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

	/**
	 * Waits for the condition, asking again when the element it read was replaced meanwhile (a Vaadin re-render):
	 * Chromium says so as "stale" or, mid-read, as a node that "does not belong to the document".
	 */
	<T> T until(Function<WebDriver, T> condition) {
		return wait.until(driver -> {
			try {
				return condition.apply(driver);
			}
			catch (org.openqa.selenium.WebDriverException replaced) {
				if (replaced instanceof StaleElementReferenceException || String.valueOf(replaced.getMessage())
					.contains("does not belong to the document")) {
					return null;
				}
				throw replaced;
			}
		});
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

	/** Types into a Vaadin text field or text area (its input lives in the light DOM). */
	void type(String fieldId, String text) {
		WebElement input = inView(By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea"));
		input.clear();
		input.sendKeys(text);
	}

	/**
	 * Replaces what a Vaadin text field holds and leaves it, so the value reaches the server (which reads it on
	 * change) and the server's check of the field runs.
	 */
	void replace(String fieldId, String text) {
		WebElement input = inView(By.cssSelector("#" + fieldId + " input"));
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		if (!text.isEmpty()) {
			input.sendKeys(text);
		}
		input.sendKeys(Keys.TAB);
	}

	/** The message a Vaadin field shows under itself once it is invalid. */
	String errorOf(String fieldId) {
		WebElement field = inView(By.id(fieldId));
		until(driver -> Boolean.TRUE.equals(script("return arguments[0].invalid", field)));
		return String.valueOf(script("return arguments[0].errorMessage", field));
	}

	boolean invalid(String fieldId) {
		return Boolean.TRUE.equals(script("return arguments[0].invalid", visible(By.id(fieldId))));
	}

	/** Opens a Vaadin select and picks the item with the text. */
	void choose(String selectId, String itemText) {
		click(selectId);
		until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
			.filter(item -> itemText.equals(text(item)) && item.isDisplayed())
			.findFirst()
			.map(item -> {
				item.click();
				return true;
			})
			.orElse(null));
	}

	/**
	 * The element, scrolled to the middle of the view: Chromium counts an element scrolled out of a clipping
	 * ancestor (the console's scrolling content) as not displayed.
	 */
	WebElement inView(By by) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
		script("arguments[0].scrollIntoView({block: 'center'})", element);
		return wait.until(ExpectedConditions.visibilityOf(element));
	}

	void scrollTo(String id) {
		script("arguments[0].scrollIntoView({block: 'center'})", visible(By.id(id)));
	}

	/** Scrolls the element to the middle of its view first: a notification in a corner must not be in the way. */
	void click(String id) {
		WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		script("arguments[0].scrollIntoView({block: 'center'})", element);
		wait.until(ExpectedConditions.elementToBeClickable(element)).click();
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
