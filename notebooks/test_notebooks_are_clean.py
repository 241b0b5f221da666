"""The rule for committed notebooks: no outputs.

A notebook is committed as code and prose only: every code cell with no outputs and no execution
count. Outputs would go stale as the data and the service change, would show one server's data
(which may not be public) on a code host, and would make every re-run a large diff. The executed
copies that CI makes (run_notebooks.py) carry the outputs instead.

To clean a notebook before committing: *Edit > Clear Outputs of All Cells* in Jupyter, then save;
or `jupyter nbconvert --clear-output --inplace notebooks/*.ipynb`.
"""

import json
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOTEBOOKS = sorted(HERE.glob("*.ipynb"))


class CommittedNotebooksTest(unittest.TestCase):

    def test_there_are_the_six_notebooks(self):
        self.assertEqual([n.name[:3] for n in NOTEBOOKS], ["01-", "02-", "03-", "04-", "05-", "06-"])

    def test_no_notebook_carries_outputs(self):
        for path in NOTEBOOKS:
            notebook = json.loads(path.read_text(encoding="utf-8"))
            for number, cell in enumerate(notebook["cells"], start=1):
                if cell["cell_type"] != "code":
                    continue
                with self.subTest(notebook=path.name, cell=number):
                    self.assertEqual(cell.get("outputs"), [], "outputs left in; clear them before committing")
                    self.assertIsNone(cell.get("execution_count"), "execution count left in")

    def test_every_notebook_connects_through_the_environment(self):
        for path in NOTEBOOKS:
            source = "".join("".join(c["source"]) for c in json.loads(path.read_text(encoding="utf-8"))["cells"])
            with self.subTest(notebook=path.name):
                self.assertIn("PartnerGraph.from_environment()", source)
                self.assertNotIn("PARTNERGRAPH_PASSWORD=", source)
                self.assertNotIn("pgt_", source.replace("`pgt_...`", ""))

    def test_every_notebook_runs_on_the_python3_kernel(self):
        for path in NOTEBOOKS:
            with self.subTest(notebook=path.name):
                kernel = json.loads(path.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"]
                self.assertEqual(kernel, "python3")


if __name__ == "__main__":
    unittest.main()
