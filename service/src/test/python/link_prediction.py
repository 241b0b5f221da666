#!/usr/bin/python3
"""The oracle of the bridging proximity measures, with NetworkX.

Reads {"nodes": [id, ...], "edges": [[id, id], ...], "pairs": [[id, id], ...]} on stdin (an
undirected simple view: parallel edges collapse) and writes, for each pair in order,
[Adamic-Adar, resource allocation, proximity] on stdout, where proximity is
1 - prod(1 - 1/degree(z)) over the common neighbours z. Run by SuggestionScorerTest where
Debian's python3-networkx is installed.
"""

import json
import math
import sys

import networkx as nx

data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data["nodes"])
g.add_edges_from((a, b) for a, b in data["edges"] if a != b)
pairs = [tuple(pair) for pair in data["pairs"]]
adamic_adar = {(u, v): p for u, v, p in nx.adamic_adar_index(g, pairs)}
resource_allocation = {(u, v): p for u, v, p in nx.resource_allocation_index(g, pairs)}
answer = []
for u, v in pairs:
    proximity = 1 - math.prod(1 - 1 / g.degree(z) for z in nx.common_neighbors(g, u, v))
    answer.append([adamic_adar[(u, v)], resource_allocation[(u, v)], proximity])
json.dump(answer, sys.stdout)
