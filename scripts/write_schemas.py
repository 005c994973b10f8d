"""Write the JSON Schemas shipped with copaperu, from the model (run after a change).

    python scripts/write_schemas.py

tests/unit/test_data.py fails while a shipped schema differs from the model's.
"""

from __future__ import annotations

import json
from pathlib import Path

import copaperu as cp

SCHEMAS = Path(cp.__file__).parent / "schemas"

if __name__ == "__main__":
    for name, cls in {"edition": cp.competition.Edition}.items():
        text = json.dumps(cp.json_schema(cls), indent=2, ensure_ascii=False) + "\n"
        (SCHEMAS / f"{name}.schema.json").write_text(text, encoding="utf-8")
