"""The public API: what ``copaperu`` exports, documents and promises."""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import itertools
import posixpath
import types
import typing
import warnings
from pathlib import Path

import pytest
from sphinx.cmd.build import build_main
from sphinx.util.inventory import InventoryFile

import copaperu
from copaperu import (
    competition,
    editions,
    frames,
    io,
    report,
    rules,
    simulate,
    strategies,
    tiebreak,
)

DOCS = Path(__file__).parent.parent / "docs"
SUBMODULES = {
    "competition": competition,
    "editions": editions,
    "frames": frames,
    "io": io,
    "report": report,
    "rules": rules,
    "simulate": simulate,
    "tiebreak": tiebreak,
}
PUBLIC_MODULES = [
    copaperu,
    competition,
    editions,
    frames,
    io,
    rules,
    simulate,
    strategies,
    tiebreak,
]
# Type aliases: their values are str or a Union, not classes or functions.
ALIASES = {"Entrant", "Row", "Ruling", "TeamId", "Tiebreaker"}
FACADE_ALIASES = {"Row", "Ruling", "TeamId"}
SOURCES = "\n".join(
    path.read_text() for path in Path(copaperu.__file__).parent.glob("*.py")
)


def public_names(module: types.ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and getattr(value, "__module__", module.__name__).startswith("copaperu")
        and name not in {"annotations"}
    }


def test_all_is_sorted_and_complete() -> None:
    """``__all__`` lists every public name of the facade, sorted, and nothing else."""
    exported = set(copaperu.__all__)
    defined = public_names(copaperu) | set(SUBMODULES) | FACADE_ALIASES

    assert sorted(copaperu.__all__) == copaperu.__all__
    assert defined == exported


def test_competition_exports_every_name_it_holds() -> None:
    """``copaperu.competition`` is the edition model and the replay's results, all
    exported; none of them is also at the top level (one place for each name)."""
    exported = set(competition.__all__)

    assert sorted(competition.__all__) == competition.__all__
    assert public_names(competition) | {"Entrant"} == exported
    assert set() == exported & set(copaperu.__all__)


def test_criterion_classes_live_in_tiebreak_only() -> None:
    """The criterion classes sit beside their factories in ``copaperu.tiebreak``."""
    classes = {
        name for name in tiebreak.__all__ if isinstance(getattr(tiebreak, name), type)
    }

    assert {"Statistic", "HeadToHead", "FairPlay", "Ranking", "Criterion"} <= classes
    assert set() == classes & set(copaperu.__all__)
    assert "copaperu.tiebreak" == tiebreak.Statistic.__module__


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_every_public_name_has_a_docstring_with_an_example(
    module: types.ModuleType,
) -> None:
    """Each name in ``__all__`` has a docstring with a ``>>>`` example."""
    missing = []
    for name in module.__all__:
        value = getattr(module, name)
        if isinstance(value, types.ModuleType):
            doc = value.__doc__ or ""
        elif name in ALIASES:
            doc = _attribute_docstring(name)
        elif isinstance(value, type | types.FunctionType):
            doc = inspect.getdoc(value) or ""
        else:
            doc = _attribute_docstring(name)
        if ">>>" not in doc:
            missing.append(name)

    assert [] == missing


def _attribute_docstring(name: str) -> str:
    """The string literal that follows ``name = ...`` in copaperu's sources."""
    source = SOURCES
    marker = f"\n{name} = "
    start = source.find(marker)
    if start < 0:
        marker = f"\n{name}: TypeAlias"
        start = source.find(marker)
    if start < 0:
        return ""
    doc_start = source.find('"""', start)
    next_assignment = source.find("\n\n\n", start)
    if doc_start < 0 or (0 <= next_assignment < doc_start):
        return ""
    return source[doc_start : source.find('"""', doc_start + 3)]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """Every Python object the built HTML docs document, by full name.

    The docs are built here (a few seconds) and read back from Sphinx's own
    inventory, ``objects.inv``: what it lists is what a reader can look up.
    """
    out = tmp_path_factory.mktemp("html")
    doctrees = out / ".doctrees"
    with warnings.catch_warnings():
        # Sphinx's own napoleon uses interfaces Sphinx deprecates: not ours to fix.
        # sphinx-build -W, in scripts/test, still fails on any warning of the docs.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", PendingDeprecationWarning)
        status = build_main(
            ["-q", "-b", "html", "-d", str(doctrees), str(DOCS), str(out)]
        )
    assert 0 == status
    with (out / "objects.inv").open("rb") as stream:
        inventory = InventoryFile.load(stream, "", posixpath.join)
    return {
        name
        for domain, entries in inventory.items()
        if domain.startswith("py:")
        for name in entries
    }


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_every_public_name_appears_in_the_built_reference(
    module: types.ModuleType, reference: set[str]
) -> None:
    """Every name in ``__all__`` has an entry in the built API reference."""
    missing = [
        name for name in module.__all__ if f"{module.__name__}.{name}" not in reference
    ]

    assert [] == missing


@pytest.mark.parametrize(
    "module", [copaperu, competition, io, tiebreak], ids=lambda m: m.__name__
)
def test_public_classes_are_final_and_report_their_public_module(
    module: types.ModuleType,
) -> None:
    """Concrete public classes are ``@final`` and say they live where users import
    them (``copaperu``, ``copaperu.competition``, ``copaperu.tiebreak``)."""
    not_final = []
    wrong_module = []
    for name in module.__all__:
        value = getattr(module, name)
        if not isinstance(value, type) or name in ALIASES:
            continue
        if value.__module__ not in {module.__name__, "copaperu.errors"}:
            wrong_module.append(name)
        is_exception = issubclass(value, Exception)
        is_enum = issubclass(value, __import__("enum").Enum)
        if not is_exception and not is_enum and not getattr(value, "__final__", False):
            not_final.append(name)

    assert [] == not_final
    assert [] == wrong_module


def test_importing_copaperu_does_not_import_hypothesis() -> None:
    """``import copaperu`` stays light: Hypothesis comes only with the strategies extra."""
    import subprocess
    import sys

    code = "import sys, copaperu, copaperu.cli; print('hypothesis' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert "False" == out.stdout.strip()


def test_type_aliases_are_exported() -> None:
    """TeamId and Tiebreaker are usable in user annotations."""
    assert str is copaperu.TeamId
    assert copaperu.tiebreak.Statistic in typing.get_args(copaperu.tiebreak.Tiebreaker)


def _attribute_docstrings() -> list[tuple[str, str, str]]:
    """(module, name, docstring) of every ``NAME = ...`` followed by a docstring.

    Doctest collects only the docstrings of modules, classes and functions; the
    ones Sphinx shows for constants and type aliases (the presets, ``TeamId``)
    are string literals after an assignment, found here with :mod:`ast`.
    """
    found = []
    for path in sorted(Path(copaperu.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        relative = path.relative_to(Path(copaperu.__file__).parent.parent)
        module = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        body = tree.body
        for statement, after in itertools.pairwise(body):
            target = None
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
            elif isinstance(statement, ast.AnnAssign):
                target = statement.target
            if (
                isinstance(target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
                and ">>>" in after.value.value
            ):
                found.append((module, target.id, after.value.value))
    return found


ATTRIBUTE_DOCSTRINGS = _attribute_docstrings()


@pytest.mark.parametrize(
    ("module", "name", "docstring"),
    ATTRIBUTE_DOCSTRINGS,
    ids=[f"{module}.{name}" for module, name, _ in ATTRIBUTE_DOCSTRINGS],
)
def test_attribute_docstring_examples_run(
    module: str, name: str, docstring: str
) -> None:
    """The examples in the docstrings of constants and aliases give their output."""
    namespace = dict(vars(importlib.import_module(module)))
    test = doctest.DocTestParser().get_doctest(
        docstring, namespace, f"{module}.{name}", None, 0
    )
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=report.append)

    assert (0, True) == (runner.failures, runner.tries > 0), "".join(report)


def test_attribute_docstrings_are_found() -> None:
    """The presets are among the constants whose examples run."""
    names = {name for _, name, _ in ATTRIBUTE_DOCSTRINGS}

    assert {"FIFA_WORLD_CUP_2018", "UEFA_EURO_2024", "TeamId"} <= names


@pytest.mark.parametrize(
    "module",
    [*PUBLIC_MODULES, copaperu.errors],
    ids=lambda m: m.__name__,
)
def test_type_hints_resolve_on_every_public_name(module: types.ModuleType) -> None:
    """``typing.get_type_hints`` works on every public class and function.

    cattrs, ``attrs.resolve_types`` and users' own tools read the hints; the
    ``__module__`` rewrite to ``copaperu`` once broke them (``datetime`` unknown).
    """
    failed = {}
    for name in module.__all__:
        value = getattr(module, name)
        if isinstance(value, type | types.FunctionType):
            try:
                typing.get_type_hints(value)
            except NameError as exc:
                failed[name] = str(exc)

    assert {} == failed
