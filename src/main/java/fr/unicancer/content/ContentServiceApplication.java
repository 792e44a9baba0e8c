package fr.unicancer.content;

import java.time.Clock;

import fr.unicancer.content.portability.PortabilityCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The Unicancer content service: the network's content as MongoDB documents, served
 * through one GraphQL API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContentServiceApplication {

	/**
	 * Starts the service, or runs {@code export DIR} / {@code import DIR} and exits with
	 * its code.
	 */
	public static void main(String[] args) {
		if (PortabilityCommand.isCommand(args)) {
			System.exit(PortabilityCommand.run(ContentServiceApplication.class, args));
		}
		SpringApplication.run(ContentServiceApplication.class, args);
	}

	/** The time publishing decisions are made against; a bean so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
