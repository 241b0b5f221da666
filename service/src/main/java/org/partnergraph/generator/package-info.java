/**
 * Reproducible synthetic partnership networks (sectors, countries, themes, dated links)
 * for benchmarks, demos and scale tests, and the {@code generate} command that writes one
 * as import files. Built on the algorithms module's {@code CompactGraph}, never on the
 * database.
 */
package org.partnergraph.generator;
