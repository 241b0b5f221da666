package org.partnergraph.store;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

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

	// The copies below name every field once, here, so no copy elsewhere can drop one
	// (as a copy written out field by field once dropped the custom attributes).

	/** The same link under another id. */
	public LinkRecord withId(String id) {
		if (Objects.equals(this.id, id)) {
			return this;
		}
		return new LinkRecord(id, this.from, this.to, this.type, this.weight, this.start, this.end, this.status,
				this.evidence, this.confidence, this.confidentiality, this.attributes);
	}

	/** The same link with these custom attributes instead of its own. */
	public LinkRecord withAttributes(Map<String, String> attributes) {
		return new LinkRecord(this.id, this.from, this.to, this.type, this.weight, this.start, this.end, this.status,
				this.evidence, this.confidence, this.confidentiality, attributes);
	}

	/** The same link between other ends. */
	public LinkRecord withEnds(String from, String to) {
		if (Objects.equals(this.from, from) && Objects.equals(this.to, to)) {
			return this;
		}
		return new LinkRecord(this.id, from, to, this.type, this.weight, this.start, this.end, this.status,
				this.evidence, this.confidence, this.confidentiality, this.attributes);
	}

	/** The same link with another status. */
	public LinkRecord withStatus(LinkStatus status) {
		return new LinkRecord(this.id, this.from, this.to, this.type, this.weight, this.start, this.end, status,
				this.evidence, this.confidence, this.confidentiality, this.attributes);
	}

	/** The same link with another evidence. */
	public LinkRecord withEvidence(String evidence) {
		return new LinkRecord(this.id, this.from, this.to, this.type, this.weight, this.start, this.end, this.status,
				evidence, this.confidence, this.confidentiality, this.attributes);
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
