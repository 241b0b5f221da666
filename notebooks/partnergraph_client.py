"""A small client for the PartnerGraph REST API, made for notebooks.

Every method calls one endpoint and returns what a notebook wants to look at: a pandas DataFrame
for anything that is a list of rows, a plain dict for a handful of figures. Filters are keyword
arguments in Python spelling (``country="KH"``, ``link_type=["FUNDS", "SUPPORTS"]``,
``as_of="2021-12-31"``); lists are sent comma-separated.

Where to connect comes from the environment, so the same notebook runs on a laptop and in CI:

- ``PARTNERGRAPH_URL``: the service, default ``http://localhost:8080``;
- ``PARTNERGRAPH_TOKEN``: a personal API token (``pgt_...``), sent as ``Authorization: Bearer``;
- or ``PARTNERGRAPH_USER`` and ``PARTNERGRAPH_PASSWORD``: HTTP Basic sign-in.

Errors of the API (RFC 9457 problem details) are raised as :class:`PartnerGraphError`, whose
message is the API's own ``detail`` and which keeps the whole problem document.
"""

from __future__ import annotations

import io
import os
from typing import Any, Iterable

import pandas as pd
import requests

DEFAULT_URL = "http://localhost:8080"

SECTORS = ["JUSTICE", "STATE", "MECHANISM", "ASEAN", "CSO", "PRIVATE", "INTERNATIONAL", "DONOR", "PROGRAMME", "INSTRUMENT"]

# The sectors the analyses and gap answers count by default: instruments (plans, conventions) are
# drawn and listed, but are no partners.
ANALYSED_SECTORS = [sector for sector in SECTORS if sector != "INSTRUMENT"]

TARGET_COUNTRIES = ["KH", "ID", "LA", "MM", "PH", "TH", "VN"]

# The parts of a bridging suggestion's score, each from 0 to 1.
PARTS = ["fit", "proximity", "geography", "gap", "complementarity"]

BROKERAGE_ROLES = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]

# Python keyword -> API query parameter, where they differ.
_PARAMETER_NAMES = {
    "link_type": "linkType",
    "as_of": "asOf",
    "group_by": "groupBy",
    "max_hops": "maxHops",
    "dry_run": "dryRun",
    "from_": "from",
}


class PartnerGraphError(Exception):
    """An answer of the API other than success; ``problem`` is its problem document (or {})."""

    def __init__(self, status: int, problem: dict, url: str):
        self.status = status
        self.problem = problem
        self.url = url
        detail = problem.get("detail") or problem.get("title") or "HTTP %d" % status
        super().__init__("%s (HTTP %d from %s)" % (detail, status, url))

    @property
    def errors(self) -> pd.DataFrame:
        """An import's row errors as a table: file, row, column, message (empty when there are none)."""
        return pd.DataFrame(self.problem.get("errors", []), columns=["file", "row", "column", "message"])


class PartnerGraph:
    """One connection to a PartnerGraph service; see the module's documentation."""

    def __init__(self, url: str | None = None, token: str | None = None, user: str | None = None,
                 password: str | None = None, session: requests.Session | None = None, timeout: float = 120):
        self.url = (url or DEFAULT_URL).rstrip("/")
        self.timeout = timeout
        self.session = session or requests.Session()
        if token:
            self.session.headers["Authorization"] = "Bearer " + token
        elif user:
            self.session.auth = (user, password or "")

    @classmethod
    def from_environment(cls, environ: dict | None = None) -> "PartnerGraph":
        """A client configured from PARTNERGRAPH_URL, PARTNERGRAPH_TOKEN or PARTNERGRAPH_USER/PASSWORD."""
        env = os.environ if environ is None else environ
        return cls(url=env.get("PARTNERGRAPH_URL") or DEFAULT_URL, token=env.get("PARTNERGRAPH_TOKEN") or None,
                   user=env.get("PARTNERGRAPH_USER") or None, password=env.get("PARTNERGRAPH_PASSWORD"))

    def __repr__(self) -> str:
        return "PartnerGraph(%r)" % self.url

    # ----------------------------------------------------------------------------------------- HTTP

    @staticmethod
    def _params(filters: dict) -> dict:
        params = {}
        for key, value in filters.items():
            if value is None:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, (list, tuple, set)):
                value = ",".join(str(v) for v in value)
            params[_PARAMETER_NAMES.get(key, key)] = value
        return params

    def _request(self, method: str, path: str, params: dict | None = None, **kwargs) -> requests.Response:
        url = self.url + path
        response = self.session.request(method, url, params=self._params(params or {}), timeout=self.timeout,
                                        **kwargs)
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"detail": response.text[:200] or response.reason}
            raise PartnerGraphError(response.status_code, problem if isinstance(problem, dict) else {}, url)
        return response

    def get(self, path: str, **params) -> Any:
        """GET any endpoint, for what this client has no method for; returns the parsed JSON."""
        return self._request("GET", path, params).json()

    def post(self, path: str, body: Any, **params) -> Any:
        """POST a JSON body to any endpoint; returns the parsed JSON."""
        return self._request("POST", path, params, json=body).json()

    # ----------------------------------------------------------------------------- who am I, network

    def me(self) -> dict:
        """The signed-in account: username, roles and the confidentiality levels it may see."""
        return self.get("/api/v1/me")

    def network(self, **filters) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The filtered network as two tables: organisations (one row each) and links (one row each).

        Filters: country, sector, link_type, theme, as_of, confidentiality."""
        answer = self.get("/api/v1/network", **filters)
        nodes = pd.DataFrame([n["data"] for n in answer.get("nodes", [])],
                             columns=_columns(answer.get("nodes"), ["id", "label", "sector", "countries", "themes"]))
        nodes = nodes.rename(columns={"label": "name"})
        links = pd.DataFrame([e["data"] for e in answer.get("edges", [])],
                             columns=_columns(answer.get("edges"), ["id", "source", "target", "type", "weight"]))
        for column in ("start", "end"):
            if column not in links.columns:
                links[column] = None
            links[column] = pd.to_datetime(links[column], errors="coerce")
        return nodes, links

    def graph(self, **filters):
        """The filtered network as a networkx MultiDiGraph (one edge per link, attributes kept)."""
        import networkx as nx

        nodes, links = self.network(**filters)
        graph = nx.MultiDiGraph()
        for row in nodes.to_dict("records"):
            graph.add_node(row["id"], **{k: v for k, v in row.items() if k != "id"})
        for row in links.to_dict("records"):
            graph.add_edge(row["source"], row["target"], key=row["id"],
                           **{k: v for k, v in row.items() if k not in ("source", "target")})
        return graph

    def stakeholders(self, q: str | None = None, page_size: int = 500, **filters) -> pd.DataFrame:
        """Every stakeholder matching the filters (sector, country, theme) and the search text q, all pages."""
        rows, page = [], 0
        while True:
            answer = self.get("/api/v1/stakeholders", q=q, page=page, size=page_size, **filters)
            rows.extend(answer.get("content", []))
            info = answer.get("page", {})
            page += 1
            if page >= info.get("totalPages", 0):
                break
        return pd.DataFrame(rows, columns=_columns(rows, ["id", "name", "sector", "countries"]))

    def stakeholder(self, stakeholder_id: str) -> dict:
        """One stakeholder with its countries, themes and links."""
        return self.get("/api/v1/stakeholders/" + requests.utils.quote(stakeholder_id, safe=""))

    # ------------------------------------------------------------------------------------ analysis

    def summary(self, **filters) -> dict:
        """Size, density, components, diameter, clustering and sector assortativity of the filtered network."""
        return self.get("/api/v1/analysis/summary", **filters)

    def centrality(self, measure: str = "degree", **options) -> pd.DataFrame:
        """Ranked scores: id, name, sector, score, rank. measure: degree, betweenness, closeness, harmonic,
        pagerank or eigenvector; options: weighted, direction, samples and the network filters."""
        answer = self.get("/api/v1/analysis/centrality", measure=measure, **options)
        return pd.DataFrame(answer["scores"], columns=["id", "name", "sector", "score", "rank"])

    def brokerage(self, group_by: str = "sector", **filters) -> pd.DataFrame:
        """Gould-Fernandez brokerage: one row per organisation with each role's count and its z-score
        (columns ``liaison`` and ``z_liaison`` and so on), largest total first."""
        answer = self.get("/api/v1/analysis/brokerage", group_by=group_by, **filters)
        rows = []
        for node in answer["nodes"]:
            row = {k: v for k, v in node.items() if k != "z"}
            row.update({"z_" + role: z for role, z in (node.get("z") or {}).items()})
            rows.append(row)
        roles = BROKERAGE_ROLES + ["total"]
        columns = ["id", "name", "group"] + roles + ["z_" + r for r in roles]
        return pd.DataFrame(rows, columns=columns)

    def structural_holes(self, **filters) -> tuple[pd.DataFrame, list, list]:
        """Burt's measures per organisation (constraint, effective size, efficiency), the articulation points
        and the bridges (pairs of ids)."""
        answer = self.get("/api/v1/analysis/structural-holes", **filters)
        table = pd.DataFrame(answer["nodes"], columns=["id", "name", "sector", "constraint", "effectiveSize",
                                                       "efficiency"])
        return table, answer.get("articulationPoints", []), [tuple(b) for b in answer.get("bridges", [])]

    def communities(self, **options) -> pd.DataFrame:
        """Leiden communities: one row per organisation with its community number."""
        answer = self.get("/api/v1/analysis/communities", **options)
        rows = [{"id": member, "community": c["id"]} for c in answer["communities"] for member in c["members"]]
        return pd.DataFrame(rows, columns=["id", "community"])

    # ---------------------------------------------------------------------------------------- gaps

    def sector_matrix(self, country: str | Iterable[str] | None = None, threshold: float | None = None,
                      **filters) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Ties between each pair of sectors (one row per pair: from, to, ties, links, possiblePairs, density,
        flagged) and each sector's E-I index (one row per sector)."""
        answer = self.get("/api/v1/gaps/sector-matrix", country=country, threshold=threshold, **filters)
        cells = pd.DataFrame(answer["cells"], columns=["from", "to", "ties", "links", "possiblePairs", "density",
                                                       "flagged", "linksByType"])
        sectors = pd.DataFrame(answer["sectors"], columns=["sector", "stakeholders", "externalTies",
                                                           "internalTies", "eiIndex"])
        return cells, sectors

    def coverage(self, dimension: str = "theme", **filters) -> pd.DataFrame:
        """One row per cell (country x sector, or country x theme x sector) with who covers it; ``covered``
        counts them, and a cell with none is a gap. Target countries come first."""
        answer = self.get("/api/v1/gaps/coverage", dimension=dimension, **filters)
        rows = []
        for cell in answer["cells"]:
            who = cell.get("stakeholders") or []
            rows.append({"country": cell["country"], "target": cell.get("target", False), "theme": cell.get("theme"),
                         "sector": cell["sector"], "covered": len(who),
                         "stakeholders": ", ".join(s["name"] for s in who)})
        return pd.DataFrame(rows, columns=["country", "target", "theme", "sector", "covered", "stakeholders"])

    def unlinked(self, **filters) -> pd.DataFrame:
        """The named missing-tie checks: one row per (check, organisation) found by it."""
        answer = self.get("/api/v1/gaps/unlinked", **filters)
        rows = [{"check": check["name"], "description": check["description"], "id": s["id"], "name": s["name"]}
                for check in answer["checks"] for s in check["stakeholders"]]
        frame = pd.DataFrame(rows, columns=["check", "description", "id", "name"])
        frame.attrs["checks"] = {check["name"]: check["description"] for check in answer["checks"]}
        return frame

    def dependencies(self, **filters) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Single points of failure (who is cut off from the rest if each leaves) and funding concentration
        (each funded organisation's largest funder and its share)."""
        answer = self.get("/api/v1/gaps/dependencies", **filters)
        failures = pd.DataFrame([{"id": p["id"], "name": p["name"], "sector": p.get("sector"),
                                  "cutOff": len(p.get("cutOff", [])),
                                  "cutOffNames": ", ".join(c["name"] for c in p.get("cutOff", []))}
                                 for p in answer.get("singlePointsOfFailure", [])],
                                columns=["id", "name", "sector", "cutOff", "cutOffNames"])
        funding = pd.DataFrame([{"recipient": f["recipient"]["name"], "funders": f["funders"],
                                 "largestFunder": (f.get("largestFunder") or {}).get("name"), "share": f["share"]}
                                for f in answer.get("fundingConcentration", [])],
                               columns=["recipient", "funders", "largestFunder", "share"])
        return failures, funding

    # ------------------------------------------------------------------------------------ bridging

    def opportunities(self, from_: str | Iterable[str] = "JUSTICE", to: str | Iterable[str] = ("CSO", "PRIVATE"),
                      limit: int = 20, **filters) -> pd.DataFrame:
        """Ranked candidate partnerships: who, the score and its parts, the reasons and the introducers."""
        answer = self.get("/api/v1/bridging/opportunities", from_=from_, to=to, limit=limit, **filters)
        rows = []
        for rank, o in enumerate(answer["opportunities"], start=1):
            parts = o.get("components", {})
            rows.append({"rank": rank, "fromId": o["from"]["id"], "from": o["from"]["name"],
                         "fromSector": o["from"]["sector"], "toId": o["to"]["id"], "to": o["to"]["name"],
                         "toSector": o["to"]["sector"], "score": o["score"],
                         **{k: parts.get(k) for k in PARTS},
                         "introducers": ", ".join(i["name"] for i in o.get("introducers", [])),
                         "reasons": "; ".join(o.get("reasons", []))})
        table = pd.DataFrame(rows, columns=["rank", "fromId", "from", "fromSector", "toId", "to", "toSector", "score",
                                            *PARTS, "introducers", "reasons"])
        # How the service weighs each part of the score, for charts of what makes it up.
        table.attrs["weights"] = answer.get("weights", {})
        return table

    def paths(self, from_: str, to: str, max_hops: int | None = None, **filters) -> pd.DataFrame:
        """Introduction paths between two organisations, best first: hops, quality and the chain of names."""
        answer = self.get("/api/v1/bridging/paths", from_=from_, to=to, max_hops=max_hops, **filters)
        rows = [{"hops": p["hops"], "quality": p["quality"], "path": " -> ".join(n["name"] for n in p["nodes"])}
                for p in answer.get("paths", [])]
        return pd.DataFrame(rows, columns=["hops", "quality", "path"])

    def what_if(self, add: Iterable[dict] = (), remove: Iterable[Any] = (), **filters) -> dict:
        """What adding links ({from, to, type}) or removing links (ids, or {from, to, type}) would change;
        nothing is written. The answer as the API gives it, plus three tables: ``overall`` (before, after,
        change), ``unlinkedTable`` and ``centralityTable``."""
        answer = self._request("POST", "/api/v1/bridging/what-if", filters,
                               json={"add": list(add), "remove": list(remove)}).json()
        before, after = answer["before"], answer["after"]
        overall = pd.DataFrame({"before": before, "after": after})
        overall["change"] = overall["after"] - overall["before"]
        answer["overall"] = overall
        unlinked = pd.DataFrame(answer.get("unlinked", []), columns=["name", "description", "before", "after"])
        unlinked["change"] = unlinked["after"] - unlinked["before"]
        answer["unlinkedTable"] = unlinked
        answer["centralityTable"] = pd.DataFrame(answer.get("centrality", []),
                                                 columns=["id", "name", "degreeBefore", "degreeAfter",
                                                          "betweennessBefore", "betweennessAfter"])
        return answer

    # -------------------------------------------------------------------------------------- change

    def diff(self, from_date: str, to_date: str, **filters) -> dict:
        """How the network changed between two dates: ``started`` and ``ended`` links (tables) and the summary
        figures on either date side by side (``summary``: before, after, change)."""
        answer = self.get("/api/v1/network/diff", from_=from_date, to=to_date, **filters)
        columns = ["id", "type", "from", "fromName", "to", "toName", "start", "end"]
        summary = pd.DataFrame({"before": answer["before"], "after": answer["after"]})
        summary["change"] = summary["after"] - summary["before"]
        return {"from": answer["from"], "to": answer["to"],
                "started": pd.DataFrame(answer.get("started", []), columns=columns),
                "ended": pd.DataFrame(answer.get("ended", []), columns=columns),
                "summary": summary}

    # ------------------------------------------------------------------------------ import, export

    def template_workbook(self) -> bytes:
        """The blank XLSX template (sheets 'stakeholders' and 'links'), as bytes."""
        return self._request("GET", "/api/v1/imports/template.xlsx").content

    def import_workbook(self, workbook: bytes, dry_run: bool = True, mode: str = "merge",
                        name: str = "network.xlsx") -> dict:
        """Import an XLSX workbook; by default only a dry run. Returns the report (counts). An invalid file
        raises PartnerGraphError, whose ``errors`` table lists every error by file, row and column."""
        files = {"workbook": (name, workbook,
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")}
        return self._request("POST", "/api/v1/imports", {"dry_run": dry_run, "mode": mode}, files=files).json()

    def import_csv(self, stakeholders: bytes | None, links: bytes | None, dry_run: bool = True,
                   mode: str = "merge") -> dict:
        """Import a CSV pair (stakeholders.csv, links.csv); see import_workbook."""
        files = {}
        if stakeholders is not None:
            files["stakeholders"] = ("stakeholders.csv", stakeholders, "text/csv")
        if links is not None:
            files["links"] = ("links.csv", links, "text/csv")
        return self._request("POST", "/api/v1/imports", {"dry_run": dry_run, "mode": mode}, files=files).json()

    def export(self, name: str) -> bytes:
        """A file of /api/v1/export/: stakeholders.csv, links.csv, network.xlsx, network.graphml, ..."""
        return self._request("GET", "/api/v1/export/" + name).content

    def export_table(self, name: str) -> pd.DataFrame:
        """stakeholders.csv or links.csv of the export, read into a DataFrame."""
        return pd.read_csv(io.BytesIO(self.export(name)), dtype=str, keep_default_na=False)


def _columns(rows: list | None, preferred: list[str]) -> list[str]:
    """The preferred columns first, then any other key the rows carry, in first-seen order."""
    seen = list(preferred)
    for row in rows or []:
        data = row.get("data", row) if isinstance(row, dict) else {}
        for key in data:
            if key not in seen:
                seen.append(key)
    return seen
