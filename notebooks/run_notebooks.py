#!/usr/bin/env python3
"""Runs every notebook of this folder top to bottom against a PartnerGraph service, as CI does.

    PARTNERGRAPH_URL=http://localhost:8080 PARTNERGRAPH_TOKEN=pgt_... python3 run_notebooks.py --out executed/

Each notebook runs in a fresh Python kernel with the folder as its working directory, so it
connects through the same environment variables as on a laptop. The executed copies (with their
tables and pictures) are written to --out; the committed notebooks are never touched.

So that a notebook which runs without error but shows nothing cannot pass, the run also:
- counts the pictures each notebook drew and fails when there are fewer than it should draw;
- reads a few key figures from each notebook's own variables (after its last cell, in the same
  kernel) and writes them to figures.json in --out, where the project's test compares them with
  the API's answers.

Exit status 0 when every notebook ran and drew its pictures, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = Path(__file__).resolve().parent

# Per notebook: the fewest pictures it must draw, and the figures read from its variables. The
# figures are Python expressions evaluated in the notebook's kernel after its last cell.
CHECKS = {
    "01-explore-the-network.ipynb": {
        "pictures": 4,
        "figures": {
            "organisations": "len(nodes)",
            "links": "len(links)",
            "country": "COUNTRY",
            "country_organisations": "country_graph.number_of_nodes()",
            "links_alive_by_year": "{str(k): int(v) for k, v in alive_by_year.sum(axis=1).items()}",
        },
    },
    "02-who-is-central.ipynb": {
        "pictures": 3,
        "figures": {
            "top_betweenness": "central['betweenness'].idxmax()",
            "top_liaison": "brokers.sort_values('liaison', ascending=False).iloc[0]['id']",
            "countries_compared": "int(country_leaders['country'].nunique())",
        },
    },
    "03-gap-analysis.ipynb": {
        "pictures": 3,
        "figures": {
            "flagged_pairs_by_country": "{k: int(v) for k, v in flagged_by_country.items()}",
            "uncovered_sector_cells": "int((sector_grid == 0).sum().sum())",
            "justice_without_cso": "int((checks['check'] == 'justice-without-cso').sum())",
            "single_points_of_failure": "len(failures)",
        },
    },
    "04-bridging.ipynb": {
        "pictures": 2,
        "figures": {
            "shortlist": "len(shortlist)",
            "top_pair": "[shortlist.iloc[0]['fromId'], shortlist.iloc[0]['toId']]",
            "combined_flagged_after": "int(combined['overall'].loc['flaggedSectorPairs', 'after'])",
            "exit_components_after": "int(exit_scenario['overall'].loc['components', 'after'])",
        },
    },
    "05-bring-your-own-data.ipynb": {
        # It imports (and then puts the network back), so it runs alone, after the others.
        "writes": True,
        "pictures": 1,
        "figures": {
            "errors_found": "len(first_errors)",
            "stakeholders_created": "int(final_report['stakeholdersCreated'])",
            "links_created": "int(final_report['linksCreated'])",
            "organisations_after_import": "int(after['nodes'])",
            "organisations_at_the_end": "int(pg.summary()['nodes'])",
        },
    },
    "06-change-over-time.ipynb": {
        "pictures": 2,
        "figures": {
            "links_by_year": "{str(k): int(v) for k, v in by_year['links'].items()}",
            "diff_started": "len(change['started'])",
            "diff_ended": "len(change['ended'])",
        },
    },
}

PROBE_TAG = "partnergraph-figures"


def probe_cell(figures: dict) -> nbformat.NotebookNode:
    body = ",\n".join("    %r: %s" % (name, expression) for name, expression in figures.items())
    source = "import json as _json\nprint(_json.dumps({\n%s\n}, default=str))" % body
    return nbformat.v4.new_code_cell(source, metadata={"tags": [PROBE_TAG]})


def count_pictures(notebook) -> int:
    return sum(1 for cell in notebook.cells if cell.cell_type == "code"
               for output in cell.get("outputs", []) if "image/png" in output.get("data", {}))


def run(path: Path, out: Path, timeout: int) -> tuple[bool, dict, str]:
    """Executes one notebook; returns (passed, figures, message)."""
    checks = CHECKS.get(path.name, {"pictures": 0, "figures": {}})
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(probe_cell(checks["figures"]))
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    figures, message, passed = {}, "", True
    try:
        client.execute()
    except CellExecutionError as error:
        # The error carries the cell's source and a coloured traceback: keep the end, without colours.
        lines = re.sub(r"\x1b\[[0-9;]*m", "", str(error)).strip().splitlines()
        passed, message = False, "a cell failed:\n    " + "\n    ".join(lines[-25:])
    probe = notebook.cells.pop()
    if passed:
        text = "".join(o.get("text", "") for o in probe.get("outputs", []) if o.get("output_type") == "stream")
        try:
            figures = json.loads(text.strip().splitlines()[-1])
        except (ValueError, IndexError):
            passed, message = False, "could not read its figures: %r" % text[:500]
    pictures = count_pictures(notebook)
    figures["pictures"] = pictures
    if passed and pictures < checks["pictures"]:
        passed, message = False, "drew %d picture(s), fewer than the %d it should" % (pictures, checks["pictures"])
    out.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, out / path.name)
    return passed, figures, message


def timed_run(path: Path, out: Path, timeout: int) -> tuple[bool, dict, str, float]:
    started = time.monotonic()
    passed, figures, message = run(path, out, timeout)
    return passed, figures, message, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "executed", help="where executed copies go")
    parser.add_argument("--timeout", type=int, default=300, help="seconds one cell may take")
    parser.add_argument("--jobs", type=int, default=2, help="notebooks run at once (those that only read)")
    parser.add_argument("names", nargs="*", help="run only these notebooks (default: all)")
    options = parser.parse_args(argv)

    notebooks = sorted(HERE.glob("[0-9][0-9]-*.ipynb"))
    if options.names:
        notebooks = [n for n in notebooks if n.name in options.names or n.stem in options.names]
    missing = sorted(set(CHECKS) - {n.name for n in HERE.glob("[0-9][0-9]-*.ipynb")})
    if missing and not options.names:
        print("checked notebooks not found: %s" % ", ".join(missing))
        return 1

    # Say once, plainly, when the service cannot be reached, rather than once per notebook.
    sys.path.insert(0, str(HERE))
    from partnergraph_client import PartnerGraph, PartnerGraphError
    client = PartnerGraph.from_environment()
    try:
        account = client.me()
    except (OSError, PartnerGraphError) as error:
        print("cannot use the service at %s: %s" % (client.url, error))
        return 1
    print("running %d notebook(s) against %s as %s" % (len(notebooks), client.url, account.get("username")))
    # The kernel's debugger warns about frozen modules on every start; it is noise here.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")

    options.out.mkdir(parents=True, exist_ok=True)
    results, all_figures = [], {}

    def report(path, passed, figures, message, seconds):
        all_figures[path.name] = figures
        results.append(passed)
        print("%-34s %s in %5.1f s, %d picture(s)%s" % (path.name, "ok    " if passed else "FAILED", seconds,
                                                      figures.get("pictures", 0), "" if passed else ": " + message),
              flush=True)

    # Notebooks that only read run side by side (each kernel spends seconds importing pandas and
    # matplotlib); one that writes runs alone afterwards, so no other sees the network mid-change.
    readers = [n for n in notebooks if not CHECKS.get(n.name, {}).get("writes")]
    writers = [n for n in notebooks if CHECKS.get(n.name, {}).get("writes")]
    with ProcessPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = {pool.submit(timed_run, path, options.out, options.timeout): path for path in readers}
        for future in as_completed(futures):
            report(futures[future], *future.result())
    for path in writers:
        report(path, *timed_run(path, options.out, options.timeout))
    (options.out / "figures.json").write_text(json.dumps(all_figures, indent=2, sort_keys=True) + "\n")
    print("notebooks: %d passed, %d failed" % (results.count(True), results.count(False)))
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
