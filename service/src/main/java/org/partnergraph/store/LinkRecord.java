package org.partnergraph.store;

import java.time.LocalDate;
import java.util.Map;

import org.partnergraph.model.Confidentiality;
import org.partnergraph.model.LinkStatus;
import org.partnergraph.model.LinkType;

/**
 * A link as stored: the unit imports compare, write and export.
 *
 * @param attributes the custom attributes an import's extra columns gave it ("MoU
 * signed"), by column name, as text; sorted and never null
 */
public record LinkRecord(String id, String from, String to, LinkType type, double weight, LocalDate start,
		LocalDate end, LinkStatus status, String evidence, Double confidence, Confidentiality confidentiality,
		Map<String, String> attributes) {

	/** A link without custom attributes. */
	public LinkRecord(String id, String from, String to, LinkType type, double weight, LocalDate start, LocalDate end,
			LinkStatus status, String evidence, Double confidence, Confidentiality confidentiality) {
		this(id, from, to, type, weight, start, end, status, evidence, confidence, confidentiality, Map.of());
	}

	public LinkRecord {
		attributes = CustomAttributes.normalised(attributes);
		status = (status == null) ? LinkStatus.ACTIVE : status;
		confidentiality = (confidentiality == null) ? Confidentiality.PUBLIC : confidentiality;
	}

	/**
	 * The id a link gets when its row names none: stable across imports, and the same
	 * whichever way a symmetric link is written.
	 */
	public static String derivedId(String from, LinkType type, String to) {
		if (type.symmetric() && from.compareTo(to) > 0) {
			return to + "~" + type.name() + "~" + from;
		}
		return from + "~" + type.name() + "~" + to;
	}

}
