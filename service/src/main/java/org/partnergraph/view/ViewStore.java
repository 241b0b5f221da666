package org.partnergraph.view;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.partnergraph.model.Confidentiality;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved views, kept in the same Neo4j as the network under their own label
 * {@code :SavedView}, apart from the network (no relationship to a stakeholder, so no
 * network query can ever reach a view). Nested parts (filters, positions, focus, computed
 * layouts) are JSON strings: they are read and written whole, never queried.
 */
@Component
class ViewStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<TreeMap<String, SavedView.Position>> POSITIONS = new TypeReference<>() {
	};

	private static final TypeReference<TreeMap<String, ComputedLayout>> LAYOUTS = new TypeReference<>() {
	};

	private static final String FIELDS = "v {.id, .name, .description, .owner, .filters, .colourBy, .sizeBy, .layout, "
			+ ".positions, .positionsLevels, .focus, .panel, .createdAt, .updatedAt, .revision}";

	private final Driver driver;

	ViewStore(Driver driver) {
		this.driver = driver;
	}

	/**
	 * A layout the server computed for one set of levels, with the fingerprint of the
	 * network it was computed on, so it is used again only for that same network.
	 */
	record ComputedLayout(String fingerprint, Map<String, SavedView.Position> positions) {
	}

	List<SavedView> findAll() {
		return read("MATCH (v:SavedView) RETURN " + FIELDS + " AS v ORDER BY v.name, v.id", Map.of()).stream()
			.map(ViewStore::view)
			.toList();
	}

	Optional<SavedView> find(String id) {
		return read("MATCH (v:SavedView {id: $id}) RETURN " + FIELDS + " AS v", Map.of("id", id)).stream()
			.findFirst()
			.map(ViewStore::view);
	}

	void create(SavedView view) {
		write("CREATE (v:SavedView) SET v = $view", Map.of("view", properties(view)));
	}

	/**
	 * Replaces the view if it is still at {@code expectedRevision}; false when it is not
	 * (or is gone). Computed layouts are dropped with every change.
	 */
	boolean update(SavedView view, long expectedRevision) {
		return !write("""
				MATCH (v:SavedView {id: $id}) WHERE v.revision = $expected
				SET v = $view
				RETURN v.id""", Map.of("id", view.id(), "expected", expectedRevision, "view", properties(view)))
			.isEmpty();
	}

	boolean delete(String id) {
		return !write("MATCH (v:SavedView {id: $id}) DETACH DELETE v RETURN $id", Map.of("id", id)).isEmpty();
	}

	/** The layouts computed for the view, by level key. */
	Map<String, ComputedLayout> layouts(String id) {
		return read("MATCH (v:SavedView {id: $id}) RETURN v.layouts AS layouts", Map.of("id", id)).stream()
			.findFirst()
			.map(record -> record.get("layouts"))
			.filter(value -> !value.isNull())
			.map(value -> (Map<String, ComputedLayout>) JSON.readValue(value.asString(), LAYOUTS))
			.orElseGet(TreeMap::new);
	}

	/**
	 * Keeps a computed layout with the revision it belongs to; a view changed meanwhile
	 * keeps none.
	 */
	void saveLayout(String id, long revision, String levelKey, ComputedLayout layout) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("revision", revision);
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> {
				var rows = tx
					.run("MATCH (v:SavedView {id: $id}) WHERE v.revision = $revision RETURN v.layouts AS l", parameters)
					.list();
				if (rows.isEmpty()) {
					return null;
				}
				Value stored = rows.getFirst().get("l");
				TreeMap<String, ComputedLayout> layouts = stored.isNull() ? new TreeMap<>()
						: JSON.readValue(stored.asString(), LAYOUTS);
				layouts.put(levelKey, layout);
				parameters.put("layouts", JSON.writeValueAsString(layouts));
				return tx
					.run("MATCH (v:SavedView {id: $id}) WHERE v.revision = $revision SET v.layouts = $layouts",
							parameters)
					.consume();
			});
		}
	}

	private static Map<String, Object> properties(SavedView view) {
		var properties = new HashMap<String, Object>();
		properties.put("id", view.id());
		properties.put("name", view.name());
		properties.put("description", view.description());
		properties.put("owner", view.owner());
		properties.put("filters", JSON.writeValueAsString(view.filters()));
		properties.put("colourBy", view.colourBy());
		properties.put("sizeBy", view.sizeBy());
		properties.put("layout", view.layout());
		properties.put("positions", JSON.writeValueAsString(new TreeMap<>(view.positions())));
		properties.put("positionsLevels", view.positionsLevels().stream().map(Enum::name).toList());
		properties.put("focus", view.focus() == null ? null : JSON.writeValueAsString(view.focus()));
		properties.put("panel", view.panel());
		properties.put("createdAt", view.createdAt());
		properties.put("updatedAt", view.updatedAt());
		properties.put("revision", view.revision());
		properties.values().removeIf(java.util.Objects::isNull);
		return properties;
	}

	private static SavedView view(Record record) {
		Value v = record.get("v");
		return new SavedView(v.get("id").asString(), v.get("name").asString(), text(v.get("description")),
				v.get("owner").asString(), JSON.readValue(v.get("filters").asString(), ViewFilters.class),
				text(v.get("colourBy")), text(v.get("sizeBy")), text(v.get("layout")),
				JSON.readValue(v.get("positions").asString(), POSITIONS),
				v.get("positionsLevels").asList(level -> Confidentiality.valueOf(level.asString())),
				v.get("focus").isNull() ? null : JSON.readValue(v.get("focus").asString(), SavedView.Focus.class),
				text(v.get("panel")), time(v.get("createdAt")), time(v.get("updatedAt")), v.get("revision").asLong());
	}

	private static String text(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private static OffsetDateTime time(Value value) {
		return value.isNull() ? null : value.asOffsetDateTime();
	}

	private List<Record> read(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(cypher, parameters).list());
		}
	}

	private List<Record> write(String cypher, Map<String, Object> parameters) {
		try (var session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run(cypher, parameters).list());
		}
	}

}
