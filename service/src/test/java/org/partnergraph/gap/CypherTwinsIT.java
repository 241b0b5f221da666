package org.partnergraph.gap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnergraph.IntegrationTest;
import org.partnergraph.importer.ImportMode;
import org.partnergraph.importer.SeedLoader;
import org.partnergraph.security.Visibility;
import org.partnergraph.store.NetworkFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each missing-tie question of the hand-run query library has a twin in
 * {@link GapService}; on the seed network both must name the same organisations, so a
 * change to one that forgets the other fails here. Run as an account that sees
 * everything, as the query files' defaults do.
 */
class CypherTwinsIT extends IntegrationTest {

	@Autowired
	SeedLoader seed;

	@Autowired
	GapService gaps;

	@ParameterizedTest
	@ValueSource(strings = { "justice-without-cso", "justice-without-victim-support-cso", "private-without-state",
			"cso-without-justice", "mechanism-without-asean", "isolates" })
	void theQueryFileAndTheServiceNameTheSameOrganisations(String name) throws IOException {
		this.seed.load(ImportMode.MERGE);
		// Every link, whatever its dates; then the ties of a day, as both count them by
		// default.
		assertSameOrganisations(name, NetworkFilter.NONE);
		assertSameOrganisations(name, new NetworkFilter(List.of(), List.of(), List.of(), List.of(),
				java.time.LocalDate.of(2026, 6, 30), List.of(), true, false, false));
		assertSameOrganisations(name, new NetworkFilter(List.of(), List.of(), List.of(), List.of(),
				java.time.LocalDate.of(2020, 6, 30), List.of(), true, true, true));
		String title = new ClassPathResource("partnergraph/cypher/" + name + ".cypher")
			.getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.findFirst()
			.orElseThrow();
		MissingTieCheck check = java.util.Arrays.stream(MissingTieCheck.values())
			.filter(c -> c.slug().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(check.title()).as("the title of " + name).startsWith(title.replaceFirst("^// ", ""));
	}

	private void assertSameOrganisations(String name, NetworkFilter filter) throws IOException {
		List<String> fromCypher = runQueryFile(name, filter);
		List<String> fromService = asAdmin(() -> this.gaps.unlinked(filter, false)
			.checks()
			.stream()
			.filter(check -> check.name().equals(name))
			.findFirst()
			.orElseThrow()
			.stakeholders()
			.stream()
			.map(GapResults.StakeholderRef::id)
			.sorted()
			.toList());
		assertThat(fromCypher).as(name + " " + filter.basis()).isEqualTo(fromService);
	}

	private List<String> runQueryFile(String name, NetworkFilter filter) throws IOException {
		String text = new ClassPathResource("partnergraph/cypher/" + name + ".cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		var query = new StringBuilder();
		for (String line : text.lines().toList()) {
			if (!line.startsWith(":param ")) {
				query.append(line).append('\n');
			}
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("country", null);
		parameters.put("asOf", filter.asOf());
		parameters.put("current", filter.current());
		parameters.put("includePlanned", filter.includePlanned());
		parameters.put("includeUnknown", filter.includeUnknown());
		parameters.put(Visibility.PARAMETER, Visibility.ALL.names());
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(query.toString().strip().replaceAll(";$", ""), parameters)
				.list(record -> record.get("id").asString())
				.stream()
				.sorted()
				.toList());
		}
	}

	private static <T> T asAdmin(java.util.function.Supplier<T> work) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken("admin", null,
						org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

}
