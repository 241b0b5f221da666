package org.partnergraph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.Level;
import org.partnergraph.model.Sector;

/**
 * A stakeholder as stored: the unit imports compare, write and export. Empty text is null
 * and lists are never null, so two records of the same facts are equal.
 *
 * @param attributes the custom attributes an import's extra columns gave it ("focal
 * point", "budget"), by column name, as text; sorted and never null
 */
public record StakeholderRecord(String id, String name, Sector sector, String acronym, List<String> aliases,
		String subsector, Level level, List<String> countries, List<String> themes, String website, String description,
		String evidence, Confidentiality confidentiality, Map<String, String> attributes) {

	/** A stakeholder without custom attributes. */
	public StakeholderRecord(String id, String name, Sector sector, String acronym, List<String> aliases,
			String subsector, Level level, List<String> countries, List<String> themes, String website,
			String description, String evidence, Confidentiality confidentiality) {
		this(id, name, sector, acronym, aliases, subsector, level, countries, themes, website, description, evidence,
				confidentiality, Map.of());
	}

	public StakeholderRecord {
		attributes = CustomAttributes.normalised(attributes);
		aliases = List.copyOf(aliases);
		countries = countries.stream().distinct().sorted().toList();
		themes = themes.stream().distinct().sorted().toList();
		confidentiality = (confidentiality == null) ? Confidentiality.PUBLIC : confidentiality;
	}

	// The copies below name every field once, here, so no copy elsewhere can drop one
	// (as a copy written out field by field once dropped the custom attributes).

	/** The same stakeholder under another id. */
	public StakeholderRecord withId(String id) {
		if (Objects.equals(this.id, id)) {
			return this;
		}
		return new StakeholderRecord(id, this.name, this.sector, this.acronym, this.aliases, this.subsector, this.level,
				this.countries, this.themes, this.website, this.description, this.evidence, this.confidentiality,
				this.attributes);
	}

	/** The same stakeholder with these custom attributes instead of its own. */
	public StakeholderRecord withAttributes(Map<String, String> attributes) {
		return new StakeholderRecord(this.id, this.name, this.sector, this.acronym, this.aliases, this.subsector,
				this.level, this.countries, this.themes, this.website, this.description, this.evidence,
				this.confidentiality, attributes);
	}

	/**
	 * The same stakeholder with these aliases, countries and themes instead of its own.
	 */
	public StakeholderRecord withAliasesCountriesAndThemes(List<String> aliases, List<String> countries,
			List<String> themes) {
		return new StakeholderRecord(this.id, this.name, this.sector, this.acronym, aliases, this.subsector, this.level,
				countries, themes, this.website, this.description, this.evidence, this.confidentiality,
				this.attributes);
	}

}
