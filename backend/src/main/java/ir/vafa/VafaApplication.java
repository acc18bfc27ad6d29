package ir.vafa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Vafa: one deployable application; each top-level package below is a business module. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VafaApplication {

	public static void main(String[] args) {
		SpringApplication.run(VafaApplication.class, args);
	}
}
