"""No two files of the program import each other, directly or round a circle.

The contracts in pyproject.toml keep the layers apart; this keeps every file
apart from the files it uses, so each can be read (and changed) after only
the ones below it. Imports made for type checking and inside functions count.
"""

from __future__ import annotations

from graphlib import CycleError, TopologicalSorter

import grimp


def test_no_file_imports_a_file_that_imports_it_back() -> None:
    graph = grimp.build_graph("vaxa_desktop")
    imports = {m: graph.find_modules_directly_imported_by(m) for m in graph.modules}
    try:
        TopologicalSorter(imports).prepare()
    except CycleError as exc:
        circle = " -> ".join(exc.args[1])
        raise AssertionError(f"import cycle: {circle}") from None

