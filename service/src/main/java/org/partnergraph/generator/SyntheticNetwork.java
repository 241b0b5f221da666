package org.partnergraph.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.partnergraph.algorithms.CompactGraph;
import org.partnergraph.model.LinkType;
import org.partnergraph.model.Sector;
import org.partnergraph.model.Themes;

/**
 * A reproducible synthetic partnership network for benchmarks, demos and load tests,
 * shaped like the real one: heavy-tailed degrees, the nine sectors, the eleven ASEAN
 * countries, the thirty catalogue themes and the eight link types with their direction,
 * dates and weights.
 *
 * <p>
 * <b>Model.</b> A Chung-Lu graph (Chung and Lu 2002): node {@code i} gets the
 * expected-degree weight {@code (i + 1)^(-1/(gamma - 1))} with {@code gamma = 2.5}, and
 * each link draws both endpoints independently in proportion to those weights (self-loops
 * redrawn), so the degrees follow a power law with exponent about 2.5: a few hubs with
 * thousands of links, most nodes with a handful, some isolated. A pair may get several
 * links, as in the real data. Node ids are shuffled, so the hubs are not the first ids.
 * Everything follows from the seed.
 *
 * <p>
 * Time {@code O(n + l log n)} to generate; space {@code O(n + l)} primitive arrays. The
 * stakeholder and link records are made on demand, one per call of {@link List#get}.
 */
public final class SyntheticNetwork {

	/** Sector codes, as the import format spells them, in the model's order. */
	public static final List<String> SECTORS = Arrays.stream(Sector.values()).map(Enum::name).toList();

	/** ISO 3166-1 alpha-2 codes of the ASEAN member states. */
	public static final List<String> COUNTRIES = List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN",
			"TL");

	/** The built-in theme catalogue. */
	public static final List<String> THEMES = List.copyOf(Themes.catalogue().keySet());

	/** Link types, as the import format spells them, in the model's order. */
	public static final List<String> LINK_TYPES = Arrays.stream(LinkType.values()).map(Enum::name).toList();

	/** Header of the stakeholders CSV of the import format. */
	public static final String STAKEHOLDER_HEADER = "id,name,sector,acronym,aliases,subsector,level,countries,themes,"
			+ "website,description,evidence,confidentiality";

	/** Header of the links CSV of the import format. */
	public static final String LINK_HEADER = "id,from,to,type,weight,start,end,status,evidence,confidence,"
			+ "confidentiality";

	/**
	 * Relative frequency of each sector: mostly state, justice, CSOs; no instruments
	 * (plans are no partners, and the analyses leave them out).
	 */
	private static final int[] SECTOR_SHARE = shares(Sector.class,
			Map.of(Sector.JUSTICE, 18, Sector.STATE, 20, Sector.MECHANISM, 4, Sector.ASEAN, 3, Sector.CSO, 22,
					Sector.PRIVATE, 8, Sector.INTERNATIONAL, 10, Sector.DONOR, 5, Sector.PROGRAMME, 10,
					Sector.INSTRUMENT, 0));

	/** Relative frequency of each link type. */
	private static final int[] TYPE_SHARE = shares(LinkType.class,
			Map.of(LinkType.FUNDS, 12, LinkType.IMPLEMENTS, 14, LinkType.CONVENES, 8, LinkType.DATA_PARTNERSHIP, 6,
					LinkType.LEADS, 6, LinkType.MEMBER_OF, 10, LinkType.SUPPORTS, 20, LinkType.COLLABORATES, 24));

	private static final double GAMMA = 2.5;

	/**
	 * Links are dated relative to this day, so a given seed always gives the same
	 * statuses.
	 */
	private static final LocalDate REFERENCE_DAY = LocalDate.of(2025, 1, 1);

	/**
	 * One stakeholder.
	 *
	 * @param id stable id, {@code syn-} and a number
	 * @param name display name
	 * @param sector one of {@link #SECTORS}
	 * @param countries codes from {@link #COUNTRIES}
	 * @param themes ids from {@link #THEMES}
	 */
	public record Stakeholder(String id, String name, String sector, List<String> countries, List<String> themes) {
	}

	/**
	 * One link. Direction matters unless the type is symmetric.
	 *
	 * @param id stable id
	 * @param from stakeholder id
	 * @param to stakeholder id
	 * @param type one of {@link #LINK_TYPES}
	 * @param weight positive
	 * @param start first day
	 * @param end last day, or null while it goes on
	 */
	public record Link(String id, String from, String to, String type, double weight, LocalDate start, LocalDate end) {

		/** Whether the type reads the same both ways. */
		public boolean symmetric() {
			return isSymmetric(this.type);
		}

		/** ACTIVE, ENDED or PLANNED relative to 1 January 2025. */
		public String status() {
			if (this.start.isAfter(REFERENCE_DAY)) {
				return "PLANNED";
			}
			return (this.end != null && this.end.isBefore(REFERENCE_DAY)) ? "ENDED" : "ACTIVE";
		}

	}

	private final int nodeCount;

	private final long seed;

	private final int[] sector;

	private final int[] from;

	private final int[] to;

	private final byte[] type;

	private final double[] weight;

	/** Start and end as epoch days; end is Integer.MIN_VALUE when open. */
	private final int[] startDay;

	private final int[] endDay;

	private SyntheticNetwork(int nodeCount, long seed, int[] sector, int[] from, int[] to, byte[] type, double[] weight,
			int[] startDay, int[] endDay) {
		this.nodeCount = nodeCount;
		this.seed = seed;
		this.sector = sector;
		this.from = from;
		this.to = to;
		this.type = type;
		this.weight = weight;
		this.startDay = startDay;
		this.endDay = endDay;
	}

	/**
	 * Generates a network with {@code nodes} stakeholders and {@code links} links.
	 * @throws IllegalArgumentException if there are links but fewer than two nodes
	 */
	public static SyntheticNetwork generate(int nodes, int links, long seed) {
		if (nodes < 0 || links < 0 || (links > 0 && nodes < 2)) {
			throw new IllegalArgumentException("need nodes >= 2 for links: nodes=" + nodes + ", links=" + links);
		}
		SplittableRandom random = new SplittableRandom(seed);
		int[] sector = new int[nodes];
		for (int v = 0; v < nodes; v++) {
			sector[v] = pick(random, SECTOR_SHARE);
		}
		// Cumulative Chung-Lu weights over a random permutation of the ids.
		int[] permutation = java.util.stream.IntStream.range(0, nodes).toArray();
		for (int i = nodes - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = permutation[i];
			permutation[i] = permutation[j];
			permutation[j] = swap;
		}
		double[] cumulative = new double[nodes];
		double total = 0;
		for (int i = 0; i < nodes; i++) {
			total += Math.pow(i + 1, -1.0 / (GAMMA - 1));
			cumulative[i] = total;
		}
		int[] from = new int[links];
		int[] to = new int[links];
		byte[] type = new byte[links];
		double[] weight = new double[links];
		int[] startDay = new int[links];
		int[] endDay = new int[links];
		int firstDay = (int) LocalDate.of(2010, 1, 1).toEpochDay();
		for (int i = 0; i < links; i++) {
			int a;
			int b;
			do {
				a = permutation[draw(random, cumulative, total)];
				b = permutation[draw(random, cumulative, total)];
			}
			while (a == b);
			from[i] = a;
			to[i] = b;
			type[i] = (byte) pick(random, TYPE_SHARE);
			// Mostly 1, sometimes 2 to 5: how many projects or agreements back the link.
			weight[i] = (random.nextInt(4) == 0) ? 2 + random.nextInt(4) : 1;
			startDay[i] = firstDay + random.nextInt(16 * 365);
			endDay[i] = (random.nextInt(3) == 0) ? Integer.MIN_VALUE : startDay[i] + 180 + random.nextInt(8 * 365);
		}
		return new SyntheticNetwork(nodes, seed, sector, from, to, type, weight, startDay, endDay);
	}

	/** Number of stakeholders. */
	public int nodeCount() {
		return this.nodeCount;
	}

	/** Number of links. */
	public int linkCount() {
		return this.from.length;
	}

	/** The graph of all links, node {@code i} being stakeholder {@code i}. */
	public CompactGraph graph() {
		CompactGraph.Builder builder = CompactGraph.builder(this.nodeCount);
		for (int i = 0; i < this.from.length; i++) {
			builder.addLink(this.from[i], this.to[i], this.weight[i], isSymmetric(LINK_TYPES.get(this.type[i])));
		}
		return builder.build();
	}

	/** The sector of each node as an index into {@link #SECTORS}, for group measures. */
	public int[] sectorGroups() {
		return this.sector.clone();
	}

	/** The stakeholders, made on demand. */
	public List<Stakeholder> stakeholders() {
		return new AbstractList<>() {
			@Override
			public Stakeholder get(int index) {
				return stakeholder(index);
			}

			@Override
			public int size() {
				return SyntheticNetwork.this.nodeCount;
			}
		};
	}

	/** The links, made on demand. */
	public List<Link> links() {
		return new AbstractList<>() {
			@Override
			public Link get(int index) {
				return link(index);
			}

			@Override
			public int size() {
				return SyntheticNetwork.this.from.length;
			}
		};
	}

	/**
	 * Writes {@code stakeholders.csv} and {@code links.csv} in the import format (UTF-8,
	 * RFC 4180, {@code ;} between the values of a multi-valued cell) into
	 * {@code directory}, creating it if needed.
	 */
	public void writeCsv(Path directory) throws IOException {
		Files.createDirectories(directory);
		try (var out = CSVFormat.RFC4180.print(directory.resolve("stakeholders.csv"), StandardCharsets.UTF_8)) {
			out.printRecord((Object[]) STAKEHOLDER_HEADER.split(","));
			for (int v = 0; v < this.nodeCount; v++) {
				Stakeholder s = stakeholder(v);
				String level = (s.countries().size() > 1) ? "REGIONAL" : "NATIONAL";
				out.printRecord(s.id(), s.name(), s.sector(), "", "", "", level, String.join(";", s.countries()),
						String.join(";", s.themes()), "", "Synthetic stakeholder for testing",
						"synthetic network, seed " + this.seed, "PUBLIC");
			}
		}
		try (var out = CSVFormat.RFC4180.print(directory.resolve("links.csv"), StandardCharsets.UTF_8)) {
			out.printRecord((Object[]) LINK_HEADER.split(","));
			for (int i = 0; i < this.from.length; i++) {
				Link l = link(i);
				out.printRecord(l.id(), l.from(), l.to(), l.type(), formatWeight(l.weight()), l.start().toString(),
						(l.end() == null) ? "" : l.end().toString(), l.status(), "synthetic network, seed " + this.seed,
						"1", "PUBLIC");
			}
		}
	}

	private Stakeholder stakeholder(int v) {
		// Per-node attributes come from a generator seeded by the node, so any record can
		// be made
		// alone, in any order, and still be the same every time.
		SplittableRandom random = new SplittableRandom(this.seed * 0x9E3779B97F4A7C15L + v);
		String sectorCode = SECTORS.get(this.sector[v]);
		List<String> countries = sample(random, COUNTRIES, 1 + (random.nextInt(4) == 0 ? random.nextInt(5) : 0));
		List<String> themes = sample(random, THEMES, 1 + random.nextInt(4));
		String name = "Synthetic " + sectorCode.charAt(0) + sectorCode.substring(1).toLowerCase(Locale.ROOT) + " "
				+ (v + 1);
		return new Stakeholder(stakeholderId(v), name, sectorCode, countries, themes);
	}

	private Link link(int i) {
		LocalDate end = (this.endDay[i] == Integer.MIN_VALUE) ? null : LocalDate.ofEpochDay(this.endDay[i]);
		return new Link(String.format(Locale.ROOT, "syn-link-%08d", i + 1), stakeholderId(this.from[i]),
				stakeholderId(this.to[i]), LINK_TYPES.get(this.type[i]), this.weight[i],
				LocalDate.ofEpochDay(this.startDay[i]), end);
	}

	private static String stakeholderId(int v) {
		return String.format(Locale.ROOT, "syn-%07d", v + 1);
	}

	static boolean isSymmetric(String type) {
		return LinkType.valueOf(type).symmetric();
	}

	/**
	 * The shares in the enum's order. A sector or link type added to the model without a
	 * share here stops the class from loading, so the generator's tests say what to add.
	 */
	private static <E extends Enum<E>> int[] shares(Class<E> type, Map<E, Integer> shares) {
		E[] values = type.getEnumConstants();
		int[] result = new int[values.length];
		for (E value : values) {
			Integer share = shares.get(value);
			if (share == null) {
				throw new IllegalStateException("the generator has no share for " + type.getSimpleName() + " " + value);
			}
			result[value.ordinal()] = share;
		}
		return result;
	}

	private static List<String> sample(SplittableRandom random, List<String> from, int count) {
		List<String> pool = new ArrayList<>(from);
		List<String> chosen = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			chosen.add(pool.remove(random.nextInt(pool.size())));
		}
		return List.copyOf(chosen);
	}

	private static int pick(SplittableRandom random, int[] shares) {
		int total = 0;
		for (int share : shares) {
			total += share;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < shares.length; i++) {
			r -= shares[i];
			if (r < 0) {
				return i;
			}
		}
		throw new AssertionError();
	}

	/**
	 * Index {@code i} with probability proportional to the weight ending at
	 * {@code cumulative[i]}.
	 */
	private static int draw(SplittableRandom random, double[] cumulative, double total) {
		double r = random.nextDouble() * total;
		int low = 0;
		int high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] <= r) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static String formatWeight(double weight) {
		return (weight == Math.rint(weight)) ? Long.toString((long) weight) : Double.toString(weight);
	}

}
