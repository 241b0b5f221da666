package org.partnergraph.database;

import org.neo4j.driver.Driver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every Neo4j driver of the service, the embedded database's and an external
 * server's alike, read-your-writes sessions ({@link ReadYourWritesDriver}).
 */
@Component
class ReadYourWrites implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver && !(bean instanceof ReadYourWritesDriver)) {
			return new ReadYourWritesDriver(driver);
		}
		return bean;
	}

}
