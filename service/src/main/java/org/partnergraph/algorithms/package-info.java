/**
 * The network algorithms of PartnerGraph: plain Java over primitive arrays, no Spring and
 * no Neo4j, so that it can be tested against NetworkX, igraph and R's sna and timed on
 * its own.
 *
 * <p>
 * The public entry points:
 * <ul>
 * <li>{@link org.partnergraph.algorithms.CompactGraph}: build the graph once from the
 * links (nodes {@code 0 .. n-1}), then hand it to any measure;</li>
 * <li>{@link org.partnergraph.algorithms.Centrality}: degree, betweenness (exact and
 * sampled), closeness, harmonic, PageRank, eigenvector;</li>
 * <li>{@link org.partnergraph.algorithms.StructuralHoles} and
 * {@link org.partnergraph.algorithms.CutElements}: Burt's measures, cut vertices and
 * bridges;</li>
 * <li>{@link org.partnergraph.algorithms.Communities}: Leiden communities and
 * modularity;</li>
 * <li>{@link org.partnergraph.algorithms.Brokerage}: Gould-Fernandez roles;</li>
 * <li>{@link org.partnergraph.algorithms.NetworkSummary}: whole-network figures.</li>
 * </ul>
 *
 * <p>
 * Group attributes (sector, country) are passed to the measures that need them as an
 * {@code int[]} indexed by node. Results are fresh arrays or records of arrays, owned by
 * the caller. The reference values the tests compare against come from
 * {@code src/test/python/generate_reference.py}.
 */
package org.partnergraph.algorithms;
