package org.partnergraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnergraph.IntegrationTest;
import org.partnergraph.TestNetwork;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandIT extends IntegrationTest {

	@Autowired
	ImportCommand command;

	@TempDir
	Path dir;

	@Test
	void importsFilesFromTheCommandLine() throws Exception {
		Path stakeholders = Files.writeString(this.dir.resolve("s.csv"), TestNetwork.STAKEHOLDERS);
		Path links = Files.writeString(this.dir.resolve("l.csv"), TestNetwork.LINKS);
		var out = new ByteArrayOutputStream();
		int exit = this.command.run(
				new String[] { "--stakeholders", stakeholders.toString(), "--links", links.toString(), "--dry-run" },
				new PrintStream(out), System.err);
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("stakeholdersCreated=5");
		assertThat(snapshot().stakeholders()).isEmpty();

		exit = this.command.run(new String[] { "--stakeholders", stakeholders.toString(), "--links", links.toString(),
				"--mode", "replace" }, System.out, System.err);
		assertThat(exit).isZero();
		assertThat(snapshot().stakeholders()).hasSize(5);
	}

	@Test
	void printsEveryErrorAndExitsNonZero() throws Exception {
		Path stakeholders = Files.writeString(this.dir.resolve("s.csv"), "id,name,sector\na,A,NOT_A_SECTOR\n");
		var err = new ByteArrayOutputStream();
		int exit = this.command.run(new String[] { "--stakeholders", stakeholders.toString() }, System.out,
				new PrintStream(err));
		assertThat(exit).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("s.csv:2 [sector]: 'NOT_A_SECTOR' is not one of");
		assertThat(this.command.run(new String[] { "--bogus" }, System.out, new PrintStream(err))).isEqualTo(2);
	}

}
