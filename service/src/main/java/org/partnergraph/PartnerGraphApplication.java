package org.partnergraph;

import java.util.Arrays;

import org.partnergraph.generator.GenerateCommand;
import org.partnergraph.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. With no arguments it starts the web service; {@code import ...} runs an
 * import from the command line against the same database without starting the web server,
 * and {@code generate ...} writes a synthetic network for benchmarks.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PartnerGraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "import".equals(args[0])) {
			System.exit(runCommand(Arrays.copyOfRange(args, 1, args.length)));
		}
		if (args.length > 0 && "generate".equals(args[0])) {
			// Needs no database, so no Spring context either.
			System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(PartnerGraphApplication.class, args);
	}

	private static int runCommand(String[] commandArgs) {
		SpringApplication app = new SpringApplication(PartnerGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// A scripted import must not quietly load the seed before the caller's own data:
		// given as an argument, since a default would lose to application.yaml's.
		try (var context = app.run("--spring.main.banner-mode=off", "--partnergraph.seed-on-empty=false")) {
			return context.getBean(ImportCommand.class).run(commandArgs);
		}
	}

}
