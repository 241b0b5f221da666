package org.partnergraph.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;
import org.partnergraph.model.Sector;
import org.partnergraph.security.Visibility;

/**
 * The projection read through the embedded database's own API, for when the database runs
 * in this process: the same stakeholders and links, in the same order, as
 * {@link NetworkQueries#PROJECTION_NODES} and {@link NetworkQueries#PROJECTION_LINKS}
 * answer for the same parameters.
 *
 * <p>
 * Why a second reading of the same rules: at 100,000 stakeholders and a million links the
 * two queries took 25 to 35 s. Cypher reads each link's two ends' properties again for
 * every link, each property by a walk of its own along the record chain, and walks every
 * stakeholder's links once more to learn whether it is still in the network on the date.
 * Here each stakeholder and each link is read once, all its properties in one walk, and
 * one pass over the links answers both questions.
 *
 * <p>
 * The rules are those of {@link NetworkQueries} and {@link Visibility}, kept to their
 * Cypher meaning: a missing property fails every comparison (a stakeholder or link
 * without a confidentiality level is seen by no one, a stakeholder without a sector is
 * never analysed), and a property of another type than the query compares with fails it
 * too. {@code ProjectionReadersIT} holds the two readings equal on random networks for
 * every level, date rule and filter; a change of rule goes into both, or that test fails.
 */
final class InProcessProjection {

	private static final Label STAKEHOLDER = Label.label("Stakeholder");

	private static final Label COUNTRY = Label.label("Country");

	private static final Label THEME = Label.label("Theme");

	private static final RelationshipType OPERATES_IN = RelationshipType.withName("OPERATES_IN");

	private static final RelationshipType WORKS_ON = RelationshipType.withName("WORKS_ON");

	private static final String[] STAKEHOLDER_PROPERTIES = { "id", "name", "sector", "level", "confidentiality" };

	/**
	 * The sectors of the projection's ANALYSED rule, by name: a sector no enum knows is
	 * analysed, as {@code NOT s.sector IN [...]} has it.
	 */
	private static final Set<String> NOT_ANALYSED_BY_DEFAULT = Arrays.stream(Sector.values())
		.filter(sector -> !sector.isAnalysedByDefault())
		.map(Sector::name)
		.collect(Collectors.toUnmodifiableSet());

	private static final String[] LINK_PROPERTIES = { "id", "weight", "start", "end", "status", "confidentiality" };

	/**
	 * Cypher's order of strings: by code point, which is Java's {@code compareTo} (by
	 * UTF-16 unit) except where a surrogate meets a unit above it; those are moved above
	 * every other unit, as ICU's code point order does. Nulls last, as ORDER BY puts
	 * them.
	 */
	static final Comparator<String> CYPHER_ORDER = Comparator.nullsLast((a, b) -> {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char x = a.charAt(i);
			char y = b.charAt(i);
			if (x != y) {
				return (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE)
						? Integer.compare(inCodePointOrder(x), inCodePointOrder(y)) : x - y;
			}
		}
		return a.length() - b.length();
	});

	/**
	 * {@link #CYPHER_ORDER} for these rows' ids; {@code String.compareTo}, which the JIT
	 * makes several times faster, where no id has a surrogate, as it then orders them the
	 * same.
	 */
	private static <T> Comparator<String> order(List<T> rows, Function<T, String> id) {
		for (T row : rows) {
			String text = id.apply(row);
			for (int i = 0; text != null && i < text.length(); i++) {
				if (Character.isSurrogate(text.charAt(i))) {
					return CYPHER_ORDER;
				}
			}
		}
		return Comparator.nullsLast(Comparator.naturalOrder());
	}

	private static int inCodePointOrder(char unit) {
		return Character.isSurrogate(unit) ? unit + 0x2000 : unit - 0x800;
	}

	private final Set<String> visible;

	private final Set<String> sectors;

	private final Set<String> countries;

	private final Set<String> themes;

	private final Set<String> linkTypes;

	private final List<Map<String, Object>> attributes;

	private final LocalDate asOf;

	private final boolean current;

	private final boolean includePlanned;

	private final boolean includeUnknown;

	@SuppressWarnings("unchecked")
	private InProcessProjection(Map<String, Object> parameters) {
		this.visible = set(parameters.get(Visibility.PARAMETER));
		this.sectors = set(parameters.get("sectors"));
		this.countries = set(parameters.get("countries"));
		this.themes = set(parameters.get("themes"));
		this.linkTypes = set(parameters.get("linkTypes"));
		this.attributes = (List<Map<String, Object>>) parameters.get("attributes");
		this.asOf = (LocalDate) parameters.get("asOf");
		this.current = (Boolean) parameters.get("current");
		this.includePlanned = (Boolean) parameters.get("includePlanned");
		this.includeUnknown = (Boolean) parameters.get("includeUnknown");
	}

	/**
	 * The stakeholders and links the projection queries would answer for these parameters
	 * (see {@link NetworkFilter#parameters}), read in {@code tx}. From
	 * {@code parallelFrom} visible stakeholders on, their links are read by as many
	 * threads as there are cores, each in a transaction of its own from
	 * {@code moreTransactions}.
	 */
	static ProjectionRows read(Transaction tx, Supplier<Transaction> moreTransactions, Map<String, Object> parameters,
			int parallelFrom) {
		return new InProcessProjection(parameters).read(tx, moreTransactions, parallelFrom);
	}

	private ProjectionRows read(Transaction tx, Supplier<Transaction> moreTransactions, int parallelFrom) {
		// Entities are equal, and hash, by their id in the store, whatever their
		// transaction.
		Map<Node, Candidate> byNode = new HashMap<>();
		List<Candidate> candidates = new ArrayList<>();
		List<Candidate> visible = new ArrayList<>();
		try (ResourceIterator<Node> nodes = tx.findNodes(STAKEHOLDER)) {
			while (nodes.hasNext()) {
				Node node = nodes.next();
				var candidate = new Candidate(node, node.getProperties(STAKEHOLDER_PROPERTIES));
				candidate.visible = isVisible(candidate.properties.get("confidentiality"));
				byNode.put(node, candidate);
				candidates.add(candidate);
				if (candidate.visible) {
					visible.add(candidate);
				}
			}
		}
		List<PendingLink> links = readLinks(visible, byNode, moreTransactions, parallelFrom);
		var nodes = new ArrayList<ProjectionRows.NodeRow>();
		for (Candidate candidate : candidates) {
			candidate.selected = isSelected(candidate);
			if (candidate.selected) {
				Map<String, Object> p = candidate.properties;
				nodes.add(new ProjectionRows.NodeRow((String) p.get("id"), (String) p.get("name"),
						(String) p.get("sector"), (String) p.get("level"), sorted(candidate.countries),
						sorted(candidate.themes)));
			}
		}
		nodes.sort(Comparator.comparing(ProjectionRows.NodeRow::id, order(nodes, ProjectionRows.NodeRow::id)));
		var linkRows = new ArrayList<ProjectionRows.LinkRow>();
		for (PendingLink link : links) {
			if (link.from.selected && link.to.selected) {
				linkRows.add(link.row);
			}
		}
		linkRows.sort(Comparator.comparing(ProjectionRows.LinkRow::id, order(linkRows, ProjectionRows.LinkRow::id)));
		return new ProjectionRows(nodes, linkRows);
	}

	/**
	 * The links of the visible stakeholders, with their countries and themes, and whether
	 * each has a visible link and a tie. Reading relationships is most of a large read,
	 * and on a machine of two cores nothing else may be running (the history's writer
	 * waits for it), so a large one is split among threads; each reads its stakeholders'
	 * nodes again in its own transaction, as an entity belongs to the transaction that
	 * read it.
	 */
	private List<PendingLink> readLinks(List<Candidate> visible, Map<Node, Candidate> byNode,
			Supplier<Transaction> moreTransactions, int parallelFrom) {
		int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
		if (visible.size() < parallelFrom || threads < 2) {
			var pass = new LinkPass(byNode);
			visible.forEach(from -> pass.visit(from, from.node));
			return pass.links;
		}
		for (Candidate candidate : visible) {
			candidate.elementId = candidate.node.getElementId();
		}
		int chunk = (visible.size() + threads - 1) / threads;
		var passes = new ArrayList<LinkPass>();
		var done = new ArrayList<Future<?>>();
		try (ExecutorService readers = Executors
			.newThreadPerTaskExecutor(Thread.ofPlatform().name("projection-reader-", 1).factory())) {
			for (int first = 0; first < visible.size(); first += chunk) {
				List<Candidate> part = visible.subList(first, Math.min(visible.size(), first + chunk));
				var pass = new LinkPass(byNode);
				passes.add(pass);
				done.add(readers.submit(() -> {
					try (Transaction own = moreTransactions.get()) {
						part.forEach(from -> pass.visit(from, own.getNodeByElementId(from.elementId)));
					}
				}));
			}
			for (Future<?> part : done) {
				part.get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while reading the network", ex);
		}
		var links = new ArrayList<PendingLink>();
		passes.forEach(pass -> links.addAll(pass.links));
		return links;
	}

	/** One thread's reading of some stakeholders' outgoing relationships. */
	private final class LinkPass {

		private final Map<Node, Candidate> byNode;

		private final List<PendingLink> links = new ArrayList<>();

		private final Map<Node, String> countryCodes = new HashMap<>();

		private final Map<Node, String> themeIds = new HashMap<>();

		LinkPass(Map<Node, Candidate> byNode) {
			this.byNode = byNode;
		}

		/**
		 * Every link between two visible stakeholders is one of the first's outgoing
		 * links: read once, it tells both ends whether they have a visible link and a tie
		 * on the date, and is kept if it is of a chosen type (and a tie). Other threads
		 * may mark the same stakeholder: only ever true is written, and it is read once
		 * every thread has ended.
		 */
		void visit(Candidate from, Node node) {
			for (Relationship relationship : node.getRelationships(Direction.OUTGOING)) {
				Node end = relationship.getEndNode();
				String type = relationship.getType().name();
				if (type.equals(OPERATES_IN.name())) {
					addText(from.countries, end, COUNTRY, "code", this.countryCodes);
				}
				else if (type.equals(WORKS_ON.name())) {
					addText(from.themes, end, THEME, "id", this.themeIds);
				}
				Candidate to = this.byNode.get(end);
				if (to == null || !to.visible) {
					continue;
				}
				Map<String, Object> properties = relationship.getProperties(LINK_PROPERTIES);
				if (!isVisible(properties.get("confidentiality"))) {
					continue;
				}
				boolean tie = isTieOnDate(properties);
				from.hasVisibleLink = true;
				to.hasVisibleLink = true;
				if (tie) {
					from.hasTie = true;
					to.hasTie = true;
				}
				if (InProcessProjection.this.linkTypes.contains(type) && (!InProcessProjection.this.current || tie)) {
					this.links.add(new PendingLink(from, to, linkRow(from, to, type, properties)));
				}
			}
		}

	}

	private static ProjectionRows.LinkRow linkRow(Candidate from, Candidate to, String type, Map<String, Object> p) {
		return new ProjectionRows.LinkRow((String) p.get("id"), (String) from.properties.get("id"),
				(String) to.properties.get("id"), type,
				(p.get("weight") instanceof Number weight) ? weight.doubleValue() : 1.0, (LocalDate) p.get("start"),
				(LocalDate) p.get("end"), (String) p.get("status"), (String) p.get("confidentiality"));
	}

	/**
	 * Adds the text property of a country or theme node to a stakeholder's, as the
	 * COLLECT subqueries do: only where the node has the label, and only a text.
	 */
	private static void addText(Collection<String> into, Node end, Label label, String property,
			Map<Node, String> known) {
		String text = known.computeIfAbsent(end,
				node -> (node.hasLabel(label) && node.getProperty(property, null) instanceof String value) ? value
						: "");
		if (!text.isEmpty()) {
			into.add(text);
		}
	}

	/** {@link Visibility#NODE_CONDITION} and {@link Visibility#LINK_CONDITION}. */
	private boolean isVisible(Object confidentiality) {
		return confidentiality instanceof String level && this.visible.contains(level);
	}

	/** {@link NetworkQueries#STAKEHOLDER} and the projection's ANALYSED rule. */
	private boolean isSelected(Candidate candidate) {
		if (!candidate.visible) {
			return false;
		}
		if (!(candidate.properties.get("sector") instanceof String sector)) {
			return false;
		}
		if (this.sectors != null ? !this.sectors.contains(sector) : NOT_ANALYSED_BY_DEFAULT.contains(sector)) {
			return false;
		}
		if (this.countries != null && candidate.countries.stream().noneMatch(this.countries::contains)) {
			return false;
		}
		if (this.themes != null && candidate.themes.stream().noneMatch(this.themes::contains)) {
			return false;
		}
		if (this.attributes != null && !this.attributes.stream().allMatch(a -> hasAttribute(candidate.node, a))) {
			return false;
		}
		return !this.current || !candidate.hasVisibleLink || candidate.hasTie;
	}

	/**
	 * {@code CASE WHEN a.value IS NULL THEN s[a.key] IS NOT NULL ELSE
	 * toLower(toString(s[a.key])) = a.value END}.
	 */
	private static boolean hasAttribute(Node node, Map<String, Object> attribute) {
		Object stored = node.getProperty((String) attribute.get("key"), null);
		Object wanted = attribute.get("value");
		if (wanted == null) {
			return stored != null;
		}
		// Custom attributes are written as text; a number or a boolean reads as Cypher's
		// toString writes it.
		boolean scalar = stored instanceof String || stored instanceof Number || stored instanceof Boolean;
		return scalar && String.valueOf(stored).toLowerCase(Locale.ROOT).equals(wanted);
	}

	/**
	 * {@link NetworkQueries#TIE_ON_DATE}. Cypher's nulls fail each comparison; as the
	 * rule has no NOT over them, false in their place gives the same answer.
	 */
	private boolean isTieOnDate(Map<String, Object> link) {
		Object start = link.get("start");
		Object end = link.get("end");
		Object status = link.get("status");
		boolean planned = "PLANNED".equals(status) && this.includePlanned;
		boolean started = start == null || onOrBefore(start, this.asOf) || planned;
		boolean notEnded = end == null || onOrBefore(this.asOf, end);
		boolean countingStatus = status == null || "ACTIVE".equals(status) || ("ENDED".equals(status) && end != null)
				|| planned || ("UNKNOWN".equals(status) && this.includeUnknown);
		return started && notEnded && countingStatus;
	}

	private static boolean onOrBefore(Object earlier, Object later) {
		return earlier instanceof LocalDate a && later instanceof LocalDate b && !a.isAfter(b);
	}

	/** In the order the COLLECT subqueries return them. */
	private static List<String> sorted(List<String> texts) {
		texts.sort(CYPHER_ORDER);
		return List.copyOf(texts);
	}

	@SuppressWarnings("unchecked")
	private static Set<String> set(Object list) {
		return (list == null) ? null : new HashSet<>((List<String>) list);
	}

	/** A stakeholder as read, before the filter has decided on it. */
	private static final class Candidate {

		final Node node;

		final Map<String, Object> properties;

		final List<String> countries = new ArrayList<>(1);

		final List<String> themes = new ArrayList<>(1);

		String elementId;

		boolean visible;

		boolean hasVisibleLink;

		boolean hasTie;

		boolean selected;

		Candidate(Node node, Map<String, Object> properties) {
			this.node = node;
			this.properties = properties;
		}

	}

	/** A link kept if both its ends are selected. */
	private record PendingLink(Candidate from, Candidate to, ProjectionRows.LinkRow row) {
	}

}
