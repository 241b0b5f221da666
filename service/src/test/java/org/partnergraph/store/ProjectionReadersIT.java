package org.partnergraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.partnergraph.IntegrationTest;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded database's projection is read by {@link InProcessProjection}, in Java, and
 * an external one's by {@link NetworkQueries}, in Cypher. Both must answer exactly the
 * same for every filter and every caller, or a confidentiality level, a date rule or a
 * filter would mean one thing on one machine and another on the next. This reads random
 * networks both ways, for random filters and each caller's levels, and compares them row
 * by row and in order.
 *
 * <p>
 * The networks are written by Cypher, not imported, so they also hold what an import
 * refuses but a database may still hold: stakeholders and links without a confidentiality
 * level, a stakeholder without a sector, a custom attribute stored as a number, a
 * relationship of another type between stakeholders, a link to a stakeholder still being
 * staged, self-loops, and ids outside the basic multilingual plane, whose order differs
 * between Java's {@code compareTo} and Cypher's.
 */
class ProjectionReadersIT extends IntegrationTest {

	private static final List<String> LEVELS = List.of("PUBLIC", "INTERNAL", "RESTRICTED");

	private static final List<String> STATUSES = List.of("ACTIVE", "ENDED", "PLANNED", "UNKNOWN");

	private static final List<String> COUNTRIES = List.of("KH", "TH", "VN");

	private static final List<String> THEMES = List.of("shelter", "prosecution", "supply-chains");

	private static final List<LocalDate> DATES = List.of(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 30),
			LocalDate.of(2023, 3, 15), LocalDate.of(2026, 6, 30), LocalDate.of(2028, 1, 1));

	private static final List<Visibility> CALLERS = List.of(Visibility.PUBLIC_ONLY,
			new Visibility(EnumSet.of(Confidentiality.PUBLIC, Confidentiality.INTERNAL)), Visibility.ALL);

	@Test
	void bothReadersAnswerTheSameForEveryFilterAndCaller() {
		assumeTrue(this.store.readsInProcess(), "the database is external: only the Cypher reader applies");
		int compared = 0;
		int withLinks = 0;
		for (long seed = 1; seed <= 3; seed++) {
			var random = new Random(seed);
			wipeDatabase();
			writeRandomNetwork(random, 70, 260);
			for (int trial = 0; trial < 25; trial++) {
				NetworkFilter filter = randomFilter(random);
				for (Visibility caller : CALLERS) {
					Map<String, Object> parameters = filter.parameters(caller);
					ProjectionRows inProcess = this.store.readInProcess(parameters, Integer.MAX_VALUE);
					ProjectionRows throughCypher = this.store.readThroughCypher(parameters);
					assertThat(inProcess).as("seed %d, %s, %s", seed, filter, caller.names()).isEqualTo(throughCypher);
					// Its links read by several threads, as for a large network.
					assertThat(this.store.readInProcess(parameters, 0))
						.as("in parallel: seed %d, %s, %s", seed, filter, caller.names())
						.isEqualTo(throughCypher);
					compared++;
					if (!inProcess.links().isEmpty()) {
						withLinks++;
					}
				}
			}
		}
		// Not a comparison of empty answers: most filters keep some links.
		assertThat(withLinks).isGreaterThan(compared / 2);
	}

	@Test
	void idsOutsideTheBasicPlaneSortAsCypherSortsThem() {
		// U+FF21 is above every surrogate in UTF-16 but below U+1D538 as a code point.
		List<String> ids = new ArrayList<>(List.of("\uFF21", "\uD835\uDD38", "b", "a\uD835\uDD38", "a\uFF21", "a"));
		ids.sort(InProcessProjection.CYPHER_ORDER);
		assertThat(ids).containsExactly("a", "a\uFF21", "a\uD835\uDD38", "b", "\uFF21", "\uD835\uDD38");
	}

	private void writeRandomNetwork(Random random, int stakeholders, int links) {
		var nodes = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < stakeholders; i++) {
			var node = new HashMap<String, Object>();
			node.put("id", id(random, "s", i));
			node.put("name", "Stakeholder " + i);
			// One in twenty-five without a sector, which no filter selects.
			node.put("sector",
					(random.nextInt(25) == 0) ? null : Sector.values()[random.nextInt(Sector.values().length)].name());
			node.put("level", random.nextBoolean() ? "NATIONAL" : null);
			node.put("confidentiality", pick(random, LEVELS, 12));
			node.put("countries", some(random, COUNTRIES));
			node.put("themes", some(random, THEMES));
			node.put("region", switch (random.nextInt(4)) {
				case 0 -> "North";
				case 1 -> "south";
				case 2 -> 5L;
				default -> null;
			});
			nodes.add(node);
		}
		var rows = new ArrayList<Map<String, Object>>();
		for (int i = 0; i < links; i++) {
			var link = new HashMap<String, Object>();
			link.put("id", id(random, "l", i));
			link.put("from", nodes.get(random.nextInt(stakeholders)).get("id"));
			// One in thirty a self-loop.
			link.put("to",
					(random.nextInt(30) == 0) ? link.get("from") : nodes.get(random.nextInt(stakeholders)).get("id"));
			link.put("type", (random.nextInt(20) == 0) ? "NOTED_WITH"
					: LinkType.values()[random.nextInt(LinkType.values().length)].name());
			link.put("weight", switch (random.nextInt(3)) {
				case 0 -> null;
				case 1 -> (long) (1 + random.nextInt(3));
				default -> 0.5 + random.nextInt(4);
			});
			LocalDate start = random.nextBoolean() ? DATES.get(random.nextInt(DATES.size())).minusDays(10) : null;
			link.put("start", start);
			link.put("end", random.nextBoolean() ? DATES.get(random.nextInt(DATES.size())).plusDays(10) : null);
			link.put("status", pick(random, STATUSES, 5));
			link.put("confidentiality", pick(random, LEVELS, 12));
			rows.add(link);
		}
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				tx.run("UNWIND $codes AS code CREATE (:Country {code: code, name: code})", Map.of("codes", COUNTRIES))
					.consume();
				tx.run("UNWIND $ids AS id CREATE (:Theme {id: id, name: id})", Map.of("ids", THEMES)).consume();
				tx.run("""
						UNWIND $nodes AS n
						CREATE (s:Stakeholder {id: n.id, name: n.name, sector: n.sector, level: n.level,
						                       confidentiality: n.confidentiality, x_region: n.region,
						                       x_flag: CASE WHEN n.region IS NULL THEN null ELSE 'yes' END})
						WITH s, n
						CALL (s, n) {
						  UNWIND n.countries AS code MATCH (c:Country {code: code}) CREATE (s)-[:OPERATES_IN]->(c)
						}
						CALL (s, n) {
						  UNWIND n.themes AS id MATCH (t:Theme {id: id}) CREATE (s)-[:WORKS_ON]->(t)
						}""", Map.of("nodes", nodes)).consume();
				tx.run("""
						UNWIND $links AS l
						MATCH (a:Stakeholder {id: l.from}), (b:Stakeholder {id: l.to})
						CREATE (a)-[r:$(l.type)]->(b)
						SET r.id = l.id, r.weight = l.weight, r.start = l.start, r.end = l.end, r.status = l.status,
						    r.confidentiality = l.confidentiality""", Map.of("links", rows)).consume();
				// A stakeholder being staged, linked to published ones: no reader sees it
				// or its links.
				tx.run("""
						CREATE (staged:StagedStakeholder {id: 'staged', name: 'Staged', sector: 'CSO',
						        confidentiality: 'PUBLIC'})
						WITH staged
						MATCH (s:Stakeholder) WITH staged, s LIMIT 3
						CREATE (staged)-[:FUNDS {id: 'staged-' + s.id, confidentiality: 'PUBLIC', status: 'ACTIVE'}]->(s)
						CREATE (s)-[:FUNDS {id: 'to-staged-' + s.id, confidentiality: 'PUBLIC'}]->(staged)""")
					.consume();
				return null;
			});
		}
		this.store.networkChanged();
	}

	private static NetworkFilter randomFilter(Random random) {
		LocalDate asOf = (random.nextInt(6) == 0) ? null : DATES.get(random.nextInt(DATES.size()));
		Map<String, String> attributes = switch (random.nextInt(6)) {
			case 0 -> Map.of("region", "north");
			case 1 -> Map.of("region", "5");
			case 2 -> Map.of("flag", "");
			default -> Map.of();
		};
		return new NetworkFilter(rarely(random, COUNTRIES), rarely(random, List.of(Sector.values())),
				rarely(random, List.of(LinkType.values())), rarely(random, THEMES), asOf,
				rarely(random, List.of(Confidentiality.values())), asOf != null && random.nextInt(4) != 0,
				random.nextBoolean(), random.nextBoolean(), attributes);
	}

	/** No filter two times in three; otherwise some of the values. */
	private static <T> List<T> rarely(Random random, List<T> values) {
		return (random.nextInt(3) != 0) ? List.of() : some(random, values);
	}

	private static <T> List<T> some(Random random, List<T> values) {
		var chosen = new ArrayList<T>();
		for (T value : values) {
			if (random.nextInt(3) == 0) {
				chosen.add(value);
			}
		}
		return chosen;
	}

	/** One of the values, or null one time in {@code nullOneIn}. */
	private static String pick(Random random, List<String> values, int nullOneIn) {
		return (random.nextInt(nullOneIn) == 0) ? null : values.get(random.nextInt(values.size()));
	}

	/** Mostly plain ids; some with a character above U+FFFF or one just below it. */
	private static String id(Random random, String prefix, int i) {
		return switch (random.nextInt(8)) {
			case 0 -> prefix + "\uD835\uDD38" + i;
			case 1 -> prefix + "\uFF21" + i;
			default -> prefix + "-" + i;
		};
	}

}
