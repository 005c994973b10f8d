"""Lower layers never import higher ones (checked on the source, with ``ast``)."""

from __future__ import annotations

import ast
from pathlib import Path

import copaperu

PACKAGE = Path(copaperu.__file__).parent

# Each module's layer, as ../shared/DESIGN.md and docs/explanation/layers.rst give
# them; a module may import only modules of the same or a lower layer.
LAYER_NAMES = {
    0: "foundation",
    1: "values",
    2: "official results",
    3: "rules",
    4: "formats",
    5: "competition",
    6: "replay",
    7: "data",
    8: "on top",
    9: "facade",
}
LAYERS = {
    "errors": 0,
    "_validators": 0,
    "_extras": 0,
    "_public": 0,
    "_i18n": 0,
    "_score": 1,
    "_rulings": 1,
    "_values": 1,
    "_official": 2,
    "_points": 3,
    "_tiebreak": 3,
    "_tierules": 3,
    "tiebreak": 3,
    "rules": 3,
    "_resolver": 4,
    "_standings": 4,
    "_fast": 4,
    "_vectorised": 4,
    "_knockout": 4,
    "_competition": 5,
    "_replay": 6,
    "competition": 6,
    "_data": 7,
    "_config": 7,
    "io": 7,
    "editions": 7,
    "_render": 8,
    "frames": 8,
    "_words": 8,
    "_demo": 8,
    "strategies": 8,
    "simulate": 8,
    "report": 8,
    "_needs": 8,
    "cli": 8,
    "__main__": 8,
    "__init__": 9,
}


def module_files() -> dict[Path, str]:
    """Each source file and the module it belongs to: ``copaperu.strategies`` is a
    package whose files all belong to it."""
    files = {path: path.stem for path in PACKAGE.glob("*.py")}
    files |= dict.fromkeys((PACKAGE / "strategies").glob("*.py"), "strategies")
    files |= dict.fromkeys((PACKAGE / "editions").glob("*.py"), "editions")
    return files


# A value may put itself in words: its __str__ (or explain()) imports _words when
# called, never when its module is loaded (STYLE.md §11, "words elsewhere"); and
# in a data frame: its to_pandas() (or to_polars()) imports frames when called.
LAZY_CALLERS = {
    "_words": {"__str__", "explain"},
    "frames": {"to_pandas", "to_polars"},
}


def _words_when_called(tree: ast.Module) -> set[int]:
    """The ``from ._words import ...`` statements inside ``__str__`` or ``explain``,
    and the ``from .frames import ...`` inside ``to_pandas`` or ``to_polars``."""
    return {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef)
        for node in ast.walk(function)
        if isinstance(node, ast.ImportFrom)
        and node.level == 1
        and function.name in LAZY_CALLERS.get(node.module or "", set())
    }


def imported_modules(path: Path) -> set[str]:
    """The top-level copaperu modules *path* imports (not those of its own package)."""
    depth = len(path.relative_to(PACKAGE).parts)  # 1: copaperu/x.py; 2: a subpackage
    tree = ast.parse(path.read_text())
    lazy = _words_when_called(tree)
    found = set()
    for node in ast.walk(tree):
        if id(node) in lazy:
            continue
        if isinstance(node, ast.ImportFrom) and node.level == depth:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "copaperu"
        ):
            found.add(
                (node.module or "").split(".")[1]
                if "." in (node.module or "")
                else "__init__"
            )
    return found


def test_every_module_has_a_layer() -> None:
    """A new module must be placed in a layer before it lands."""
    modules = set(module_files().values())

    assert set(LAYERS) == modules


def test_no_module_imports_a_higher_layer() -> None:
    """Values know nothing of rules; rules know nothing of the command line."""
    violations = []
    for path, module in module_files().items():
        for target in imported_modules(path):
            if target in LAYERS and LAYERS[target] > LAYERS[module]:
                violations.append(f"{module} ({path.name}) imports {target}")

    assert [] == violations


def test_private_modules_say_their_layer() -> None:
    """Each private module's docstring begins with its layer, as the test has it."""
    wrong = []
    for path, module in module_files().items():
        if not path.stem.startswith("_") or path.stem in {"__init__", "__main__"}:
            continue
        doc = ast.get_docstring(ast.parse(path.read_text())) or ""
        layer = LAYERS[module]
        if not doc.startswith(f"Layer {layer}, {LAYER_NAMES[layer]}:"):
            wrong.append(f"{path.name}: {doc.splitlines()[0] if doc else '(none)'}")

    assert [] == wrong


def test_no_private_name_crosses_a_module() -> None:
    """A module is private; the names it shares are not (no ``from ._x import _y``)."""
    crossing = [
        f"{path.name} imports {alias.name} from {node.module}"
        for path in module_files()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ImportFrom) and node.level >= 1
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]

    assert [] == crossing


def test_only_strategies_may_import_hypothesis() -> None:
    """The library itself never imports Hypothesis."""
    offenders = [
        path.name
        for path, module in module_files().items()
        if module != "strategies"
        and "hypothesis" in path.read_text()
        and any(
            isinstance(node, ast.Import | ast.ImportFrom)
            and "hypothesis" in ast.dump(node)
            for node in ast.walk(ast.parse(path.read_text()))
        )
    ]

    assert [] == offenders
