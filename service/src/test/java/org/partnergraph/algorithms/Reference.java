package org.partnergraph.algorithms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One graph of reference values, as written by
 * {@code src/test/python/generate_reference.py} from NetworkX and R's sna: the links the
 * Java side builds the graph from, and the expected values. A JSON null stands for NaN.
 */
record Reference(String name, int nodeCount, JsonNode root) {

	/** Every graph the script writes. */
	static final List<String> ALL = List.of("karate", "karate-weighted", "florentine", "disconnected",
			"directed-groups", "weighted-random", "barabasi-albert-300", "coleman");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Reference load(String name) {
		try (InputStream in = Reference.class.getResourceAsStream("/analysis/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("no reference file for " + name);
			}
			JsonNode root = JSON.readTree(in);
			return new Reference(name, root.get("n").asInt(), root);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	CompactGraph graph() {
		CompactGraph.Builder builder = CompactGraph.builder(this.nodeCount);
		for (JsonNode link : this.root.get("links")) {
			builder.addLink(link.get(0).asInt(), link.get(1).asInt(), link.get(2).asDouble(), link.get(3).asBoolean());
		}
		return builder.build();
	}

	int linkCount() {
		return this.root.get("links").size();
	}

	int[] groups() {
		return ints(this.root.get("groups"));
	}

	boolean has(String section, String key) {
		JsonNode s = this.root.get(section);
		return s != null && s.get(key) != null && !s.get(key).isNull();
	}

	JsonNode node(String section, String key) {
		return this.root.get(section).get(key);
	}

	double[] values(String section, String key) {
		return doubles(node(section, key));
	}

	double number(String section, String key) {
		JsonNode value = node(section, key);
		return value.isNull() ? Double.NaN : value.asDouble();
	}

	static double[] doubles(JsonNode array) {
		double[] values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).isNull() ? Double.NaN : array.get(i).asDouble();
		}
		return values;
	}

	static int[] ints(JsonNode array) {
		int[] values = new int[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asInt();
		}
		return values;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
