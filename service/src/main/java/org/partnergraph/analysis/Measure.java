package org.partnergraph.analysis;

/** The centrality measures. */
public enum Measure {

	DEGREE, BETWEENNESS, CLOSENESS, HARMONIC, PAGERANK, EIGENVECTOR

}
