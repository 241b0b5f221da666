package org.partnergraph.importer;

import org.neo4j.driver.Driver;
import org.partnergraph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seals, once, the ids of hidden records stored before ids were sealed (see
 * {@link SealedIds}). It runs before the web server opens; on a database whose ids are
 * all sealed it reads the RESTRICTED stakeholders and the links once, and writes nothing.
 */
@Component
class SealedIdMigration implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SealedIdMigration.class);

	private final Driver driver;

	private final GraphStore store;

	SealedIdMigration(Driver driver, GraphStore store) {
		this.driver = driver;
		this.store = store;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try (var session = this.driver.session()) {
			SealedIds.ensureSecret(session);
			int sealed = session.executeWrite(tx -> {
				int count = SealedIds.read(tx).sealHiddenRecords(tx);
				if (count > 0) {
					new ImportWriter(tx).bumpDataVersion();
				}
				return count;
			});
			if (sealed > 0) {
				this.store.networkChanged();
				log.info("Sealed the ids of {} hidden stakeholders and links", sealed);
			}
		}
	}

}
