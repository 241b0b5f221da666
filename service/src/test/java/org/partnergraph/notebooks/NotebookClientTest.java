package org.partnergraph.notebooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Python tests of the notebooks folder: the client module against a fake service, and
 * the rule that committed notebooks carry no outputs. They need no running service.
 */
class NotebookClientTest {

	@Test
	void pythonTestsOfTheNotebooksFolderPass() throws Exception {
		NotebookPython.assumeInstalled();
		var result = NotebookPython.run(List.of("-m", "unittest", "discover", "-s", ".", "-p", "test_*.py", "-v"),
				Map.of(), "unittest.log", Duration.ofMinutes(2));
		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("OK");
	}

}
