"""Tests of partnergraph_client against a small fake service on the loopback address.

    python3 -m unittest discover -s notebooks

The fake answers with documents shaped like the service's (trimmed to a few rows) and records
each request, so the tests check both what the client sends and how it shapes the answers.
"""

import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from partnergraph_client import PartnerGraph, PartnerGraphError

NETWORK = {
    "nodes": [
        {"data": {"id": "kh-moi", "label": "Cambodia Ministry of Interior", "sector": "JUSTICE", "level": "NATIONAL",
                  "countries": ["KH"], "themes": []}},
        {"data": {"id": "asean-act", "label": "ASEAN-ACT", "sector": "PROGRAMME", "acronym": "ASEAN-ACT",
                  "countries": ["KH", "TH"], "themes": ["justice-capacity-building"]}},
    ],
    "edges": [
        {"data": {"id": "asean-act~SUPPORTS~kh-moi", "source": "asean-act", "target": "kh-moi", "type": "SUPPORTS",
                  "weight": 1.0, "start": "2019-01-01"}},
        {"data": {"id": "kh-moi~LEADS~asean-act", "source": "kh-moi", "target": "asean-act", "type": "LEADS",
                  "weight": 1.0}},
    ],
}

ANSWERS = {
    "/api/v1/me": {"username": "analyst", "visible": ["PUBLIC", "INTERNAL"]},
    "/api/v1/network": NETWORK,
    "/api/v1/analysis/centrality": {"measure": "betweenness", "scores": [
        {"id": "asean-act", "name": "ASEAN-ACT", "sector": "PROGRAMME", "score": 0.45, "rank": 1},
        {"id": "kh-moi", "name": "Cambodia Ministry of Interior", "sector": "JUSTICE", "score": 0.0, "rank": 2}]},
    "/api/v1/analysis/brokerage": {"groupBy": "sector", "nodes": [
        {"id": "asean-act", "name": "ASEAN-ACT", "group": "PROGRAMME", "coordinator": 0, "itinerant": 2,
         "gatekeeper": 0, "representative": 1, "liaison": 5, "total": 8,
         "z": {"coordinator": -0.1, "itinerant": 3.0, "representative": 1.0, "gatekeeper": -0.3, "liaison": 9.5,
               "total": 7.0}}]},
    "/api/v1/gaps/sector-matrix": {"country": ["KH"], "threshold": 0.0,
                                   "sectors": [{"sector": "JUSTICE", "stakeholders": 1, "externalTies": 1,
                                                "internalTies": 0, "eiIndex": 1.0}],
                                   "cells": [{"from": "JUSTICE", "to": "CSO", "ties": 0, "links": 0, "linksByType": {},
                                              "possiblePairs": 2, "density": 0.0, "flagged": True}]},
    "/api/v1/gaps/coverage": {"dimension": "sector", "countries": ["KH"], "cells": [
        {"country": "KH", "target": True, "theme": None, "sector": "JUSTICE",
         "stakeholders": [{"id": "kh-moi", "name": "Cambodia Ministry of Interior"}]},
        {"country": "KH", "target": True, "theme": None, "sector": "CSO", "stakeholders": []}]},
    "/api/v1/gaps/unlinked": {"checks": [
        {"name": "justice-without-cso", "description": "Justice agencies with no tie to any CSO",
         "stakeholders": [{"id": "kh-moi", "name": "Cambodia Ministry of Interior"}]},
        {"name": "isolates", "description": "Stakeholders with no tie at all", "stakeholders": []}]},
    "/api/v1/gaps/dependencies": {
        "singlePointsOfFailure": [{"id": "asean-act", "name": "ASEAN-ACT", "sector": "PROGRAMME",
                                   "cutOff": [{"id": "kh-moi", "name": "Cambodia Ministry of Interior"}]}],
        "fundingConcentration": [{"recipient": {"id": "asean-act", "name": "ASEAN-ACT"}, "funders": 1,
                                  "largestFunder": {"id": "dfat", "name": "DFAT"}, "share": 1.0}]},
    "/api/v1/bridging/opportunities": {"opportunities": [
        {"from": {"id": "kh-moi", "name": "Cambodia Ministry of Interior", "sector": "JUSTICE"},
         "to": {"id": "asialink", "name": "Asialink", "sector": "CSO"}, "score": 0.925,
         "components": {"proximity": 1.0, "complementarity": 1.0, "geography": 0.5, "gap": 1.0},
         "reasons": ["1 shared partner(s): ASEAN-ACT", "first CSO tie for Cambodia Ministry of Interior"],
         "introducers": [{"id": "asean-act", "name": "ASEAN-ACT", "sector": "PROGRAMME", "strength": 0.14}]}]},
    "/api/v1/bridging/what-if": {
        "before": {"components": 10, "largestComponent": 44, "fragmentation": 0.47, "flaggedSectorPairs": 30},
        "after": {"components": 10, "largestComponent": 44, "fragmentation": 0.47, "flaggedSectorPairs": 29},
        "unlinked": [{"name": "justice-without-cso", "description": "Justice agencies with no tie to any CSO",
                      "before": 5, "after": 4}],
        "centrality": [{"id": "kh-moi", "name": "Cambodia Ministry of Interior", "degreeBefore": 0.03,
                        "degreeAfter": 0.05, "betweennessBefore": 0.0, "betweennessAfter": 0.001}]},
    "/api/v1/network/diff": {
        "from": "2018-12-31", "to": "2021-12-31",
        "started": [{"id": "dfat~FUNDS~asean-act", "type": "FUNDS", "from": "dfat", "fromName": "DFAT",
                     "to": "asean-act", "toName": "ASEAN-ACT", "start": "2019-01-01", "end": "2028-12-31"}],
        "ended": [],
        "before": {"nodes": 61, "links": 72}, "after": {"nodes": 61, "links": 74}},
}


class FakeService(BaseHTTPRequestHandler):
    """Answers GETs and POSTs from ANSWERS; records every request on the server."""

    def log_message(self, *args):
        pass

    def _answer(self):
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.requests.append({"method": self.command, "path": url.path, "query": parse_qs(url.query),
                                     "headers": dict(self.headers), "body": body})
        if url.path == "/api/v1/stakeholders":
            page = int(parse_qs(url.query)["page"][0])
            document = {"content": [{"id": "s%d" % page, "name": "Stakeholder %d" % page, "sector": "CSO"}],
                        "page": {"size": 1, "number": page, "totalElements": 3, "totalPages": 3}}
            return self._send(200, "application/json", json.dumps(document).encode())
        if url.path == "/api/v1/imports":
            problem = {"type": "urn:partnergraph:problem:import-rejected", "title": "Import rejected", "status": 422,
                       "detail": "1 error(s) in the import; nothing was written",
                       "errors": [{"file": "x.xlsx#stakeholders", "row": 2, "column": "sector",
                                   "message": "'NGO' is not one of [...]"}]}
            return self._send(422, "application/problem+json", json.dumps(problem).encode())
        if url.path not in ANSWERS:
            problem = {"title": "Not Found", "status": 404, "detail": "No static resource %s." % url.path}
            return self._send(404, "application/problem+json", json.dumps(problem).encode())
        self._send(200, "application/json", json.dumps(ANSWERS[url.path]).encode())

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer


class ClientTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), FakeService)
        cls.server.requests = []
        cls.thread = threading.Thread(target=cls.server.serve_forever, daemon=True)
        cls.thread.start()
        cls.url = "http://127.0.0.1:%d" % cls.server.server_address[1]

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def setUp(self):
        self.server.requests.clear()
        self.client = PartnerGraph(url=self.url + "/", token="pgt_secret")

    def last_request(self):
        return self.server.requests[-1]

    # connection ------------------------------------------------------------------------------------

    def test_configures_itself_from_the_environment(self):
        client = PartnerGraph.from_environment({"PARTNERGRAPH_URL": self.url, "PARTNERGRAPH_TOKEN": "pgt_x"})
        self.assertEqual(client.url, self.url)
        client.me()
        self.assertEqual(self.last_request()["headers"]["Authorization"], "Bearer pgt_x")

    def test_prefers_the_token_to_a_password(self):
        client = PartnerGraph.from_environment({"PARTNERGRAPH_URL": self.url, "PARTNERGRAPH_TOKEN": "pgt_x",
                                                "PARTNERGRAPH_USER": "maria", "PARTNERGRAPH_PASSWORD": "pw"})
        client.me()
        self.assertEqual(self.last_request()["headers"]["Authorization"], "Bearer pgt_x")

    def test_signs_in_with_user_and_password_without_a_token(self):
        client = PartnerGraph.from_environment({"PARTNERGRAPH_URL": self.url, "PARTNERGRAPH_USER": "maria",
                                                "PARTNERGRAPH_PASSWORD": "pw"})
        client.me()
        self.assertEqual(self.last_request()["headers"]["Authorization"], "Basic bWFyaWE6cHc=")

    def test_defaults_to_a_local_service(self):
        client = PartnerGraph.from_environment({})
        self.assertEqual(client.url, "http://localhost:8080")
        self.assertNotIn("Authorization", client.session.headers)
        self.assertIsNone(client.session.auth)

    # what it sends -----------------------------------------------------------------------------------

    def test_sends_filters_in_the_api_spelling_lists_comma_separated(self):
        self.client.network(country=["KH", "TH"], link_type="FUNDS", as_of="2020-12-31", sector=None)
        query = self.last_request()["query"]
        self.assertEqual(query, {"country": ["KH,TH"], "linkType": ["FUNDS"], "asOf": ["2020-12-31"]})

    def test_sends_booleans_as_the_api_reads_them(self):
        self.client.centrality("degree", weighted=True)
        self.assertEqual(self.last_request()["query"]["weighted"], ["true"])

    def test_posts_what_if_proposals_as_json_with_filters_as_parameters(self):
        self.client.what_if(add=[{"from": "a", "to": "b", "type": "COLLABORATES"}], remove=["x"], country="KH")
        request = self.last_request()
        self.assertEqual(request["method"], "POST")
        self.assertEqual(request["query"], {"country": ["KH"]})
        self.assertEqual(json.loads(request["body"]),
                         {"add": [{"from": "a", "to": "b", "type": "COLLABORATES"}], "remove": ["x"]})

    # what it returns -----------------------------------------------------------------------------------

    def test_network_gives_one_row_per_organisation_and_per_link(self):
        nodes, links = self.client.network()
        self.assertEqual(list(nodes["id"]), ["kh-moi", "asean-act"])
        self.assertEqual(nodes.loc[1, "name"], "ASEAN-ACT")
        self.assertIn("acronym", nodes.columns)
        self.assertEqual(len(links), 2)
        self.assertEqual(links.loc[0, "start"].year, 2019)
        self.assertTrue(links["end"].isna().all())

    def test_graph_keeps_every_link_and_its_attributes(self):
        graph = self.client.graph()
        self.assertEqual(graph.number_of_nodes(), 2)
        self.assertEqual(graph.number_of_edges(), 2)
        self.assertEqual(graph.nodes["kh-moi"]["sector"], "JUSTICE")
        self.assertEqual(graph.edges["asean-act", "kh-moi", "asean-act~SUPPORTS~kh-moi"]["type"], "SUPPORTS")

    def test_stakeholders_reads_every_page(self):
        table = self.client.stakeholders(page_size=1, sector="CSO")
        self.assertEqual(list(table["id"]), ["s0", "s1", "s2"])
        self.assertEqual(len(self.server.requests), 3)
        self.assertEqual(self.server.requests[0]["query"]["sector"], ["CSO"])

    def test_centrality_is_a_ranked_table(self):
        table = self.client.centrality("betweenness")
        self.assertEqual(list(table.columns), ["id", "name", "sector", "score", "rank"])
        self.assertEqual(table.iloc[0]["id"], "asean-act")
        self.assertEqual(self.last_request()["query"]["measure"], ["betweenness"])

    def test_brokerage_puts_each_z_score_beside_its_count(self):
        table = self.client.brokerage(group_by="sector")
        self.assertEqual(self.last_request()["query"]["groupBy"], ["sector"])
        row = table.iloc[0]
        self.assertEqual(row["liaison"], 5)
        self.assertEqual(row["z_liaison"], 9.5)
        self.assertEqual(row["z_total"], 7.0)

    def test_sector_matrix_gives_cells_and_sectors(self):
        cells, sectors = self.client.sector_matrix(country="KH")
        self.assertTrue(cells.iloc[0]["flagged"])
        self.assertEqual(sectors.iloc[0]["eiIndex"], 1.0)

    def test_coverage_counts_who_covers_each_cell(self):
        table = self.client.coverage(dimension="sector")
        self.assertEqual(list(table["covered"]), [1, 0])
        self.assertEqual(table.iloc[0]["stakeholders"], "Cambodia Ministry of Interior")

    def test_unlinked_lists_each_finding_and_keeps_every_check(self):
        table = self.client.unlinked()
        self.assertEqual(list(table["check"]), ["justice-without-cso"])
        self.assertEqual(set(table.attrs["checks"]), {"justice-without-cso", "isolates"})

    def test_dependencies_count_who_is_cut_off(self):
        failures, funding = self.client.dependencies()
        self.assertEqual(failures.iloc[0]["cutOff"], 1)
        self.assertEqual(funding.iloc[0]["largestFunder"], "DFAT")

    def test_opportunities_carry_introducers_and_reasons(self):
        table = self.client.opportunities(from_="JUSTICE", to=["CSO", "PRIVATE"], limit=5)
        self.assertEqual(self.last_request()["query"], {"from": ["JUSTICE"], "to": ["CSO,PRIVATE"], "limit": ["5"]})
        row = table.iloc[0]
        self.assertEqual((row["rank"], row["fromId"], row["toId"]), (1, "kh-moi", "asialink"))
        self.assertEqual(row["introducers"], "ASEAN-ACT")
        self.assertIn("first CSO tie", row["reasons"])

    def test_what_if_adds_tables_of_the_changes(self):
        answer = self.client.what_if(add=[{"from": "kh-moi", "to": "asialink", "type": "COLLABORATES"}])
        self.assertEqual(answer["overall"].loc["flaggedSectorPairs", "change"], -1)
        self.assertEqual(answer["unlinkedTable"].iloc[0]["change"], -1)
        self.assertEqual(answer["centralityTable"].iloc[0]["degreeAfter"], 0.05)

    def test_diff_gives_started_and_ended_links_and_the_summary_either_side(self):
        change = self.client.diff("2018-12-31", "2021-12-31")
        self.assertEqual(self.last_request()["query"], {"from": ["2018-12-31"], "to": ["2021-12-31"]})
        self.assertEqual(len(change["started"]), 1)
        self.assertTrue(change["ended"].empty)
        self.assertEqual(change["summary"].loc["links", "change"], 2)

    # errors ----------------------------------------------------------------------------------------------

    def test_raises_the_problem_detail_of_an_error(self):
        with self.assertRaises(PartnerGraphError) as raised:
            self.client.get("/api/v1/nothing-here")
        self.assertEqual(raised.exception.status, 404)
        self.assertIn("No static resource", str(raised.exception))

    def test_a_rejected_import_lists_its_errors_as_a_table(self):
        with self.assertRaises(PartnerGraphError) as raised:
            self.client.import_workbook(b"not really a workbook", dry_run=True)
        request = self.last_request()
        self.assertEqual(request["query"], {"dryRun": ["true"], "mode": ["merge"]})
        self.assertIn(b'name="workbook"', request["body"])
        errors = raised.exception.errors
        self.assertEqual(list(errors.columns), ["file", "row", "column", "message"])
        self.assertEqual(errors.iloc[0]["row"], 2)


if __name__ == "__main__":
    unittest.main()
