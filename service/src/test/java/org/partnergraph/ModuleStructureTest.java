package org.partnergraph;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Holds the module map: every package under {@code org.partnergraph} is a module, modules
 * depend on each other without cycles, and only through the types of each module's own
 * package (its sub-packages are its internals). The map is written to
 * {@code target/spring-modulith-docs}.
 */
class ModuleStructureTest {

	private static final ApplicationModules MODULES = ApplicationModules.of(PartnerGraphApplication.class);

	@Test
	void modulesDependOnEachOtherWithoutCyclesAndOnlyThroughTheirApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleMap() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
