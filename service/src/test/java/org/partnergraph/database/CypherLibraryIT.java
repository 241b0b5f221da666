package org.partnergraph.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every hand-run query of the {@code cypher} module against the seed network, the
 * way cypher-shell would: the {@code :param} lines set the defaults, the rest is the
 * query.
 */
class CypherLibraryIT extends IntegrationTest {

	@Autowired
	SeedLoader seed;

	@Test
	void everyQueryRunsAgainstTheSeedNetwork() throws IOException {
		this.seed.load(ImportMode.MERGE);
		Resource[] files = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:partnergraph/cypher/*.cypher");
		assertThat(files).hasSizeGreaterThanOrEqualTo(10);
		int answered = 0;
		for (Resource file : files) {
			String text = file.getContentAsString(StandardCharsets.UTF_8);
			var parameters = new HashMap<String, Object>();
			var query = new StringBuilder();
			for (String line : text.lines().toList()) {
				if (line.startsWith(":param ")) {
					String[] nameAndValue = line.substring(7).replaceAll(";\\s*$", "").split("=>", 2);
					parameters.put(nameAndValue[0].strip(), evaluate(nameAndValue[1].strip()));
				}
				else {
					query.append(line).append('\n');
				}
			}
			assertThat(parameters).as(file.getFilename() + " declares $visible").containsKey("visible");
			List<Map<String, Object>> rows = run(query.toString().strip().replaceAll(";$", ""), parameters);
			answered += rows.isEmpty() ? 0 : 1;
		}
		// Most questions have answers on the seed network; a few rightly find no gap
		// there.
		assertThat(answered).isGreaterThanOrEqualTo(files.length - 4);
	}

	private Object evaluate(String expression) {
		return run("RETURN " + expression + " AS value", Map.of()).getFirst().get("value");
	}

	private List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> new ArrayList<>(tx.run(cypher, parameters).list(r -> r.asMap())));
		}
	}

}
