"""Write the JSON Schemas shipped with copaperu, from the model (run after a change).

    python scripts/write_schemas.py

One schema for edition files, and one for the JSON each command prints with
``--format json`` (``copaperu.cli.JSON_OUTPUT``): the replay's result, a group's
table, the check and the list of editions. tests/unit/test_data.py and
tests/unit/test_result_data.py fail while a shipped schema differs from the model's.
"""

from __future__ import annotations

import json
from pathlib import Path

import copaperu as cp
from copaperu.cli import JSON_OUTPUT

SCHEMAS = Path(cp.__file__).parent / "schemas"

FILES: dict[str, type] = {
    "edition": cp.competition.Edition,
    "result": JSON_OUTPUT["replay"],
    "group-result": JSON_OUTPUT["table"],
    "check": JSON_OUTPUT["check"],
    "editions": JSON_OUTPUT["editions"],
    "simulation": JSON_OUTPUT["simulate"],
    "needs": JSON_OUTPUT["needs"],
}
"""Each shipped schema's file name (before ``.schema.json``) and its class."""

if __name__ == "__main__":
    for name, cls in FILES.items():
        text = json.dumps(cp.json_schema(cls), indent=2, ensure_ascii=False) + "\n"
        (SCHEMAS / f"{name}.schema.json").write_text(text, encoding="utf-8")
