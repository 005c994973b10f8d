"""Time the peer package ``standings==1.0.4`` on the same matches as copaperu.

``standings`` is a peer we compare against, never a dependency of copaperu: it
is installed into a throw-away virtual environment under
:func:`tempfile.gettempdir`, and ``peer_standings_script.py`` (next to this
module) is run there with that environment's interpreter. The environment is
prepared at most once per process and reused across processes while it still
works.

Nothing here raises when the peer cannot be used (no network, no ``venv`` or
``ensurepip``, a failing or timed-out run): :func:`peer_median_ns` returns
None and :func:`peer_unavailable_reason` says why, so a benchmark can skip
with a clear message.

Example:
    A benchmark might use it like this::

        result = peer_median_ns(matches)
        if result is None:
            pytest.skip(peer_unavailable_reason())
"""

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

PEER_VERSION: Final = "1.0.4"
"""The pinned version of the peer package."""

PEER_REQUIREMENT: Final = f"standings=={PEER_VERSION}"
"""What is pip-installed into the throw-away environment."""

PEER_VENV_DIR: Final = (
    Path(tempfile.gettempdir()) / f"copaperu-peer-standings-{PEER_VERSION}"
)
"""Where the throw-away environment lives; reused while it still works."""

PEER_SCRIPT: Final = Path(__file__).with_name("peer_standings_script.py")
"""The timing script run with the throw-away environment's interpreter."""

_VENV_TIMEOUT_S: Final = 180.0
_INSTALL_TIMEOUT_S: Final = 300.0
_PROBE_TIMEOUT_S: Final = 60.0
_RUN_TIMEOUT_S: Final = 600.0
_STDERR_TAIL_CHARS: Final = 600

_PROBE_CODE: Final = (
    "import importlib.metadata as m, standings; print(m.version('standings'))"
)


@dataclass(frozen=True, slots=True)
class PeerResult:
    """What one peer measurement returned.

    Attributes:
        median_ns: Median wall time of one full table build, in nanoseconds,
            from the list of match tuples to the sorted table.
        runs: How many timed builds the median is taken over.
        order: Team names as ``standings`` ranks them, first to last.
        prebuilt_median_ns: Median wall time from match objects built beforehand
            (the peer's ``_Match``) to the sorted table.
    """

    median_ns: int
    runs: int
    order: tuple[str, ...]
    prebuilt_median_ns: int


class _PeerUnavailableError(Exception):
    """The peer cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class _Setup:
    """The outcome of preparing the throw-away environment."""

    python: Path | None
    reason: str


_last_reason: str = ""


def peer_unavailable_reason() -> str:
    """Say why the latest :func:`peer_median_ns` call returned None.

    Returns:
        A human-readable reason, or an empty string when the latest call
        succeeded or no call has been made yet.
    """
    return _last_reason


def peer_median_ns(
    matches: list[tuple[str, str, int, int]], *, repeat: int = 200
) -> PeerResult | None:
    """Time ``standings==1.0.4`` building the table of ``matches``.

    The first call in a process prepares (or reuses) the throw-away
    environment; later calls reuse that outcome, including a failure. The
    peer ranks with its default football mode: 3 points for a win, then
    points, goal difference and goals scored, with teams level on all three
    left in the order they first appear in ``matches``.

    Args:
        matches: Results as ``(home, away, home_goals, away_goals)``.
        repeat: How many timed builds the median is taken over; at least 1.
            One untimed warm-up build precedes them.

    Returns:
        The measurement, or None when the peer cannot be installed or run;
        :func:`peer_unavailable_reason` then says why.

    Raises:
        ValueError: If ``repeat`` is less than 1.
    """
    global _last_reason
    if repeat < 1:
        msg = f"repeat must be at least 1, got {repeat}"
        raise ValueError(msg)
    setup = _prepare_peer()
    if setup.python is None:
        _last_reason = setup.reason
        return None
    try:
        result = _run_script(setup.python, matches, repeat)
    except _PeerUnavailableError as error:
        _last_reason = str(error)
        return None
    _last_reason = ""
    return result


@functools.cache
def _prepare_peer() -> _Setup:
    """Prepare the throw-away environment once per process.

    Returns:
        The environment's interpreter, or None and the reason it failed.
    """
    try:
        return _Setup(python=_ensure_venv(), reason="")
    except _PeerUnavailableError as error:
        return _Setup(python=None, reason=str(error))


def _venv_python(venv_dir: Path) -> Path:
    """Locate the interpreter inside a virtual environment.

    Args:
        venv_dir: The environment's root directory.

    Returns:
        The path of its Python executable.
    """
    if os.name == "nt":
        return venv_dir / "Scripts" / "python.exe"
    return venv_dir / "bin" / "python"


def _venv_works(venv_dir: Path) -> bool:
    """Check that an environment imports the pinned ``standings``.

    On POSIX an environment owned by another user is never trusted.

    Args:
        venv_dir: The environment's root directory.

    Returns:
        True if its interpreter imports ``standings`` at the pinned version.
    """
    python = _venv_python(venv_dir)
    try:
        if hasattr(os, "getuid") and venv_dir.stat().st_uid != os.getuid():
            return False
        if not python.is_file():
            return False
        probe = subprocess.run(
            [str(python), "-I", "-c", _PROBE_CODE],
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=_PROBE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0 and probe.stdout.strip() == PEER_VERSION


def _stderr_tail(text: str) -> str:
    """Keep the end of a subprocess's error output, where the cause usually is.

    Args:
        text: The captured error output.

    Returns:
        Its last few hundred characters, stripped, or a placeholder if empty.
    """
    tail = text.strip()[-_STDERR_TAIL_CHARS:]
    return tail or "(no error output)"


def _check_call(command: list[str], what: str, timeout: float) -> None:
    """Run a setup command, turning any failure into an unavailability.

    Args:
        command: The command and its arguments.
        what: What the command does, for the failure message.
        timeout: Seconds to wait before giving up.

    Raises:
        _PeerUnavailableError: If the command cannot start, fails or times out.
    """
    try:
        completed = subprocess.run(
            command,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        msg = f"peer unavailable: {what} timed out after {timeout:.0f} s"
        raise _PeerUnavailableError(msg) from None
    except (OSError, subprocess.SubprocessError) as error:
        msg = f"peer unavailable: {what} could not start: {error}"
        raise _PeerUnavailableError(msg) from None
    if completed.returncode != 0:
        msg = (
            f"peer unavailable: {what} failed with exit status "
            f"{completed.returncode}: {_stderr_tail(completed.stderr)}"
        )
        raise _PeerUnavailableError(msg)


def _ensure_venv() -> Path:
    """Reuse or build the throw-away environment holding ``standings``.

    A new environment is built in a fresh sibling directory and only then
    renamed into place, so an interrupted build or a concurrent process never
    leaves a half-built environment at :data:`PEER_VENV_DIR`.

    Returns:
        The interpreter of a working environment.

    Raises:
        _PeerUnavailableError: If the environment cannot be created or
            ``standings`` cannot be installed into it.
    """
    if _venv_works(PEER_VENV_DIR):
        return _venv_python(PEER_VENV_DIR)
    if not sys.executable:
        msg = "peer unavailable: no Python executable to create a venv with"
        raise _PeerUnavailableError(msg)
    try:
        build_dir = Path(
            tempfile.mkdtemp(
                prefix=f"{PEER_VENV_DIR.name}-build-", dir=PEER_VENV_DIR.parent
            )
        )
    except OSError as error:
        msg = f"peer unavailable: cannot create a temporary directory: {error}"
        raise _PeerUnavailableError(msg) from None
    try:
        _check_call(
            [sys.executable, "-I", "-m", "venv", str(build_dir)],
            f"creating a virtual environment in {build_dir}",
            _VENV_TIMEOUT_S,
        )
        _check_call(
            [
                str(_venv_python(build_dir)),
                "-I",
                "-m",
                "pip",
                "install",
                "--disable-pip-version-check",
                "--no-input",
                "--quiet",
                "--timeout",
                "30",
                PEER_REQUIREMENT,
            ],
            f"pip install {PEER_REQUIREMENT} (is the network reachable?)",
            _INSTALL_TIMEOUT_S,
        )
        if not _venv_works(build_dir):
            msg = (
                f"peer unavailable: {PEER_REQUIREMENT} was installed "
                "but cannot be imported"
            )
            raise _PeerUnavailableError(msg)
    except _PeerUnavailableError:
        shutil.rmtree(build_dir, ignore_errors=True)
        raise
    return _move_into_place(build_dir)


def _move_into_place(build_dir: Path) -> Path:
    """Rename a freshly built environment to :data:`PEER_VENV_DIR`.

    Args:
        build_dir: A working environment built next to :data:`PEER_VENV_DIR`.

    Returns:
        The interpreter to use: the renamed environment's, another process's
        if it won the race, or the build directory's if renaming is impossible.
    """
    if _venv_works(PEER_VENV_DIR):  # Another process finished first.
        shutil.rmtree(build_dir, ignore_errors=True)
        return _venv_python(PEER_VENV_DIR)
    shutil.rmtree(PEER_VENV_DIR, ignore_errors=True)  # A broken leftover.
    try:
        build_dir.rename(PEER_VENV_DIR)
    except OSError:
        if _venv_works(PEER_VENV_DIR):
            shutil.rmtree(build_dir, ignore_errors=True)
            return _venv_python(PEER_VENV_DIR)
        return _venv_python(build_dir)
    if _venv_works(PEER_VENV_DIR):
        return _venv_python(PEER_VENV_DIR)
    msg = f"peer unavailable: the environment broke when moved to {PEER_VENV_DIR}"
    raise _PeerUnavailableError(msg)


def _run_script(
    python: Path, matches: list[tuple[str, str, int, int]], repeat: int
) -> PeerResult:
    """Run the timing script in the throw-away environment and read its report.

    Args:
        python: The throw-away environment's interpreter.
        matches: Results as ``(home, away, home_goals, away_goals)``.
        repeat: How many timed builds to run.

    Returns:
        The parsed measurement.

    Raises:
        _PeerUnavailableError: If the script cannot run, fails, times out or
            prints something other than the expected report.
    """
    with tempfile.TemporaryDirectory(prefix="copaperu-peer-") as work_dir:
        matches_file = Path(work_dir) / "matches.json"
        matches_file.write_text(json.dumps([list(m) for m in matches]), "utf-8")
        command = [
            str(python),
            "-I",
            str(PEER_SCRIPT),
            str(matches_file),
            "--repeat",
            str(repeat),
        ]
        try:
            completed = subprocess.run(
                command,
                capture_output=True,
                encoding="utf-8",
                errors="replace",
                timeout=_RUN_TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired:
            msg = f"peer run timed out after {_RUN_TIMEOUT_S:.0f} s"
            raise _PeerUnavailableError(msg) from None
        except (OSError, subprocess.SubprocessError) as error:
            msg = f"peer run could not start: {error}"
            raise _PeerUnavailableError(msg) from None
    if completed.returncode != 0:
        msg = (
            f"peer run failed with exit status {completed.returncode}: "
            f"{_stderr_tail(completed.stderr)}"
        )
        raise _PeerUnavailableError(msg)
    return _parse_report(completed.stdout, repeat)


def _parse_report(stdout: str, repeat: int) -> PeerResult:
    """Validate the timing script's JSON report.

    Args:
        stdout: What the script printed.
        repeat: How many timed builds were asked for.

    Returns:
        The measurement.

    Raises:
        _PeerUnavailableError: If the report is malformed.
    """
    try:
        report: object = json.loads(stdout)
    except ValueError:
        report = None
    if isinstance(report, dict):
        median_ns = report.get("median_ns")
        runs = report.get("runs")
        order = report.get("order")
        prebuilt = report.get("prebuilt_median_ns")
        if (
            isinstance(median_ns, int)
            and isinstance(prebuilt, int)
            and isinstance(runs, int)
            and runs == repeat
            and report.get("version") == PEER_VERSION
            and isinstance(order, list)
            and all(isinstance(name, str) for name in order)
        ):
            return PeerResult(
                median_ns=median_ns,
                runs=runs,
                order=tuple(order),
                prebuilt_median_ns=prebuilt,
            )
    msg = f"peer run printed an unexpected report: {stdout[:200]!r}"
    raise _PeerUnavailableError(msg)
