package org.partnergraph.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.partnergraph.model.Countries;
import org.partnergraph.model.Sector;

/**
 * A network with its non-PUBLIC organisations shown by what they are, not who: "a CSO in
 * Cambodia". Their name, acronym and id are replaced (the id by an opaque one, stable
 * within one share link), and so is the id of every link that touches them or is not
 * PUBLIC itself, since a link's id may be made from its ends' ids. Sector, countries,
 * degree and place stay: they are what the share link's maker chose to show. Nodes and
 * links are sorted again by their new ids, so not even their order follows the hidden
 * ids.
 */
final class AnonymisedNetwork {

	private AnonymisedNetwork() {
	}

	/**
	 * @param opaque makes the opaque id of a node ("node", id) or link ("link", id)
	 */
	static VisibleNetwork of(ViewNetworks.Marked marked, BiFunction<String, String, String> opaque) {
		Map<String, String> ids = new HashMap<>();
		List<VisibleNetwork.Node> nodes = new ArrayList<>();
		for (VisibleNetwork.Node node : marked.network().nodes()) {
			if (!marked.notPublicNodes().contains(node.id())) {
				nodes.add(node);
				continue;
			}
			String id = opaque.apply("node", node.id());
			ids.put(node.id(), id);
			nodes.add(new VisibleNetwork.Node(id, description(node.sector(), node.countries()), null, node.sector(),
					node.countries(), node.degree(), node.x(), node.y()));
		}
		List<VisibleNetwork.Edge> edges = new ArrayList<>();
		for (VisibleNetwork.Edge edge : marked.network().edges()) {
			boolean hidden = marked.notPublicEdges().contains(edge.id()) || ids.containsKey(edge.source())
					|| ids.containsKey(edge.target());
			edges.add(!hidden ? edge
					: new VisibleNetwork.Edge(opaque.apply("link", edge.id()),
							ids.getOrDefault(edge.source(), edge.source()),
							ids.getOrDefault(edge.target(), edge.target()), edge.type()));
		}
		nodes.sort(Comparator.comparing(VisibleNetwork.Node::id));
		edges.sort(Comparator.comparing(VisibleNetwork.Edge::id));
		return new VisibleNetwork(List.copyOf(nodes), List.copyOf(edges), marked.network().levels());
	}

	/** "a CSO in Cambodia", "an international organisation in Lao PDR and Thailand". */
	static String description(Sector sector, List<String> countries) {
		String kind = switch (sector) {
			case JUSTICE -> "justice agency";
			case STATE -> "state agency";
			case MECHANISM -> "national mechanism";
			case ASEAN -> "ASEAN body";
			case CSO -> "CSO";
			case PRIVATE -> "private company";
			case INTERNATIONAL -> "international organisation";
			case DONOR -> "donor";
			case PROGRAMME -> "programme";
			case INSTRUMENT -> "instrument";
		};
		String article = "AEIOU".indexOf(Character.toUpperCase(kind.charAt(0))) >= 0 ? "an " : "a ";
		List<String> names = countries == null ? List.of() : countries.stream().map(Countries::name).sorted().toList();
		String where = switch (names.size()) {
			case 0 -> "";
			case 1, 2 -> " in " + String.join(" and ", names);
			case 3 -> " in " + names.get(0) + ", " + names.get(1) + " and " + names.get(2);
			default -> " in " + names.size() + " countries";
		};
		return article + kind + where;
	}

}
