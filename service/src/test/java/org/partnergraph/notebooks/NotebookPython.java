package org.partnergraph.notebooks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * The Python side of the notebook tests: Debian's interpreter with the packages the
 * notebooks use ({@code .ci/run} installs them), the {@code notebooks/} folder of the
 * repository, and running a script there with its output kept in
 * {@code target/notebooks/}. Where the interpreter or a package is missing the tests are
 * skipped with the command that installs them, as the browser tests are without chromium.
 */
final class NotebookPython {

	/**
	 * Debian's interpreter, not whatever python3 comes first on the PATH (a pyenv one
	 * lacks the packages).
	 */
	static final Path INTERPRETER = Path.of(System.getProperty("partnergraph.test.python", "/usr/bin/python3"));

	static final Path OUTPUT = Path.of("target", "notebooks").toAbsolutePath();

	private static final String MODULES = "nbclient, nbformat, ipykernel, pandas, matplotlib, networkx, requests, openpyxl";

	private static final String INSTALL = "apt-get install python3-nbclient python3-nbconvert python3-ipykernel "
			+ "python3-pandas python3-matplotlib python3-networkx python3-requests python3-openpyxl";

	private NotebookPython() {
	}

	/**
	 * The repository's notebooks/ folder: the tests run in service/, the build may run
	 * from the top.
	 */
	static Path notebooks() {
		for (Path candidate : List.of(Path.of("..", "notebooks"), Path.of("notebooks"))) {
			if (Files.isRegularFile(candidate.resolve("partnergraph_client.py"))) {
				return candidate.toAbsolutePath().normalize();
			}
		}
		throw new IllegalStateException("notebooks/ not found from " + Path.of("").toAbsolutePath());
	}

	/**
	 * Skips the calling test unless the interpreter and every package the notebooks use
	 * are installed.
	 */
	static void assumeInstalled() throws IOException, InterruptedException {
		Assumptions.assumeTrue(Files.isExecutable(INTERPRETER), INTERPRETER + " is not installed (" + INSTALL + ")");
		var result = run(List.of("-c", "import " + MODULES), Map.of(), "modules.log", Duration.ofMinutes(1));
		Assumptions.assumeTrue(result.exitCode() == 0,
				"the notebooks' Python packages are missing (" + INSTALL + "): " + result.output().strip());
	}

	/**
	 * Runs the interpreter in notebooks/ with the given arguments and extra environment,
	 * keeping its output in target/notebooks/{logName}. A run over its time is killed and
	 * reported as exit code -1.
	 */
	static Result run(List<String> arguments, Map<String, String> environment, String logName, Duration timeout)
			throws IOException, InterruptedException {
		Files.createDirectories(OUTPUT);
		Path log = OUTPUT.resolve(logName);
		var command = new ArrayList<String>();
		command.add(INTERPRETER.toString());
		command.addAll(arguments);
		var builder = new ProcessBuilder(command).directory(notebooks().toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// Only what is given here tells the notebooks where to connect, never the
		// developer's own settings.
		builder.environment().keySet().removeIf(name -> name.startsWith("PARTNERGRAPH_"));
		builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
		builder.environment().put("IPYTHONDIR", OUTPUT.resolve("ipython").toString());
		builder.environment().put("MPLCONFIGDIR", OUTPUT.resolve("matplotlib").toString());
		builder.environment().putAll(environment);
		Process process = builder.start();
		int exitCode;
		if (process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			exitCode = process.exitValue();
		}
		else {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly().waitFor();
			exitCode = -1;
		}
		return new Result(exitCode, Files.readString(log, StandardCharsets.UTF_8));
	}

	record Result(int exitCode, String output) {
	}

}
