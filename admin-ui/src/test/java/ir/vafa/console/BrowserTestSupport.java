package ir.vafa.console;

import java.nio.file.Path;
import java.util.List;

import ir.vafa.VafaApplication;
import ir.vafa.support.VafaStack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the browser tests share: the whole application (API + console) with demo data against real PostgreSQL and
 * Keycloak, and a fresh headless Chromium per test. The stack is declared here, once, so every browser test class
 * gets the same cached application context: one start, one database, and the demo tenants opened once in Keycloak.
 */
@SpringBootTest(classes = VafaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestSupport {

	@LocalServerPort
	int port;

	Chromium browser;

	@DynamicPropertySource
	static void stack(DynamicPropertyRegistry registry) {
		VafaStack.register(registry);
		registry.add("vafa.demo.enabled", () -> "true");
	}

	@BeforeEach
	void startBrowser() {
		browser = Chromium.start(Path.of(System.getProperty("vafa.screenshots", "target/screenshots")));
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	String console(String path) {
		return "http://localhost:" + port + path;
	}

	List<String> gridTexts(String gridId) {
		return browser.all(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
			.map(Chromium::text)
			.toList();
	}

	/** Switches the console to Persian unless it is already (a login keeps the browser's last choice). */
	void inPersian() {
		if (!"rtl".equals(browser.script("return document.documentElement.getAttribute('dir')"))) {
			browser.click("language-switch");
			browser.until(driver -> "rtl".equals(browser.script("return document.documentElement.getAttribute('dir')")));
		}
	}

	/** Logs in at Keycloak from the console's root and switches the console to Persian. */
	void logInInPersian(String username, String password) {
		browser.open(console("/"));
		browser.logInAtKeycloak(username, password);
		browser.click("language-switch");
		browser.until(driver -> "rtl".equals(browser.script("return document.documentElement.getAttribute('dir')")));
	}
}
