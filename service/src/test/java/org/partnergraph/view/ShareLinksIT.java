package org.partnergraph.view;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnergraph.audit.AuditEvent;
import org.partnergraph.audit.AuditService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Share links on the real database: issued by a view's maker at INTERNAL or PUBLIC level
 * (never RESTRICTED), listed, revoked; the embed, its data and its pictures show the
 * link's level to anyone holding it and nothing more; revoked, expired, forged and
 * deleted links are refused with a problem and no data; anonymised INTERNAL organisations
 * keep their names, ids, aliases and evidence on the server; every use is audited.
 */
class ShareLinksIT extends ViewTest {

	// INTERNAL records inside the view's filter (Cambodia), tied to the PUBLIC national
	// committee kh-nccct and ministry kh-moi.
	static final String INTERNAL_STAKEHOLDERS = """
			id,name,sector,acronym,aliases,countries,evidence,confidentiality
			kh-internal-fund,Inner Circle Fund,DONOR,ICF,Circle Fund Alias,KH,internal-memo-77,INTERNAL
			""";

	static final String INTERNAL_LINKS = """
			from,to,type,evidence,confidentiality
			kh-internal-fund,kh-nccct,FUNDS,internal-link-evidence,INTERNAL
			kh-nccct,kh-moi,COLLABORATES,hidden-tie-evidence,INTERNAL
			""";

	static final String RESTRICTED_STAKEHOLDERS = """
			id,name,sector,acronym,aliases,countries,evidence,confidentiality
			kh-secret-shelter,Quiet Harbour Shelter,CSO,QHS,Harbour of Quiet,KH,sealed-survey-2024,RESTRICTED
			""";

	static final String RESTRICTED_LINKS = """
			from,to,type,evidence,confidentiality
			kh-secret-shelter,kh-nccct,COLLABORATES,sealed-link-evidence,RESTRICTED
			kh-moi,kh-secret-shelter,SUPPORTS,public-link-to-hidden-node,PUBLIC
			kh-internal-fund,kh-secret-shelter,FUNDS,internal-to-restricted,INTERNAL
			""";

	static final List<String> RESTRICTED_SECRETS = List.of("kh-secret-shelter", "Quiet Harbour", "QHS",
			"Harbour of Quiet", "sealed-survey-2024", "sealed-link-evidence", "public-link-to-hidden-node",
			"internal-to-restricted");

	static final List<String> INTERNAL_SECRETS = List.of("kh-internal-fund", "Inner Circle Fund", "ICF",
			"Circle Fund Alias", "internal-memo-77", "internal-link-evidence", "hidden-tie-evidence");

	static final List<String> EMBED_PATHS = List.of("", "/data", "/image.svg", "/image.svg?legend=false",
			"/image.png?scale=2");

	@Autowired
	AuditService audit;

	@BeforeEach
	void seed() throws Exception {
		loadSeed();
	}

	@Test
	void anInternalShareLinkShowsInternalDataToAnyoneHoldingItAndNeverRestricted() throws Exception {
		String id = viewOfHiddenData();
		MvcResult issued = this.mvc
			.perform(post("/api/v1/views/" + id + "/shares").contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\": \"INTERNAL\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/v1/views/" + id + "/shares/")))
			.andExpect(jsonPath("$.level").value("INTERNAL"))
			.andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.anonymiseInternal").value(false))
			.andExpect(jsonPath("$.createdBy").value("test-admin"))
			.andExpect(jsonPath("$.url", startsWith("/embed/" + id + "?share=")))
			.andReturn();
		JsonNode share = json(issued);
		// Thirty days by default.
		assertThat(java.time.Duration.between(java.time.OffsetDateTime.parse(share.get("createdAt").asString()),
				java.time.OffsetDateTime.parse(share.get("expiresAt").asString())))
			.isEqualTo(java.time.Duration.ofDays(30));
		String url = share.get("url").asString();
		Map<String, String> answers = embedAnswers(url);
		for (var answer : answers.entrySet()) {
			for (String secret : RESTRICTED_SECRETS) {
				assertThat(answer.getValue()).as(answer.getKey()).doesNotContain(secret);
			}
		}
		assertThat(answers.get("")).contains("Inner Circle Fund");
		assertThat(answers.get("/image.svg")).contains("Inner Circle Fund", "PUBLIC and INTERNAL data");
		assertThat(node(JSON.readTree(answers.get("/data")), "kh-internal-fund").get("label").asString())
			.isEqualTo("Inner Circle Fund");
		// The plain embed is still PUBLIC only.
		this.mvc.perform(get("/embed/" + id + "/data").with(anonymous()))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Inner Circle Fund"))));
		// Listed under the view, with its url; every use audited, without the token.
		this.mvc.perform(get("/api/v1/views/" + id + "/shares"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(share.get("id").asString()))
			.andExpect(jsonPath("$[0].url").value(url));
		List<AuditEvent> uses = this.audit.find(null, "share.use", null, null, PageRequest.of(0, 50)).getContent();
		assertThat(uses).hasSize(EMBED_PATHS.size());
		assertThat(uses).allSatisfy(event -> {
			assertThat(event.detail()).contains("share=" + share.get("id").asString(), "level=INTERNAL");
			assertThat(event.detail() + event.target()).doesNotContain(url.substring(url.indexOf('=') + 1));
		});
		assertThat(this.audit.find(null, "share.create", null, null, PageRequest.of(0, 5)).getContent()).hasSize(1);
	}

	@Test
	void onlyTheViewsMakerIssuesListsAndRevokesAndNeverAtRestricted() throws Exception {
		String id = createView(EmbedConfidentialityIT.VIEW);
		String internal = "{\"level\": \"INTERNAL\"}";
		this.mvc
			.perform(post("/api/v1/views/" + id + "/shares").contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\": \"RESTRICTED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/v1/views/" + id + "/shares").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/views/" + id + "/shares").contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\": \"INTERNAL\", \"expires\": \"2999-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("at most 365 days")));
		this.mvc
			.perform(post("/api/v1/views/" + id + "/shares").contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\": \"INTERNAL\", \"expires\": \"2001-01-01\"}"))
			.andExpect(status().isBadRequest());
		// Not the owner: an analyst who did not make the view, and a viewer.
		for (var who : List.of(user("ana").roles("ANALYST"), user("vera").roles("VIEWER"))) {
			this.mvc
				.perform(post("/api/v1/views/" + id + "/shares").with(who)
					.contentType(MediaType.APPLICATION_JSON)
					.content(internal))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/v1/views/" + id + "/shares").with(who)).andExpect(status().isForbidden());
		}
		// An analyst's own view: shared by its maker, who sees INTERNAL data.
		String own = JSON
			.readTree(this.mvc.perform(post("/api/v1/views").with(user("ana").roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(EmbedConfidentialityIT.VIEW)).andReturn().getResponse().getContentAsString())
			.get("id")
			.asString();
		String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
		this.mvc
			.perform(post("/api/v1/views/" + own + "/shares").with(user("ana").roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"level\": \"PUBLIC\", \"expires\": \"" + tomorrow + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt",
					startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString() + "T00:00")));
		this.mvc.perform(get("/api/v1/views/" + own + "/shares").with(user("ana").roles("ANALYST")))
			.andExpect(jsonPath("$.length()").value(1));
		this.mvc.perform(get("/api/v1/views/" + id + "/shares")).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void revokedExpiredForgedAndDeletedLinksAreRefusedWithNoData() throws Exception {
		importHidden(INTERNAL_STAKEHOLDERS, INTERNAL_LINKS);
		String id = createView(EmbedConfidentialityIT.VIEW);
		String other = createView("{\"name\": \"Thailand\", \"filters\": {\"country\": [\"TH\"]}}");
		JsonNode revoked = issue(id, "{\"level\": \"INTERNAL\"}");
		JsonNode expired = issue(id, "{\"level\": \"INTERNAL\"}");
		JsonNode active = issue(id, "{\"level\": \"INTERNAL\"}");
		String activeToken = token(active);
		embed(active.get("url").asString()).andExpect(status().isOk());

		this.mvc.perform(delete("/api/v1/views/" + id + "/shares/" + revoked.get("id").asString()))
			.andExpect(status().isNoContent());
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					MATCH (s:ViewShare {id: $id})
					SET s.expiresAt = datetime() - duration('PT1S')""", Map.of("id", expired.get("id").asString()))
				.consume());
		}
		String forgedMac = activeToken.substring(0, activeToken.length() - 2)
				+ (activeToken.endsWith("AA") ? "BB" : "AA");
		String otherShare = java.util.UUID.randomUUID() + activeToken.substring(activeToken.indexOf('.'));
		var refusals = new LinkedHashMap<String, String>();
		refusals.put("revoked", revoked.get("url").asString());
		refusals.put("expired", expired.get("url").asString());
		refusals.put("forged mac", "/embed/" + id + "?share=" + forgedMac);
		refusals.put("another share id", "/embed/" + id + "?share=" + otherShare);
		refusals.put("another view", "/embed/" + other + "?share=" + activeToken);
		refusals.put("garbage", "/embed/" + id + "?share=%3Cscript%3E");
		refusals.put("empty", "/embed/" + id + "?share=");
		for (var refusal : refusals.entrySet()) {
			for (String path : EMBED_PATHS) {
				String url = withPath(refusal.getValue(), path);
				MvcResult result = embed(url).andExpect(status().isForbidden())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andReturn();
				assertThat(result.getResponse().getContentAsString()).as(refusal.getKey() + " " + path)
					.doesNotContain("Inner Circle Fund", "kh-nccct", "kh-internal-fund");
			}
		}
		// Listed with their status; only the active one keeps its url.
		MvcResult listed = this.mvc.perform(get("/api/v1/views/" + id + "/shares")).andReturn();
		Map<String, JsonNode> byId = new java.util.HashMap<>();
		json(listed).forEach(link -> byId.put(link.get("id").asString(), link));
		assertThat(byId.get(revoked.get("id").asString()).get("status").asString()).isEqualTo("revoked");
		JsonNode revokedUrl = byId.get(revoked.get("id").asString()).get("url");
		assertThat(revokedUrl == null || revokedUrl.isNull()).as("a revoked link's url").isTrue();
		assertThat(byId.get(expired.get("id").asString()).get("status").asString()).isEqualTo("expired");
		assertThat(byId.get(active.get("id").asString()).get("status").asString()).isEqualTo("active");
		// Revoking twice, or what is not there: 404 for an unknown share.
		this.mvc.perform(delete("/api/v1/views/" + id + "/shares/" + java.util.UUID.randomUUID()))
			.andExpect(status().isNotFound());
		assertThat(this.audit.find(null, "share.refused", null, null, PageRequest.of(0, 1)).getTotalElements())
			.isEqualTo((long) refusals.size() * EMBED_PATHS.size());
		assertThat(this.audit.find(null, "share.revoke", null, null, PageRequest.of(0, 1)).getTotalElements())
			.isEqualTo(1);

		// Deleting the view deletes its links: the view is gone (404), and so are they.
		this.mvc.perform(delete("/api/v1/views/" + id)).andExpect(status().isNoContent());
		embed(active.get("url").asString()).andExpect(status().isNotFound());
		assertThat(count("MATCH (s:ViewShare {viewId: '" + id + "'}) RETURN count(s)")).isZero();
	}

	@Test
	void anAnonymisedShareKeepsInternalNamesIdsAliasesAndEvidenceOnTheServer() throws Exception {
		String id = viewOfHiddenData();
		JsonNode anonymised = issue(id, "{\"level\": \"INTERNAL\", \"anonymiseInternal\": true}");
		JsonNode named = issue(id, "{\"level\": \"INTERNAL\"}");
		Map<String, String> answers = embedAnswers(anonymised.get("url").asString());
		for (var answer : answers.entrySet()) {
			for (String secret : concat(INTERNAL_SECRETS, RESTRICTED_SECRETS)) {
				assertThat(answer.getValue()).as(answer.getKey()).doesNotContain(secret);
			}
		}
		JsonNode data = JSON.readTree(answers.get("/data"));
		JsonNode namedData = JSON.readTree(embedAnswers(named.get("url").asString()).get("/data"));
		// The same organisations and links, one of them described instead of named.
		assertThat(data.get("nodes").size()).isEqualTo(namedData.get("nodes").size());
		assertThat(data.get("edges").size()).isEqualTo(namedData.get("edges").size());
		JsonNode fund = null;
		for (JsonNode node : data.get("nodes")) {
			if (node.get("label").asString().equals("a donor in Cambodia")) {
				fund = node;
			}
		}
		assertThat(fund).as("the INTERNAL donor, described").isNotNull();
		assertThat(fund.get("id").asString()).startsWith("anon-");
		assertThat(fund.get("acronym") == null || fund.get("acronym").isNull()).as("no acronym").isTrue();
		JsonNode namedFund = node(namedData, "kh-internal-fund");
		assertThat(fund.get("degree").asInt()).isEqualTo(namedFund.get("degree").asInt());
		assertThat(fund.get("x").asDouble()).isEqualTo(namedFund.get("x").asDouble());
		// PUBLIC organisations keep their names, ids and degrees.
		assertThat(node(data, "kh-nccct").get("degree").asInt())
			.isEqualTo(node(namedData, "kh-nccct").get("degree").asInt());
		assertThat(answers.get("/image.svg")).contains("a donor in Cambodia");
		// Stable within the share, different in another.
		String again = JSON.readTree(embedAnswers(anonymised.get("url").asString()).get("/data")).toString();
		assertThat(again).contains(fund.get("id").asString());
		JsonNode second = issue(id, "{\"level\": \"INTERNAL\", \"anonymiseInternal\": true}");
		assertThat(embedAnswers(second.get("url").asString()).get("/data")).doesNotContain(fund.get("id").asString())
			.contains("a donor in Cambodia");
	}

	/**
	 * What is hidden from a share link's level leaves no trace: the link's answers are
	 * the same bytes before and after the hidden data arrives (so a PUBLIC neighbour's
	 * degree, size and position equal those on a copy of the network without it), for
	 * every level and with anonymisation; and a share link's answers are kept by no
	 * cache.
	 */
	@Test
	void whatIsHiddenFromAShareLinksLevelLeavesNoTrace() throws Exception {
		importHidden(INTERNAL_STAKEHOLDERS, null);
		String id = createView(EmbedConfidentialityIT.VIEW);
		JsonNode publicLink = issue(id, "{\"level\": \"PUBLIC\"}");
		// PUBLIC: the INTERNAL and RESTRICTED links arrive.
		Map<String, String> publicBefore = embedAnswers(publicLink.get("url").asString());
		importHidden(INTERNAL_STAKEHOLDERS, INTERNAL_LINKS);
		JsonNode internalLink = issue(id, "{\"level\": \"INTERNAL\"}");
		JsonNode anonymisedLink = issue(id, "{\"level\": \"INTERNAL\", \"anonymiseInternal\": true}");
		Map<String, String> internalBefore = embedAnswers(internalLink.get("url").asString());
		Map<String, String> anonymisedBefore = embedAnswers(anonymisedLink.get("url").asString());
		importHidden(RESTRICTED_STAKEHOLDERS, RESTRICTED_LINKS);
		Map<String, String> publicAfter = embedAnswers(publicLink.get("url").asString());
		assertSameAnswers(publicBefore, publicAfter);
		assertThat(publicAfter.toString()).doesNotContain("Inner Circle Fund");
		// INTERNAL, named and anonymised: the RESTRICTED data arrives.
		assertSameAnswers(internalBefore, embedAnswers(internalLink.get("url").asString()));
		assertSameAnswers(anonymisedBefore, embedAnswers(anonymisedLink.get("url").asString()));
		JsonNode committee = node(JSON.readTree(internalBefore.get("/data")), "kh-nccct");
		JsonNode committeeAfter = node(JSON.readTree(embedAnswers(internalLink.get("url").asString()).get("/data")),
				"kh-nccct");
		assertThat(committeeAfter.get("degree").asInt()).isEqualTo(committee.get("degree").asInt());
		assertThat(committeeAfter.get("x").asDouble()).isEqualTo(committee.get("x").asDouble());
		// The INTERNAL link shows the ties PUBLIC ones do not: the committee has more.
		assertThat(committee.get("degree").asInt())
			.isGreaterThan(node(JSON.readTree(publicAfter.get("/data")), "kh-nccct").get("degree").asInt());
		for (String path : EMBED_PATHS) {
			embed(withPath(internalLink.get("url").asString(), path))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
		}
	}

	/**
	 * The API's pictures of a view take a share token as the embed's do: the link's level
	 * whoever is signed in (an admin, who sees RESTRICTED data, gets the link's INTERNAL
	 * or PUBLIC picture, the same bytes as the embed's), never RESTRICTED, kept by no
	 * cache, audited; revoked, expired and forged tokens are refused.
	 */
	@Test
	void theApisPicturesTakeAShareTokenUnderTheEmbedsRules() throws Exception {
		String id = viewOfHiddenData();
		JsonNode internal = issue(id, "{\"level\": \"INTERNAL\"}");
		JsonNode publicLink = issue(id, "{\"level\": \"PUBLIC\"}");
		JsonNode revoked = issue(id, "{\"level\": \"INTERNAL\"}");
		JsonNode expired = issue(id, "{\"level\": \"INTERNAL\"}");
		this.mvc.perform(delete("/api/v1/views/" + id + "/shares/" + revoked.get("id").asString()))
			.andExpect(status().isNoContent());
		try (var session = this.driver.session()) {
			session.executeWrite(tx -> tx.run("""
					MATCH (s:ViewShare {id: $id})
					SET s.expiresAt = datetime() - duration('PT1S')""", Map.of("id", expired.get("id").asString()))
				.consume());
		}
		String api = "/api/v1/views/" + id;
		// Without a token: the admin's own picture, RESTRICTED data and all.
		assertThat(this.mvc.perform(get(api + "/image.svg")).andReturn().getResponse().getContentAsString())
			.contains("Quiet Harbour Shelter");
		for (String picture : List.of("/image.svg", "/image.png?scale=2")) {
			String withInternal = withPath(api + "?share=" + token(internal), picture);
			String internalAnswer = answer(this.mvc.perform(get(withInternal))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
				.andReturn(), picture);
			assertThat(internalAnswer).as(picture)
				.isEqualTo(answer(embed(withPath(internal.get("url").asString(), picture)).andReturn(), picture));
			String publicAnswer = answer(
					this.mvc.perform(get(withPath(api + "?share=" + token(publicLink), picture))).andReturn(), picture);
			assertThat(publicAnswer).as(picture)
				.isEqualTo(answer(embed(withPath(publicLink.get("url").asString(), picture)).andReturn(), picture));
			for (String secret : RESTRICTED_SECRETS) {
				assertThat(internalAnswer).as(picture).doesNotContain(secret);
			}
			for (String secret : INTERNAL_SECRETS) {
				assertThat(publicAnswer).as(picture).doesNotContain(secret);
			}
			if (picture.equals("/image.svg")) {
				assertThat(internalAnswer).contains("Inner Circle Fund", "PUBLIC and INTERNAL data");
				assertThat(publicAnswer).contains("PUBLIC only");
			}
			String token = token(internal);
			String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
			for (String refused : List.of(token(revoked), token(expired), forged, "")) {
				String body = this.mvc.perform(get(withPath(api + "?share=" + refused, picture)))
					.andExpect(status().isForbidden())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(body).doesNotContain("Inner Circle Fund", "Quiet Harbour", "kh-nccct");
			}
		}
		assertThat(this.audit.find(null, "share.use", null, null, PageRequest.of(0, 50)).getContent())
			.extracting(AuditEvent::target)
			.contains(api + "/image.svg", api + "/image.png");
		assertThat(this.audit.find(null, "share.refused", null, null, PageRequest.of(0, 50)).getContent())
			.extracting(AuditEvent::target)
			.filteredOn(target -> target.startsWith(api))
			.hasSize(8);
	}

	private static String answer(MvcResult result, String path) {
		byte[] body = result.getResponse().getContentAsByteArray();
		return path.contains(".png") ? HexFormat.of().formatHex(body) : new String(body, StandardCharsets.UTF_8);
	}

	private JsonNode issue(String view, String body) throws Exception {
		return json(this.mvc
			.perform(post("/api/v1/views/" + view + "/shares").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andReturn());
	}

	private static String token(JsonNode share) {
		String url = share.get("url").asString();
		return url.substring(url.indexOf("?share=") + "?share=".length());
	}

	private ResultActions embed(String url) throws Exception {
		return this.mvc.perform(get(url).with(anonymous()));
	}

	/** The embed path {@code path} (with its own query, if any) of a share url. */
	private static String withPath(String url, String path) {
		int query = url.indexOf('?');
		String base = url.substring(0, query);
		String share = url.substring(query + 1);
		int pathQuery = path.indexOf('?');
		return pathQuery < 0 ? base + path + "?" + share
				: base + path.substring(0, pathQuery) + "?" + path.substring(pathQuery + 1) + "&" + share;
	}

	/** Every answer of the embed through a share url, as an anonymous visitor gets it. */
	private Map<String, String> embedAnswers(String url) throws Exception {
		var answers = new LinkedHashMap<String, String>();
		for (String path : EMBED_PATHS) {
			MvcResult result = embed(withPath(url, path)).andExpect(status().isOk()).andReturn();
			byte[] body = result.getResponse().getContentAsByteArray();
			answers.put(path,
					path.contains(".png") ? HexFormat.of().formatHex(body) : new String(body, StandardCharsets.UTF_8));
		}
		return answers;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private static JsonNode node(JsonNode data, String id) {
		for (JsonNode node : data.get("nodes")) {
			if (node.get("id").asString().equals(id)) {
				return node;
			}
		}
		throw new AssertionError("no node " + id);
	}

	/**
	 * Imports the INTERNAL and RESTRICTED stakeholders and links, and answers the id of a
	 * view that shows them.
	 */
	private String viewOfHiddenData() throws Exception {
		importHidden(INTERNAL_STAKEHOLDERS, INTERNAL_LINKS);
		importHidden(RESTRICTED_STAKEHOLDERS, RESTRICTED_LINKS);
		return createView(EmbedConfidentialityIT.VIEW);
	}

}
