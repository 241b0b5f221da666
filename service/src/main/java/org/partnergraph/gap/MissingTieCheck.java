package org.partnergraph.gap;

import java.util.function.Predicate;

import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;
import org.partnergraph.store.Projection;

/**
 * The checks of missing ties: organisations of one kind ({@link #subject}) with no tie,
 * of any type or direction, to any organisation of another ({@link #partner}). Each has a
 * twin query in {@code cypher/} named after its {@link #slug}, which
 * {@code CypherTwinsIT} holds to the same answer. The API and the page list them from
 * here ({@code GET /api/v1/meta}).
 */
public enum MissingTieCheck {

	JUSTICE_WITHOUT_CSO("justice-without-cso", "Justice agencies with no CSO partner",
			"Justice agencies with no tie to any CSO", sector(Sector.JUSTICE), sector(Sector.CSO)),
	JUSTICE_WITHOUT_VICTIM_SUPPORT_CSO("justice-without-victim-support-cso",
			"Justice agencies with no victim-support CSO partner",
			"Justice agencies with no tie to a CSO that does victim support (shelter, legal assistance, "
					+ "psychosocial support, health, reintegration)",
			sector(Sector.JUSTICE),
			node -> sector(Sector.CSO).test(node) && node.themes().stream().anyMatch(Themes.VICTIM_SUPPORT::contains)),
	PRIVATE_WITHOUT_STATE("private-without-state", "Companies that reach no state body",
			"Private-sector actors with no tie to any state body (justice, state agency or national mechanism)",
			sector(Sector.PRIVATE), node -> GapService.STATE_BODIES.contains(node.sector())),
	CSO_WITHOUT_JUSTICE("cso-without-justice", "CSOs with no justice partner", "CSOs with no tie to any justice agency",
			sector(Sector.CSO), sector(Sector.JUSTICE)),
	MECHANISM_WITHOUT_ASEAN("mechanism-without-asean", "National mechanisms with no direct ASEAN tie",
			"National mechanisms with no tie to an ASEAN body", sector(Sector.MECHANISM), sector(Sector.ASEAN)),
	ISOLATES("isolates", "Isolates: organisations with no tie", "Stakeholders with no tie at all", node -> true,
			node -> true);

	private final String slug;

	private final String title;

	private final String description;

	private final Predicate<Projection.Node> subject;

	private final Predicate<Projection.Node> partner;

	MissingTieCheck(String slug, String title, String description, Predicate<Projection.Node> subject,
			Predicate<Projection.Node> partner) {
		this.slug = slug;
		this.title = title;
		this.description = description;
		this.subject = subject;
		this.partner = partner;
	}

	/** The name in answers and of the twin query file. */
	public String slug() {
		return this.slug;
	}

	/** A heading for people, the same as the first line of the twin query file. */
	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	/** Who the check is about. */
	boolean subject(Projection.Node node) {
		return this.subject.test(node);
	}

	/** A tie to any of these clears the check. */
	boolean partner(Projection.Node node) {
		return this.partner.test(node);
	}

	private static Predicate<Projection.Node> sector(Sector sector) {
		return node -> node.sector().equals(sector.name());
	}

}
