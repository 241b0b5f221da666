package org.partnergraph.store;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.graphdb.NotFoundException;
import org.partnergraph.database.EmbeddedDatabase;
import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Level;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;
import org.partnergraph.timing.ServerTiming;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The one gateway to the stored network for reading: the filtered network as drawn, the
 * projection the analyses compute on, stakeholders one by one, and everything in the
 * import format. Every read goes through {@link NetworkQueries}, so what the caller may
 * not see never enters an answer, and every read runs in a read transaction of the Neo4j
 * driver; but for the projection from the embedded database, read by
 * {@link InProcessProjection} to the same rules, which {@code ProjectionReadersIT} holds
 * equal to the queries'.
 */
@Component
public class GraphStore {

	/**
	 * Projections kept at once; each holds a filtered network in memory, so a few
	 * suffice.
	 */
	private static final int CACHED_PROJECTIONS = 16;

	/**
	 * Stakeholders and links the kept projections may hold together: a quarter of the
	 * heap, at about 250 bytes each (a link with its id, dates and place in the compact
	 * graph). With a 2 GB heap that is two projections of a million links; sixteen of
	 * them filled the heap, and every request then waited on full collections.
	 */
	private static final long CACHED_ELEMENTS = Runtime.getRuntime().maxMemory() / 4 / 250;

	/**
	 * Visible stakeholders from which a projection's links are read by as many threads as
	 * there are cores: below it, starting them costs more than they save.
	 */
	private static final int PARALLEL_FROM = 5_000;

	// Lucene query syntax characters: escaped so a name like "Stop the Traffik (STT)" is
	// plain text.
	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

	private final Driver driver;

	// Keys carry the data version, so an import makes every earlier projection
	// unreachable.
	private final Cache<Projection.Key, Projection> projections = Caffeine.newBuilder()
		.maximumWeight(CACHED_ELEMENTS)
		.weigher(GraphStore::weight)
		.build();

	/**
	 * How long a data version read from an external database is trusted: other service
	 * processes may write to it. The embedded database has no other writer, so there it
	 * is trusted until this process writes.
	 */
	private final long externalCheckNanos;

	/**
	 * The database in this process, when it is embedded (no {@code spring.neo4j.uri}):
	 * the data version is read from it directly. Null for an external database.
	 */
	private final EmbeddedDatabase embedded;

	// Bumped by every write of this process; a version read while one ran is not kept.
	private final AtomicLong writes = new AtomicLong();

	private volatile KnownVersion known;

	private final ForegroundReads foregroundReads;

	/**
	 * A projection's stakeholders and links; no less than a sixteenth of the whole, so no
	 * more than sixteen are kept.
	 */
	private static int weight(Projection.Key key, Projection projection) {
		long elements = projection.nodes().size() + projection.links().size();
		return (int) Math.min(Integer.MAX_VALUE, Math.max(CACHED_ELEMENTS / CACHED_PROJECTIONS, elements));
	}

	GraphStore(Driver driver, ObjectProvider<EmbeddedDatabase> embedded, ForegroundReads foregroundReads,
			@org.springframework.beans.factory.annotation.Value("${partnergraph.data-version-check:1s}") Duration externalCheck) {
		this.driver = driver;
		this.foregroundReads = foregroundReads;
		this.embedded = embedded.getIfAvailable();
		this.externalCheckNanos = externalCheck.toNanos();
	}

	/**
	 * A value that changes whenever an import changes the network, for caches of anything
	 * computed from it. The random epoch makes it change too when the version counter
	 * itself is lost. Known in memory between writes, so a cached answer costs no
	 * database round trip.
	 */
	public String dataVersion() {
		return dataVersion(false);
	}

	/**
	 * The data version; {@code fresh} reads it from the database whatever is known, for a
	 * caller who asked for an answer computed now ({@code cache=false}).
	 */
	private String dataVersion(boolean fresh) {
		KnownVersion current = this.known;
		long now = System.nanoTime();
		if (!fresh && current != null && current.writes() == this.writes.get()
				&& (this.embedded != null || now - current.readAt() < this.externalCheckNanos)) {
			return current.version();
		}
		long writesBefore = this.writes.get();
		String version;
		if (this.embedded != null) {
			// Every cache=false request waits for this read: through the driver it took
			// 6 to 7 ms of the 12 ms such a request for a small answer took.
			version = this.embedded.readInProcess(NetworkQueries.DATA_VERSION,
					result -> (String) result.next().get("version"));
		}
		else {
			try (var session = this.driver.session()) {
				version = session
					.executeRead(tx -> tx.run(NetworkQueries.DATA_VERSION).single().get("version").asString());
			}
		}
		this.known = new KnownVersion(version, writesBefore, now);
		return version;
	}

	/**
	 * To be called once a write of the network has committed (or failed), so the next
	 * read learns the new data version.
	 */
	public void networkChanged() {
		this.writes.incrementAndGet();
	}

	private record KnownVersion(String version, long writes, long readAt) {
	}

	/**
	 * The part of the network the filter selects and the current caller may see, as
	 * Cytoscape.js elements.
	 */
	public NetworkElements elements(NetworkFilter filter) {
		return elements(filter, Visibility.current());
	}

	/**
	 * The network as Cytoscape.js elements for a reader who sees {@code visibility}, not
	 * the caller: for a share link, whose anonymous holder sees the link's level.
	 */
	public NetworkElements elements(NetworkFilter filter, Visibility visibility) {
		Map<String, Object> parameters = new HashMap<>(filter.parameters(visibility));
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				List<NetworkElements.Element> nodes = tx.run(NetworkQueries.elementNodes(parameters), parameters)
					.list(record -> new NetworkElements.Element(record.asMap()));
				parameters.put("ids", nodes.stream().map(node -> node.data().get("id")).toList());
				List<NetworkElements.Element> edges = tx.run(NetworkQueries.ELEMENT_EDGES, parameters)
					.list(record -> new NetworkElements.Element(record.asMap()));
				return new NetworkElements(nodes, edges);
			});
		}
	}

	/**
	 * What a projection of this filter for the current caller would be read from, now.
	 */
	public Projection.Key key(NetworkFilter filter) {
		return key(filter, false);
	}

	/**
	 * The key, with the data version read from the database when {@code fresh}: what an
	 * answer computed now ({@code cache=false}) is computed from.
	 */
	public Projection.Key key(NetworkFilter filter, boolean fresh) {
		// The filter holds its effective date, so answers about different days never
		// share a key.
		return new Projection.Key(dataVersion(fresh), filter.reading(), Visibility.current().names());
	}

	/**
	 * The part of the network the filter selects and the current caller may see, in
	 * memory, for the analyses, gaps, bridging and change to compute on.
	 */
	public Projection projection(NetworkFilter filter, boolean useCache) {
		return projection(key(filter, !useCache));
	}

	/**
	 * The projection a key names: read once per key and kept while it is among the most
	 * recently used. A projection is what the database held at the key's data version,
	 * for the key's filter, date and confidentiality levels, so it never needs reading
	 * twice: {@code cache=false} asks for the analysis to be computed again, and for the
	 * data version to be read from the database ({@link #key(NetworkFilter, boolean)}),
	 * not for the same data to be read again.
	 */
	public Projection projection(Projection.Key key) {
		long started = System.nanoTime();
		try {
			return this.projections.get(key, this::load);
		}
		finally {
			ServerTiming.add("projection", started);
		}
	}

	/**
	 * Stakeholders matching the filter; with {@code q}, those whose name, acronym or
	 * alias match it, best match first. Each word of {@code q} also matches as a prefix,
	 * for suggestions as you type.
	 */
	public Page<Map<String, Object>> findStakeholders(NetworkFilter filter, String q, Pageable page) {
		// Search finds every stakeholder, whether or not its ties are current.
		var parameters = new HashMap<>(filter.everyLink().parameters());
		parameters.put("skip", page.getOffset());
		parameters.put("limit", page.getPageSize());
		boolean search = q != null && !q.isBlank();
		if (search) {
			parameters.put("q", luceneQuery(q));
		}
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> {
				if (search) {
					return rankedSearch(tx, q, parameters, page);
				}
				List<Map<String, Object>> content = tx.run(NetworkQueries.STAKEHOLDER_PAGE, parameters)
					.list(Record::asMap);
				long total = tx.run(NetworkQueries.STAKEHOLDER_COUNT, parameters).single().get("total").asLong();
				return new PageImpl<>(content, page, total);
			});
		}
	}

	/**
	 * The visible matches of a search, ranked here by {@link SearchRelevance} rather than
	 * by the index's scores, so no score or order depends on hidden records.
	 */
	private static Page<Map<String, Object>> rankedSearch(TransactionContext tx, String q,
			Map<String, Object> parameters, Pageable page) {
		record Match(String id, String name, int score) {
		}
		var relevance = new SearchRelevance(q);
		List<Match> matches = tx.run(NetworkQueries.SEARCH_MATCHES, parameters)
			.list(r -> new Match(r.get("id").asString(), r.get("name").asString(),
					relevance.score(r.get("name").asString(), text(r.get("acronym")),
							r.get("aliases").asList(Value::asString))))
			.stream()
			.sorted(Comparator.comparingInt(Match::score)
				.reversed()
				.thenComparing(Match::name)
				.thenComparing(Match::id))
			.toList();
		List<Match> shown = matches.stream().skip(page.getOffset()).limit(page.getPageSize()).toList();
		Map<String, Map<String, Object>> rows = new HashMap<>();
		tx.run(NetworkQueries.STAKEHOLDERS_BY_ID,
				Map.of("ids", shown.stream().map(Match::id).toList(), Visibility.PARAMETER,
						parameters.get(Visibility.PARAMETER)))
			.forEachRemaining(r -> rows.put(r.get("id").asString(), r.asMap()));
		List<Map<String, Object>> content = new ArrayList<>();
		for (Match match : shown) {
			Map<String, Object> row = new LinkedHashMap<>(rows.get(match.id()));
			row.put("score", match.score());
			content.add(row);
		}
		return new PageImpl<>(content, page, matches.size());
	}

	/**
	 * One stakeholder with its countries, themes and links, if the current caller may see
	 * it.
	 */
	public Optional<Map<String, Object>> findStakeholder(String id) {
		Map<String, Object> parameters = Map.of("id", id, Visibility.PARAMETER, Visibility.current().names());
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(NetworkQueries.STAKEHOLDER_DETAILS, parameters)
				.list(record -> record.get("stakeholder").asMap())
				.stream()
				.findFirst());
		}
	}

	/** Everything the current caller may see, in the import format. */
	public NetworkSnapshot readAll() {
		return readAll(Visibility.current());
	}

	public NetworkSnapshot readAll(Visibility visibility) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> readAll(tx, visibility));
		}
	}

	/**
	 * Every stakeholder a caller may see, without links: what duplicates are looked for
	 * among.
	 */
	public List<StakeholderRecord> stakeholders(Visibility visibility) {
		Map<String, Object> parameters = NetworkFilter.NONE.parameters(visibility);
		try (var session = this.driver.session()) {
			return session.executeRead(
					tx -> tx.run(NetworkQueries.SNAPSHOT_STAKEHOLDERS, parameters).list(GraphStore::stakeholder));
		}
	}

	/**
	 * Reads inside a transaction the caller holds, so it sees the caller's own writes.
	 */
	public static NetworkSnapshot readAll(TransactionContext tx, Visibility visibility) {
		Map<String, Object> parameters = NetworkFilter.NONE.parameters(visibility);
		List<StakeholderRecord> stakeholders = tx.run(NetworkQueries.SNAPSHOT_STAKEHOLDERS, parameters)
			.list(GraphStore::stakeholder);
		List<LinkRecord> links = tx.run(NetworkQueries.SNAPSHOT_LINKS, parameters).list(GraphStore::link);
		return new NetworkSnapshot(stakeholders, links);
	}

	static String luceneQuery(String q) {
		var terms = q.strip().split("\\s+");
		var query = new StringBuilder();
		for (String term : terms) {
			// Lower case, so words like OR and NOT are searched for rather than read as
			// operators.
			String escaped = LUCENE_SPECIAL.matcher(term.toLowerCase(java.util.Locale.ROOT)).replaceAll("\\\\$1");
			if (escaped.isEmpty()) {
				continue;
			}
			if (!query.isEmpty()) {
				query.append(" AND ");
			}
			// The exact word or any word it begins.
			query.append("(").append(escaped).append(" OR ").append(escaped).append("*)");
		}
		return query.toString();
	}

	private Projection load(Projection.Key key) {
		var levels = EnumSet.noneOf(Confidentiality.class);
		key.visible().forEach(level -> levels.add(Confidentiality.valueOf(level)));
		Map<String, Object> parameters = key.filter().parameters(new Visibility(levels));
		this.foregroundReads.begin();
		try {
			return (readsInProcess() ? readInProcess(parameters) : readThroughCypher(parameters)).toProjection();
		}
		finally {
			this.foregroundReads.end();
		}
	}

	/** Whether projections are read by {@link InProcessProjection}. */
	boolean readsInProcess() {
		return this.embedded != null;
	}

	/**
	 * The projection's rows read by the embedded database's own API: several times faster
	 * than the queries on a large network (see {@link InProcessProjection}).
	 */
	ProjectionRows readInProcess(Map<String, Object> parameters) {
		return readInProcess(parameters, PARALLEL_FROM);
	}

	/**
	 * {@link #readInProcess(Map)}, with the links read by several threads from
	 * {@code parallelFrom} visible stakeholders on.
	 */
	ProjectionRows readInProcess(Map<String, Object> parameters, int parallelFrom) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.embedded.readInProcess((tx, moreTransactions) -> InProcessProjection.read(tx,
						moreTransactions, parameters, parallelFrom));
			}
			catch (NotFoundException ex) {
				// A write committed during the read deleted a record it had found (a
				// transaction reads what is committed as it goes). Cypher passes over
				// such a record where this API throws; read what is there now.
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	/** The projection's rows read by {@link NetworkQueries}, as from any database. */
	ProjectionRows readThroughCypher(Map<String, Object> filterParameters) {
		Map<String, Object> parameters = new HashMap<>(filterParameters);
		try (var session = this.driver.session()) {
			// Both reads in one transaction, so nodes and links agree.
			return session.executeRead(tx -> {
				List<ProjectionRows.NodeRow> nodes = tx.run(NetworkQueries.projectionNodes(parameters), parameters)
					.list(record -> new ProjectionRows.NodeRow(record.get("id").asString(),
							record.get("name").asString(), record.get("sector").asString(), text(record.get("level")),
							record.get("countries").asList(Value::asString),
							record.get("themes").asList(Value::asString)));
				parameters.put("ids", nodes.stream().map(ProjectionRows.NodeRow::id).toList());
				List<ProjectionRows.LinkRow> links = tx.run(NetworkQueries.PROJECTION_LINKS, parameters)
					.list(record -> new ProjectionRows.LinkRow(record.get("id").asString(),
							record.get("from").asString(), record.get("to").asString(), record.get("type").asString(),
							record.get("weight").asDouble(), date(record.get("start")), date(record.get("end")),
							text(record.get("status")), text(record.get("confidentiality"))));
				return new ProjectionRows(nodes, links);
			});
		}
	}

	static StakeholderRecord stakeholder(Record record) {
		Value s = record.get("s");
		return new StakeholderRecord(s.get("id").asString(), s.get("name").asString(),
				Sector.valueOf(s.get("sector").asString()), text(s.get("acronym")),
				s.get("aliases").isNull() ? List.of() : s.get("aliases").asList(Value::asString),
				text(s.get("subsector")), s.get("level").isNull() ? null : Level.valueOf(s.get("level").asString()),
				s.get("countries").asList(Value::asString), s.get("themes").asList(Value::asString),
				text(s.get("website")), text(s.get("description")), text(s.get("evidence")),
				s.get("confidentiality").isNull() ? null : Confidentiality.valueOf(s.get("confidentiality").asString()),
				custom(s.get("attributes")));
	}

	/** Custom attributes from the [name, value] pairs the snapshot queries return. */
	private static Map<String, String> custom(Value pairs) {
		var attributes = new HashMap<String, String>();
		for (Value pair : pairs.values()) {
			attributes.put(pair.get(0).asString(), pair.get(1).asString());
		}
		return attributes;
	}

	static LinkRecord link(Record record) {
		Value r = record.get("r");
		return new LinkRecord(r.get("id").asString(), r.get("from").asString(), r.get("to").asString(),
				LinkType.valueOf(r.get("type").asString()), r.get("weight").isNull() ? 1.0 : r.get("weight").asDouble(),
				date(r.get("start")), date(r.get("end")),
				r.get("status").isNull() ? null : LinkStatus.valueOf(r.get("status").asString()),
				text(r.get("evidence")), r.get("confidence").isNull() ? null : r.get("confidence").asDouble(),
				r.get("confidentiality").isNull() ? null : Confidentiality.valueOf(r.get("confidentiality").asString()),
				custom(r.get("attributes")));
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}
