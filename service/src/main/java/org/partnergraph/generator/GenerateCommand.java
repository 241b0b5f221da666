package org.partnergraph.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.partnergraph.generator.SyntheticNetwork;

/**
 * {@code java -jar partnergraph.jar generate --stakeholders N --links M [--seed S] --out DIR}:
 * writes a synthetic network (heavy-tailed degrees, sectors, countries, themes, link
 * types, dates) in the import format, for benchmarks and trials. The same seed always
 * gives the same files.
 */
public final class GenerateCommand {

	private static final String USAGE = "usage: java -jar partnergraph.jar generate --stakeholders N --links M"
			+ " [--seed S] --out DIR";

	private GenerateCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		int stakeholders = -1;
		int links = -1;
		long seed = 1;
		Path directory = null;
		try {
			for (int i = 0; i < args.length; i++) {
				switch (args[i]) {
					case "--stakeholders" -> stakeholders = Integer.parseInt(args[++i]);
					case "--links" -> links = Integer.parseInt(args[++i]);
					case "--seed" -> seed = Long.parseLong(args[++i]);
					case "--out" -> directory = Path.of(args[++i]);
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (stakeholders < 0 || links < 0 || directory == null) {
				throw new IllegalArgumentException("--stakeholders, --links and --out are required");
			}
			long started = System.nanoTime();
			SyntheticNetwork.generate(stakeholders, links, seed).writeCsv(directory);
			out.printf("Wrote %d stakeholders and %d links to %s in %d ms%n", stakeholders, links,
					directory.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
			return 0;
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | IOException ex) {
			err.println("partnergraph generate: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
	}

}
