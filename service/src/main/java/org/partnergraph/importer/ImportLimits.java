package org.partnergraph.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one import may hold, so a mistaken or hostile upload cannot exhaust the
 * service.
 *
 * @param maxFileSize the largest file accepted
 * @param maxRows the most data rows in one file or sheet
 * @param maxCellLength the most characters in one cell
 * @param stageFrom the fewest records (stakeholders and links) with which an import that
 * only creates is written in parts, each a transaction of its own, rather than in one
 * (see StagedImport); when not set, {@link #stagesFrom}'s default
 */
@ConfigurationProperties("partnergraph.import")
public record ImportLimits(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200000") int maxRows,
		@DefaultValue("10000") int maxCellLength, Integer stageFrom) {

	/**
	 * The fewest records an import that only creates is staged with: as set, or 100,000
	 * through Cypher, where below that one transaction is as fast; 10,000 when the
	 * embedded database stages them through its own API, which answers a first import of
	 * 10,000 stakeholders and 50,000 links about a fifth sooner than one transaction.
	 */
	public int stagesFrom(boolean inProcess) {
		if (this.stageFrom != null) {
			return this.stageFrom;
		}
		return inProcess ? 10_000 : 100_000;
	}

}
