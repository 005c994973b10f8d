"""Packaging: the metadata people install from, the pins CI tests with, and the
clear error a missing optional dependency gives.

scripts/check_dist builds the sdist and the wheel and smoke-tests the wheel in a
fresh environment; these tests check what that relies on, from the sources.
"""

from __future__ import annotations

import ast
import importlib
import io
import pickle
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

import copaperu as cp
from copaperu import simulate
from copaperu._extras import MissingExtraError, require
from copaperu.cli import main

ROOT = Path(__file__).parent.parent.parent
PACKAGE = Path(cp.__file__).parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
EXTRAS: dict[str, list[str]] = PROJECT["optional-dependencies"]
# The optional dependencies, by top-level module: what the extras users install
# bring (not the test and bench extras, which only the checks use).
OPTIONAL = {
    canonicalize_name(Requirement(text).name).replace("-", "_")
    for extra, texts in EXTRAS.items()
    if extra not in {"test", "bench"}
    for text in texts
}
# Hypothesis's own plugin hook runs only once Hypothesis is imported.
CALLED_BY_HYPOTHESIS = {"_hypothesis_setup_hook"}


def _constraints() -> dict[str, Version]:
    """constraints.txt: each pinned distribution (canonical name) and its version."""
    pins: dict[str, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = Requirement(line)
        (spec,) = requirement.specifier
        assert "==" == spec.operator, line
        pins[canonicalize_name(requirement.name)] = Version(spec.version)
    return pins


def _requirements() -> list[tuple[str, Requirement]]:
    """Every requirement of the metadata: (where it is, the requirement)."""
    found = [("dependencies", Requirement(text)) for text in PROJECT["dependencies"]]
    for extra, texts in EXTRAS.items():
        found += [(f"[{extra}]", Requirement(text)) for text in texts]
    return found


# Metadata ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "requirement"), _requirements(), ids=lambda value: str(value)
)
def test_the_metadata_gives_ranges_not_pins(
    where: str, requirement: Requirement
) -> None:
    """Dependencies and extras ship in the wheel: a lower bound each, never ``==``."""
    operators = {spec.operator for spec in requirement.specifier}

    assert ">=" in operators, f"{where} {requirement}"
    assert operators <= {">=", "<", "!="}, f"{where} {requirement}"


def test_every_requirement_is_pinned_in_the_constraints_within_its_range() -> None:
    """What the tests install is pinned in constraints.txt, and the pin satisfies
    the range the metadata gives (else pip could not install both)."""
    pins = _constraints()
    unpinned = []
    outside = []
    for where, requirement in _requirements():
        name = canonicalize_name(requirement.name)
        if name not in pins:
            unpinned.append(f"{where} {requirement}")
        elif pins[name] not in requirement.specifier:
            outside.append(f"{where} {requirement}: pinned {pins[name]}")

    assert [] == unpinned
    assert [] == outside


def test_the_test_extra_has_the_packaging_tools_and_babel() -> None:
    """scripts/check_dist needs build, twine and hatchling; the message catalogues Babel."""
    names = {canonicalize_name(Requirement(text).name) for text in EXTRAS["test"]}

    assert {
        "babel",
        "build",
        "hatchling",
        "twine",
        "pytest",
        "pytest-benchmark",
    } <= names
    assert {"pytest", "pytest-benchmark"} == {
        canonicalize_name(Requirement(text).name) for text in EXTRAS["bench"]
    }


def test_the_build_backend_reads_license_files() -> None:
    """``license-files`` (PEP 639) needs hatchling 1.27 or later."""
    (backend,) = map(Requirement, PYPROJECT["build-system"]["requires"])

    assert "hatchling" == backend.name
    assert not backend.specifier.contains("1.26")
    assert backend.specifier.contains(str(_constraints()["hatchling"]))


def test_license_is_mit_in_the_repository_and_the_metadata() -> None:
    """LICENSE is the MIT licence; the metadata says MIT as an SPDX expression and
    ships the file (in the wheel and the sdist: scripts/check_dist looks)."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")

    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 copaperu developers" in text
    assert "MIT" == PROJECT["license"]
    assert ["LICENSE"] == PROJECT["license-files"]


def test_no_license_classifier_next_to_the_expression() -> None:
    """PEP 639 deprecates ``License ::`` classifiers in favour of ``license``."""
    assert [] == [c for c in PROJECT["classifiers"] if c.startswith("License ::")]


def _python_classifiers() -> list[Version]:
    prefix = "Programming Language :: Python :: 3."
    return sorted(
        Version("3." + c.removeprefix(prefix))
        for c in PROJECT["classifiers"]
        if c.startswith(prefix) and c.removeprefix(prefix).isdigit()
    )


def test_classifiers_cover_requires_python_from_its_floor() -> None:
    """One classifier per Python from the floor of requires-python up, no gap,
    each allowed by requires-python."""
    requires = SpecifierSet(PROJECT["requires-python"])
    versions = _python_classifiers()
    floor = min(Version(spec.version) for spec in requires if spec.operator == ">=")

    assert floor == versions[0]
    assert [f"3.{v.minor}" for v in versions] == [
        f"3.{minor}" for minor in range(versions[0].minor, versions[-1].minor + 1)
    ]
    assert all(requires.contains(str(v)) for v in versions)


def test_the_python_running_the_tests_has_a_classifier() -> None:
    """The suite passes here: this Python is one the classifiers claim."""
    running = Version(f"{sys.version_info.major}.{sys.version_info.minor}")

    assert running in _python_classifiers()


def test_the_other_classifiers_people_filter_on() -> None:
    classifiers = set(PROJECT["classifiers"])

    assert {"Operating System :: OS Independent", "Typing :: Typed"} <= classifiers
    assert any(c.startswith("Topic :: ") for c in classifiers)
    assert (PACKAGE / "py.typed").is_file()


def test_project_urls_share_one_home() -> None:
    """Homepage, docs, source, issues and changelog: https, under one repository."""
    urls = PROJECT["urls"]
    home = urls["Homepage"]

    assert {"Homepage", "Documentation", "Source", "Issues", "Changelog"} <= set(urls)
    assert all(
        url.startswith(home) and url.startswith("https://") for url in urls.values()
    )


def test_every_extra_the_docs_name_exists() -> None:
    """``copaperu[x]`` and ``".[x]"`` in the README, the docs and the sources
    name extras pyproject.toml defines."""
    texts = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.rst"))]
    texts += sorted(PACKAGE.rglob("*.py"))
    named = {
        (path.name, extra)
        for path in texts
        if "_build" not in path.parts
        for match in re.finditer(
            r'(?:copaperu|"\.)\[([a-z,]+)\]', path.read_text(encoding="utf-8")
        )
        for extra in match.group(1).split(",")
    }

    assert named
    assert [] == sorted((name, extra) for name, extra in named if extra not in EXTRAS)


def test_the_tutorial_installs_from_a_checkout_and_from_an_index() -> None:
    tutorial = (ROOT / "docs" / "tutorial" / "index.rst").read_text(encoding="utf-8")
    install = tutorial.split("Install\n-------\n", 1)[1].split("\n---", 1)[0]

    assert ".venv/bin/pip install .\n" in install
    assert "pip install copaperu``" in install


# Optional imports ---------------------------------------------------------------


def _optional_imports() -> list[tuple[str, int, str, ast.AST]]:
    """(file, line, module, enclosing scope) for each import of an optional
    dependency in copaperu's sources, outside ``copaperu.strategies``'s private
    modules (which only its ``__init__`` imports, after checking)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "strategies" and path.name != "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        scopes: list[ast.AST] = [tree]
        scopes += [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        for scope in scopes:
            if getattr(scope, "name", "") in CALLED_BY_HYPOTHESIS:
                continue
            for node in _own_nodes(scope):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    modules = [node.module or ""]
                else:
                    continue
                found += [
                    (path.name, node.lineno, module, scope)
                    for module in modules
                    if module.split(".")[0] in OPTIONAL
                ]
    return found


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of *scope*, not those of the functions defined in it."""
    for child in ast.iter_child_nodes(scope):
        yield child
        if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            yield from _own_nodes(child)


def _require_calls(scope: ast.AST) -> list[ast.Call]:
    return [
        node
        for node in _own_nodes(scope)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "require"
    ]


def test_every_optional_import_is_checked_first() -> None:
    """Each import of NumPy, Dask, rich or Hypothesis follows a ``require`` of it in
    the same function (or module): a missing one names its extra."""
    imports = _optional_imports()
    unchecked = [
        f"{name}:{line} {module}"
        for name, line, module, scope in imports
        if not any(
            isinstance(call.args[0], ast.Constant)
            and str(call.args[0].value).split(".")[0] == module.split(".")[0]
            and call.lineno < line
            for call in _require_calls(scope)
        )
    ]

    assert {"distributed", "hypothesis", "numpy", "rich"} <= OPTIONAL
    assert len(imports) >= 3  # rich, distributed, hypothesis: the scan finds them
    assert [] == unchecked


def test_every_require_names_an_extra_that_installs_the_module() -> None:
    """``require("numpy", "fast")``: the extra exists and lists that distribution."""
    wrong = []
    calls = [
        call
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "_extras.py"
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "require"
    ]
    for call in calls:
        module, extra = (ast.literal_eval(arg) for arg in call.args[:2])
        names = {
            canonicalize_name(Requirement(text).name) for text in EXTRAS.get(extra, [])
        }
        if module.split(".")[0] not in names:
            wrong.append(f"require({module!r}, {extra!r})")

    assert 6 == len(calls)  # numpy, distributed, rich, hypothesis, pandas, polars
    assert [] == wrong


# The error itself -----------------------------------------------------------------


def test_a_missing_numpy_names_the_fast_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """``sys.modules[name] = None`` makes ``import name`` fail as if not installed."""
    monkeypatch.setitem(sys.modules, "numpy", None)

    with pytest.raises(MissingExtraError) as caught:
        simulate.rank_groups(["A", "B"], [("A", "B")], [[[1, 0]]], cp.rules.CLASSIC)

    assert 'rank_groups needs NumPy: pip install "copaperu[fast]"' == str(caught.value)
    assert isinstance(caught.value, cp.CopaperuError)
    assert isinstance(caught.value, ImportError)
    assert ("numpy", "fast") == (caught.value.name, caught.value.extra)
    assert caught.value.__suppress_context__


def test_a_missing_hypothesis_names_the_strategies_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``import copaperu.strategies`` without Hypothesis: not a bare ModuleNotFoundError."""
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    for name in [m for m in sys.modules if m.startswith("copaperu.strategies")]:
        monkeypatch.delitem(sys.modules, name)

    with pytest.raises(MissingExtraError) as caught:
        importlib.import_module("copaperu.strategies")

    assert (
        'copaperu.strategies needs Hypothesis: pip install "copaperu[strategies]"'
        == str(caught.value)
    )
    assert "strategies" == caught.value.extra


def test_a_missing_distributed_is_one_error_line_naming_the_dask_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)

    code = main(
        ["simulate", "fa-cup-1979-80", "--runs", "1", "--scheduler", "tcp://nowhere:1"]
    )

    assert 1 == code
    assert (
        'copaperu: error: --scheduler needs Dask\'s distributed: pip install "copaperu[dask]"\n'
        == capsys.readouterr().err
    )


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_asked_for_without_rich_names_the_progress_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    edition = cp.load_edition("fa-cup-1979-80")

    with pytest.raises(MissingExtraError, match=r"copaperu\[progress\]"):
        simulate.simulate(edition, simulate.EloModel(), runs=3, seed=2, progress=True)


def test_on_a_terminal_without_rich_there_is_simply_no_bar(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """*progress* ``None``: a bar when it can be shown, never an error."""
    edition = cp.load_edition("fa-cup-1979-80")
    expected = simulate.simulate(edition, simulate.EloModel(), runs=3, seed=2)
    terminal = _Terminal()
    monkeypatch.setitem(sys.modules, "rich.progress", None)
    monkeypatch.setattr(sys, "stderr", terminal)

    assert expected == simulate.simulate(edition, simulate.EloModel(), runs=3, seed=2)
    assert "" == terminal.getvalue()


def test_an_installed_module_that_fails_keeps_its_own_error_as_the_cause(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not installed: the message says it all. Installed but broken: say why too."""
    (tmp_path / "copaperu_broken_extra.py").write_text(
        "import copaperu_no_such_module\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))

    with pytest.raises(MissingExtraError) as caught:
        require("copaperu_broken_extra", "fast", by="a test")

    assert 'a test needs copaperu_broken_extra: pip install "copaperu[fast]"' == str(
        caught.value
    )
    assert isinstance(caught.value.__cause__, ModuleNotFoundError)
    assert "copaperu_no_such_module" == caught.value.__cause__.name


def test_a_missing_submodule_of_a_missing_package_is_simply_missing() -> None:
    with pytest.raises(MissingExtraError) as caught:
        require("copaperu_not_installed.sub", "dask")

    assert caught.value.__cause__ is None
    assert str(caught.value).startswith("copaperu needs copaperu_not_installed: ")


def test_the_error_survives_pickling() -> None:
    """Raised in a worker process, it reaches the parent whole."""
    error = MissingExtraError("needs NumPy", name="numpy", extra="fast")

    copy = pickle.loads(pickle.dumps(error))

    assert (str(error), "numpy", "fast") == (str(copy), copy.name, copy.extra)
