package org.partnergraph.generator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesTheSameNetworkForTheSameSeed() throws Exception {
		var out = new ByteArrayOutputStream();
		int exit = GenerateCommand.run(new String[] { "--stakeholders", "200", "--links", "600", "--seed", "7", "--out",
				this.dir.resolve("a").toString() }, new PrintStream(out), System.err);
		assertThat(exit).isZero();
		GenerateCommand.run(new String[] { "--stakeholders", "200", "--links", "600", "--seed", "7", "--out",
				this.dir.resolve("b").toString() }, System.out, System.err);
		assertThat(Files.readAllLines(this.dir.resolve("a/stakeholders.csv"))).hasSize(201)
			.isEqualTo(Files.readAllLines(this.dir.resolve("b/stakeholders.csv")));
		assertThat(Files.readAllLines(this.dir.resolve("a/links.csv"))).hasSize(601)
			.isEqualTo(Files.readAllLines(this.dir.resolve("b/links.csv")));
	}

	@Test
	void explainsBadUsage() {
		var err = new ByteArrayOutputStream();
		assertThat(GenerateCommand.run(new String[] { "--links", "x" }, System.out, new PrintStream(err))).isEqualTo(2);
		assertThat(err.toString()).contains("usage:");
	}

}
