package org.partnergraph.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service itself. Each can also be set through its environment variable,
 * for example {@code PARTNERGRAPH_DATA_DIR}.
 *
 * @param dataDir where the embedded database keeps its files
 * @param boltPort the loopback port of the embedded database's Bolt connector; 0 picks a
 * free one
 * @param seedOnEmpty load the seed network when the database holds no stakeholder
 * @param boltPassword password of the embedded database's user {@code neo4j}; when empty,
 * one is generated once and kept in {@code <data-dir>/bolt-password}, readable by its
 * owner only
 */
@ConfigurationProperties("partnergraph")
public record PartnerGraphProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("7687") int boltPort,
		@DefaultValue("true") boolean seedOnEmpty, String boltPassword) {
}
