package org.partnergraph.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in theme catalogue: what a stakeholder works on or whom it serves. The list
 * grows with the data: any well-formed id is accepted and gets a name made from the id.
 */
public final class Themes {

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Themes that are services to victims, which several gap checks ask about. */
	public static final java.util.Set<String> VICTIM_SUPPORT = java.util.Set.of("shelter", "legal-assistance",
			"psychosocial-support", "health", "reintegration");

	private static final Map<String, String> CATALOGUE = new LinkedHashMap<>();

	static {
		add("victim-identification", "Victim identification");
		add("shelter", "Shelter");
		add("legal-assistance", "Legal assistance");
		add("psychosocial-support", "Psychosocial support");
		add("health", "Health");
		add("compensation", "Compensation and restitution");
		add("reintegration", "Reintegration");
		add("gender", "Gender");
		add("children", "Children");
		add("ethnic-minorities", "Ethnic minorities");
		add("disability", "People with disability");
		add("lgbtqi", "LGBTQI");
		add("male-victims", "Male victims");
		add("migrant-workers", "Migrant workers");
		add("refugees", "Refugees");
		add("online-child-sexual-exploitation", "Online sexual exploitation of children");
		add("forced-marriage", "Forced marriage");
		add("cyber-trafficking", "Cyber-trafficking");
		add("surrogacy", "Surrogacy");
		add("organ-trafficking", "Organ trafficking");
		add("fishing-seafood", "Fishing and seafood");
		add("agriculture", "Agriculture");
		add("construction", "Construction");
		add("manufacturing", "Manufacturing");
		add("domestic-work", "Domestic work");
		add("ethical-recruitment", "Ethical recruitment");
		add("supply-chains", "Supply chains");
		add("corruption", "Corruption");
		add("data-research", "Data and research");
		add("justice-capacity-building", "Capacity building of justice officials");
	}

	private Themes() {
	}

	private static void add(String id, String name) {
		CATALOGUE.put(id, name);
	}

	public static boolean isWellFormed(String id) {
		return id != null && id.length() <= 64 && ID.matcher(id).matches();
	}

	public static Map<String, String> catalogue() {
		return java.util.Collections.unmodifiableMap(CATALOGUE);
	}

	public static String name(String id) {
		String known = CATALOGUE.get(id);
		if (known != null) {
			return known;
		}
		String words = Arrays.stream(id.split("-")).collect(Collectors.joining(" "));
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
