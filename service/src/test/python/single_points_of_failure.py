#!/usr/bin/python3
"""The oracle of GapService's single points of failure, with NetworkX.

Reads {"nodes": [id, ...], "edges": [[id, id], ...]} on stdin (an undirected view; parallel edges
and self-loops are ignored) and writes {articulation point: [ids cut off]} on stdout. Removing an
articulation point splits its component into pieces; the one largest piece is the rest of the
network and every other piece is cut off; when several pieces tie for largest, all are cut off.
Run by SinglePointsOfFailureTest where Debian's python3-networkx is installed.
"""

import json
import sys

import networkx as nx

data = json.load(sys.stdin)
g = nx.Graph()
g.add_nodes_from(data["nodes"])
g.add_edges_from((a, b) for a, b in data["edges"] if a != b)
answer = {}
for point in nx.articulation_points(g):
    component = nx.node_connected_component(g, point)
    rest = g.subgraph(component - {point})
    pieces = sorted((sorted(piece) for piece in nx.connected_components(rest)), key=len, reverse=True)
    one_largest = len(pieces) == 1 or len(pieces[0]) > len(pieces[1])
    cut_off = [node for piece in pieces[1 if one_largest else 0:] for node in piece]
    answer[point] = sorted(cut_off)
json.dump(answer, sys.stdout, sort_keys=True)
