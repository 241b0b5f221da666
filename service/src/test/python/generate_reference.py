#!/usr/bin/python3
"""Reference values for the analytics tests in org.partnergraph.algorithms.

Computes every measure with NetworkX (and R's sna for brokerage) on a few small standard graphs and
writes one JSON file per graph to service/src/test/resources/analysis/. The Java tests read those
files; CI never runs this script. To regenerate, on Debian 12:

    apt-get install -y python3-networkx python3-numpy python3-scipy r-cran-sna r-cran-jsonlite
    /usr/bin/python3 service/src/test/python/generate_reference.py

Each file holds the input links as the Java side sees them ([from, to, weight, symmetric]) and the
expected values. The NetworkX graphs are built from those links by the same rules as CompactGraph:
the undirected view sums the weights of all links between a pair, in either direction; the directed
view has from->to, plus to->from for a symmetric link, with parallel arcs summed; self-loops are
dropped. Weighted shortest paths use distance = 1/weight. NaN is written as null.
"""

import json
import math
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx
import numpy as np

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "analysis")
ALPHA = 0.85


def undirected_view(n, links):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for f, t, w, _ in links:
        if f == t:
            continue
        if g.has_edge(f, t):
            g[f][t]["weight"] += w
        else:
            g.add_edge(f, t, weight=w)
    for _, _, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    return g


def directed_view(n, links):
    g = nx.DiGraph()
    g.add_nodes_from(range(n))

    def add(a, b, w):
        if g.has_edge(a, b):
            g[a][b]["weight"] += w
        else:
            g.add_edge(a, b, weight=w)

    for f, t, w, sym in links:
        if f == t:
            continue
        add(f, t, w)
        if sym:
            add(t, f, w)
    for _, _, d in g.edges(data=True):
        d["distance"] = 1.0 / d["weight"]
    return g


def vec(d, n):
    out = []
    for v in range(n):
        x = float(d[v])
        out.append(None if math.isnan(x) else x)
    return out


def exact_pagerank(g, weight):
    """PageRank as the solution of the linear system, NetworkX's conventions (dangling -> uniform)."""
    n = g.number_of_nodes()
    if n == 0:
        return []
    d = g if g.is_directed() else g.to_directed()
    a = nx.to_numpy_array(d, nodelist=range(n), weight=weight)
    out = a.sum(axis=1)
    p = np.zeros((n, n))
    for i in range(n):
        p[i] = a[i] / out[i] if out[i] > 0 else 1.0 / n
    m = np.eye(n) - ALPHA * p.T
    x = np.linalg.solve(m, np.full(n, (1 - ALPHA) / n))
    check = nx.pagerank(d, alpha=ALPHA, weight=weight, tol=1e-14, max_iter=100000)
    assert max(abs(check[v] - x[v]) for v in range(n)) < 1e-10
    return [float(v) for v in x]


def eigenvector(g, weight):
    try:
        return vec(nx.eigenvector_centrality_numpy(g, weight=weight), g.number_of_nodes())
    except Exception:  # NetworkX refuses graphs that are too small for ARPACK
        return None


def structural_holes(g, weighted):
    w = "weight" if weighted else None
    n = g.number_of_nodes()
    eff = nx.effective_size(g, weight=w)
    efficiency = {v: (eff[v] / g.degree(v) if g.degree(v) > 0 else float("nan")) for v in g}
    return {
        "constraint": vec(nx.constraint(g, weight=w), n),
        "effectiveSize": vec(eff, n),
        "efficiency": vec(efficiency, n),
    }


def undirected_measures(g):
    n = g.number_of_nodes()
    m = {
        "degree": vec(nx.degree_centrality(g), n),
        "strength": vec(dict(g.degree(weight="weight")), n),
        "betweenness": vec(nx.betweenness_centrality(g), n),
        "betweennessWeighted": vec(nx.betweenness_centrality(g, weight="distance"), n),
        "closeness": vec(nx.closeness_centrality(g), n),
        "closenessWeighted": vec(nx.closeness_centrality(g, distance="distance"), n),
        "harmonic": vec(nx.harmonic_centrality(g), n),
        "harmonicWeighted": vec(nx.harmonic_centrality(g, distance="distance"), n),
        "pagerank": exact_pagerank(g, None),
        "pagerankWeighted": exact_pagerank(g, "weight"),
        "eigenvector": eigenvector(g, None),
        "eigenvectorWeighted": eigenvector(g, "weight"),
        "articulationPoints": sorted(nx.articulation_points(g)),
        "bridges": sorted([min(a, b), max(a, b)] for a, b in nx.bridges(g)),
    }
    m.update(structural_holes(g, False))
    for k, v in structural_holes(g, True).items():
        m[k + "Weighted"] = v
    return m


def directed_measures(d):
    n = d.number_of_nodes()
    r = d.reverse(copy=True)
    return {
        "inDegree": vec(nx.in_degree_centrality(d), n),
        "outDegree": vec(nx.out_degree_centrality(d), n),
        "inStrength": vec(dict(d.in_degree(weight="weight")), n),
        "outStrength": vec(dict(d.out_degree(weight="weight")), n),
        "betweenness": vec(nx.betweenness_centrality(d), n),
        "betweennessWeighted": vec(nx.betweenness_centrality(d, weight="distance"), n),
        # NetworkX's closeness and harmonic on a DiGraph use distances *to* the node: IN.
        "closenessIn": vec(nx.closeness_centrality(d), n),
        "closenessOut": vec(nx.closeness_centrality(r), n),
        "closenessInWeighted": vec(nx.closeness_centrality(d, distance="distance"), n),
        "harmonicIn": vec(nx.harmonic_centrality(d), n),
        "harmonicOut": vec(nx.harmonic_centrality(r), n),
        "pagerankOut": exact_pagerank(d, None),
        "pagerankOutWeighted": exact_pagerank(d, "weight"),
        "pagerankIn": exact_pagerank(r, None),
    }


def summary(g, groups):
    n = g.number_of_nodes()
    s = {
        "nodes": n,
        "edges": g.number_of_edges(),
        "density": nx.density(g),
        "components": nx.number_connected_components(g),
        "averageClustering": nx.average_clustering(g),
        "averageClusteringWeighted": nx.average_clustering(g, weight="weight"),
        "transitivity": nx.transitivity(g),
    }
    largest = g.subgraph(max(nx.connected_components(g), key=len))
    s["largestComponentNodes"] = largest.number_of_nodes()
    s["diameter"] = nx.diameter(largest)
    s["averageShortestPathLength"] = nx.average_shortest_path_length(largest) if len(largest) > 1 else 0.0
    if groups is not None:
        nx.set_node_attributes(g, {v: groups[v] for v in range(n)}, "group")
        a = nx.attribute_assortativity_coefficient(g, "group")
        s["groupAssortativity"] = None if math.isnan(a) else a
        parts = {}
        for v in range(n):
            parts.setdefault(groups[v], set()).add(v)
        s["groupModularity"] = nx.community.modularity(g, parts.values(), weight=None)
        s["groupModularityWeighted"] = nx.community.modularity(g, parts.values(), weight="weight")
        s["groupModularityResolution2"] = nx.community.modularity(g, parts.values(), weight=None, resolution=2)
    return s


def brokerage(d, groups):
    """Gould-Fernandez brokerage from R's sna::brokerage on the directed simple view."""
    n = d.number_of_nodes()
    adj = nx.to_numpy_array(d, nodelist=range(n), weight=None).tolist()
    script = r"""
suppressMessages(library(sna)); library(jsonlite)
input <- fromJSON(commandArgs(TRUE)[1])
g <- as.matrix(input$adj); cl <- input$groups
b <- brokerage(g, cl)
strip <- function(x) unname(x)
cat(toJSON(list(raw = strip(b$raw.nli), exp = strip(b$exp.nli), sd = strip(b$sd.nli), z = strip(b$z.nli),
                rawGlobal = strip(b$raw.gli), expGlobal = strip(b$exp.gli), sdGlobal = strip(b$sd.gli),
                zGlobal = strip(b$z.gli)), digits = NA, na = "null"))
"""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "in.json")
        with open(path, "w") as f:
            json.dump({"adj": adj, "groups": groups}, f)
        rfile = os.path.join(tmp, "b.R")
        with open(rfile, "w") as f:
            f.write(script)
        out = subprocess.run(["Rscript", rfile, path], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def communities_reference(g, weight):
    """What NetworkX's Louvain finds (best of ten seeds), as a floor for the Leiden test."""
    best = max(nx.community.modularity(g, nx.community.louvain_communities(g, weight=weight, seed=s), weight=weight)
               for s in range(10))
    return {"louvainBestOf10": best}


def write(name, n, links, groups=None, labels=None, with_brokerage=False, extra=None):
    g = undirected_view(n, links)
    d = directed_view(n, links)
    data = {
        "name": name,
        "n": n,
        "links": [[f, t, w, bool(s)] for f, t, w, s in links],
        "groups": groups,
        "labels": labels,
        "undirected": undirected_measures(g),
        "directed": directed_measures(d),
        "summary": summary(g, groups),
    }
    if with_brokerage:
        data["brokerage"] = brokerage(d, groups)
    if extra:
        data.update(extra)
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(data, f, indent=1)
        f.write("\n")
    print("wrote", name, file=sys.stderr)


def main():
    os.makedirs(OUT, exist_ok=True)

    # Zachary's karate club, unweighted links; then the same with NetworkX's interaction counts.
    k = nx.karate_club_graph()
    groups = [0 if k.nodes[v]["club"] == "Mr. Hi" else 1 for v in range(34)]
    write("karate", 34, [(a, b, 1.0, True) for a, b in sorted(k.edges())], groups,
          extra={"communities": communities_reference(nx.Graph(k.edges()), None)})
    write("karate-weighted", 34, [(a, b, float(w), True) for a, b, w in sorted(k.edges(data="weight"))], groups,
          extra={"communities": communities_reference(k, "weight")})

    # Padgett's Florentine families (marriage ties), nodes in alphabetical order; groups are an
    # arbitrary split (index mod 3) to exercise group measures on a known graph.
    fl = nx.florentine_families_graph()
    names = sorted(fl.nodes())
    index = {name: i for i, name in enumerate(names)}
    links = sorted((min(index[a], index[b]), max(index[a], index[b]), 1.0, True) for a, b in fl.edges())
    write("florentine", len(names), links, [i % 3 for i in range(len(names))], names, with_brokerage=True)

    # A small disconnected graph: a triangle with a pendant, a path, and an isolate (node 7).
    write("disconnected", 8, [(0, 1, 1.0, False), (1, 2, 2.0, False), (2, 0, 1.0, False), (2, 3, 1.0, False),
                              (4, 5, 1.0, False), (5, 6, 3.0, False)], [0, 0, 1, 1, 2, 2, 0, 1])

    # A small directed graph with three groups, some symmetric links, parallel links and a self-loop.
    rnd = random.Random(20240501)
    n = 18
    links = []
    for _ in range(60):
        a, b = rnd.randrange(n), rnd.randrange(n)
        links.append((a, b, float(rnd.choice([1, 1, 2, 3])), rnd.random() < 0.25))
    links.append((4, 4, 1.0, False))
    write("directed-groups", n, links, [v % 3 for v in range(n)], with_brokerage=True)

    # A weighted random graph with parallel links in both directions and non-integer weights.
    rnd = random.Random(7)
    n = 40
    links = []
    for _ in range(130):
        a, b = rnd.randrange(n), rnd.randrange(n)
        links.append((a, b, round(rnd.uniform(0.2, 5.0), 3), rnd.random() < 0.5))
    write("weighted-random", n, links, [v % 4 for v in range(n)], with_brokerage=True)

    # A larger preferential-attachment graph, to exercise the parallel code paths.
    ba = nx.barabasi_albert_graph(300, 2, seed=11)
    rnd = random.Random(3)
    write("barabasi-albert-300", 300, [(a, b, float(rnd.randint(1, 5)), rnd.random() < 0.3) for a, b in sorted(ba.edges())],
          [v % 9 for v in range(300)])

    # Coleman's high-school friendships (sna's data set, fall), a standard directed graph; groups
    # are an arbitrary split (index mod 3).
    adj = json.loads(subprocess.run(["Rscript", "-e",
                                     "suppressMessages(library(sna)); data(coleman); "
                                     "cat(jsonlite::toJSON(unname(coleman[1,,])))"],
                                    check=True, capture_output=True, text=True).stdout)
    n = len(adj)
    links = [(i, j, 1.0, False) for i in range(n) for j in range(n) if adj[i][j] and i != j]
    write("coleman", n, links, [v % 3 for v in range(n)], with_brokerage=True)


if __name__ == "__main__":
    main()
