package org.partnergraph.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 countries, with the ASEAN member states and the programme's target
 * countries marked.
 */
public final class Countries {

	/** ASEAN member states; Timor-Leste joined in 2025. */
	public static final Set<String> ASEAN = Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL");

	/**
	 * The seven countries the programme works in, in the order the programme lists them.
	 */
	public static final java.util.List<String> TARGET_ORDER = java.util.List.of("KH", "ID", "LA", "MM", "PH", "TH",
			"VN");

	/** The seven countries the programme works in. */
	public static final Set<String> TARGET = Set.copyOf(TARGET_ORDER);

	// The names the region itself uses, where they differ from the JDK's English names.
	private static final Map<String, String> REGIONAL_NAMES = Map.of("LA", "Lao PDR", "BN", "Brunei Darussalam", "VN",
			"Vietnam", "TL", "Timor-Leste", "MM", "Myanmar");

	private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

	private Countries() {
	}

	/** Every ISO 3166-1 alpha-2 code. */
	public static Set<String> codes() {
		return ISO_CODES;
	}

	public static boolean isValid(String code) {
		return code != null && ISO_CODES.contains(code);
	}

	public static String name(String code) {
		return REGIONAL_NAMES.getOrDefault(code, Locale.of("", code).getDisplayCountry(Locale.ENGLISH));
	}

}
