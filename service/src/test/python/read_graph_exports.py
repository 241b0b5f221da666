#!/usr/bin/python3
"""Reads PartnerGraph's graph exports with the readers people have, and says what each saw.

Usage: read_graph_exports.py READER FILE, where READER is one of
  networkx-graphml  networkx.read_graphml
  networkx-gexf     networkx.read_gexf
  igraph-graphml    igraph.Graph.Read_GraphML
Writes {"version": ..., "directed": bool, "nodes": {id: {attribute: value}},
"edges": {id: {"source": id, "target": id, attribute: value}}} on stdout, with absent values
left out (igraph fills them with "" or NaN; NetworkX writes an open spell end as "None") and a
GEXF 1.2 spell turned back into start and end. A reader that refuses the file exits 3 with its
message on stderr. Run by GraphReadersIT where Debian's python3-networkx and python3-igraph are
installed.
"""

import json
import math
import sys


def present(value):
    if value is None or value == "" or value == "None":
        return False
    return not (isinstance(value, float) and math.isnan(value))


def clean(data):
    data = dict(data)
    spells = data.pop("spells", None)
    if spells:
        (start, end), = spells
        data["start"], data["end"] = start, end
    return {key: value for key, value in data.items() if present(value)}


def networkx_graph(graph, version):
    nodes = {str(node): clean(data) for node, data in graph.nodes(data=True)}
    edges = {}
    # read_gexf gives a simple graph where the file has no parallel edges
    triples = graph.edges(keys=True, data=True) if graph.is_multigraph() else \
        ((source, target, None, data) for source, target, data in graph.edges(data=True))
    for source, target, key, data in triples:
        data = clean(data)
        edge_id = data.pop("id", key)
        edges[str(edge_id)] = {"source": str(source), "target": str(target), **data}
    return {"version": version, "directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def read(reader, path):
    if reader.startswith("networkx"):
        import networkx as nx
        if reader == "networkx-graphml":
            graph = nx.read_graphml(path, force_multigraph=True)
        else:
            graph = nx.read_gexf(path, relabel=False)
        return networkx_graph(graph, nx.__version__)
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    nodes = {}
    for vertex in graph.vs:
        data = clean(vertex.attributes())
        nodes[data.pop("id")] = data
    edges = {}
    for edge in graph.es:
        data = clean(edge.attributes())
        edge_id = data.pop("id")
        source, target = edge.tuple
        edges[edge_id] = {"source": graph.vs[source]["id"], "target": graph.vs[target]["id"], **data}
    return {"version": igraph.__version__, "directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def main():
    reader, path = sys.argv[1], sys.argv[2]
    try:
        answer = read(reader, path)
    except Exception as error:  # the reader refused the file: say why
        print(f"{type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(3)
    json.dump(answer, sys.stdout, sort_keys=True)


main()
