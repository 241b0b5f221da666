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
 * (see StagedImport)
 */
@ConfigurationProperties("partnergraph.import")
public record ImportLimits(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("200000") int maxRows,
		@DefaultValue("10000") int maxCellLength, @DefaultValue("100000") int stageFrom) {
}
