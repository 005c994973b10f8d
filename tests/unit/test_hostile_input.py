"""Files that strangers write: whatever the bytes, only a copaperu error leaves the
reader, each problem is located, and nothing a terminal would act on is echoed.

The fuzz test at the end mutates real edition files (the bundled ones and the docs'
example) the way a careless or hostile writer would, and holds the reader, the
replay and every output format to that contract.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import copaperu as cp
from copaperu import editions
from copaperu._config import MAX_BYTES
from copaperu._render import FORMATS, render_replay

untyped_cp: Any = cp

EXAMPLE = Path(__file__).parents[2] / "docs" / "reference" / "example-cup.toml"
HEAD = 'id = "cup"\nname = "Cup"\n'

# (id, TOML text, the whole ConfigError message)
REFUSED: list[tuple[str, str, str]] = [
    (
        "arrays-nested-600-deep",
        HEAD + "notes = " + "[" * 600 + "]" * 600 + "\n",
        "<string>: line 3: nested more than 32 levels deep",
    ),
    (
        "inline-tables-nested-600-deep",
        HEAD + "x = " + "{a = " * 600 + "1" + "}" * 600 + "\n",
        "<string>: line 3: nested more than 32 levels deep",
    ),
    (
        "head-to-head-nested-40-deep",
        HEAD
        + "[rules.tables.deep]\ntiebreakers = ["
        + '{ id = "head_to_head", criteria = [' * 40
        + '"points"'
        + "]}" * 40
        + "]\n",
        "<string>: line 4: nested more than 32 levels deep",
    ),
    (
        "nesting-hidden-behind-closing-brackets-in-a-string",
        HEAD + 'notes = "' + "]" * 700 + '"\nx = ' + "[" * 600 + "]" * 600 + "\n",
        "<string>: line 4: nested more than 32 levels deep",
    ),
    (
        "a-number-of-4301-digits",
        HEAD + "season = " + "9" * 4301 + "\n",
        "<string>: line 3: a number of 4301 digits (at most 18)",
    ),
    (
        "a-number-of-5000-digits-with-underscores",
        HEAD + "\n\nx = " + "1_000" * 1250 + "\n",
        "<string>: line 5: a number of 5000 digits (at most 18)",
    ),
    (
        "an-escape-sequence-in-a-team-name",
        HEAD + 'teams = [{ name = "Evil\\u001b[2J" }]\n',
        "<string>: teams[0]: team: name: a name cannot hold a control character "
        "(U+001B at position 5; got 'Evil\\x1b[2J')",
    ),
    (
        "a-next-line-c1-code-in-an-id",
        'id = "cup\\u0085"\nname = "Cup"\n',
        "<string>: edition: id: a name cannot hold a control character "
        "(U+0085 at position 4; got 'cup\\x85')",
    ),
    (
        "an-escape-in-notes",
        HEAD + 'notes = "see \\u001b]8;;http://evil\\u0007"\n',
        "<string>: edition: notes cannot hold a control character "
        "(U+001B at position 5)",
    ),
]


@pytest.mark.parametrize(
    ("text", "message"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_hostile_text_is_refused_with_a_located_problem(
    text: str, message: str
) -> None:
    """A ConfigError, whole message given, printable whatever the input held."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert message == str(excinfo.value)
    assert all(line.isprintable() for line in str(excinfo.value).split("\n"))


def test_text_beyond_the_size_bound_is_refused_unparsed() -> None:
    """More than MAX_BYTES of text is refused before TOML sees it."""
    text = HEAD + "#" * MAX_BYTES

    with pytest.raises(cp.ConfigError) as excinfo:
        cp.loads(text)

    assert "<string>: the text is larger than 4,194,304 bytes" == str(excinfo.value)


def test_strings_and_comments_may_hold_brackets_and_digits() -> None:
    """The bounds look at TOML's surface only: a long run of digits or brackets inside
    a string, a multi-line string or a comment is text, not a number or nesting."""
    text = (
        'id = "cup" # ' + "[" * 100 + "\n"
        'name = "' + "1" * 40 + '"\n'
        'notes = """' + "{" * 100 + "\n" + "9" * 40 + '"""\n'
    )

    assert "1" * 40 == cp.loads(text).name


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    """Opening a FIFO for reading would wait for a writer forever: it is refused."""
    fifo = tmp_path / "cup.toml"
    os.mkfifo(fifo)

    with pytest.raises(cp.ConfigError) as excinfo:
        cp.load(fifo)

    assert "cup.toml: not a regular file" == str(excinfo.value)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_unread(device: str) -> None:
    """/dev/zero would be read without end: a device is not a regular file."""
    if not Path(device).exists():
        pytest.skip(f"{device} is not on this system")
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.load(device)

    assert str(excinfo.value).endswith(": not a regular file")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    """A folder given as the file."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.load(tmp_path)

    assert str(excinfo.value).endswith(": not a regular file")


def test_a_file_beyond_the_size_bound_is_refused(tmp_path: Path) -> None:
    """A file larger than MAX_BYTES is refused after reading one byte more."""
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (MAX_BYTES + 1))

    with pytest.raises(cp.ConfigError) as excinfo:
        cp.load(big)

    assert "big.toml: the file is larger than 4,194,304 bytes" == str(excinfo.value)


def test_a_path_with_a_nul_is_refused() -> None:
    """An embedded NUL is a ConfigError, not the ValueError of the operating system."""
    with pytest.raises(cp.ConfigError) as excinfo:
        cp.load("cup\x00.toml")

    assert "cup\\x00.toml: a path cannot hold a NUL character" == str(excinfo.value)


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    """A file name with bytes that are not UTF-8 (a lone surrogate in Python) is
    shown escaped in the message, which a UTF-8 terminal can print."""
    name = os.fsdecode(b"cup\xff.toml")
    path = tmp_path / name
    path.write_text('id = "cup"\n', encoding="utf-8")

    with pytest.raises(cp.ConfigError) as excinfo:
        cp.load(path)

    assert "cup\\udcff.toml: name: missing" == str(excinfo.value)
    str(excinfo.value).encode("utf-8")  # no lone surrogate left


def test_the_command_line_refuses_a_hostile_file_without_a_traceback(
    tmp_path: Path,
) -> None:
    """`copaperu check` on a file nested 600 deep: one error line, exit 1."""
    path = tmp_path / "deep.toml"
    path.write_text(HEAD + "x = " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")

    done = subprocess.run(
        [sys.executable, "-m", "copaperu", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert 1 == done.returncode
    assert "copaperu: error: deep.toml: line 3: nested more than 32 levels deep\n" == (
        done.stderr
    )


# The fuzz contract.

SEEDS = [editions.text(name) for name in editions.available()] + [
    EXAMPLE.read_text(encoding="utf-8")
]
# Text a careless or hostile writer puts in: control characters (C0, DEL, C1),
# bidirectional controls, surrogates' neighbours, quotes, brackets, digits.
NASTY = st.text(
    st.sampled_from(
        list("\x00\x07\x1b\x7f\x85\x9b\u202e\u2028\ufeff\"'[]{}=#.,\\\n")
        + list("0123456789abc -_")
    ),
    max_size=12,
)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A seed edition with one to four mutations."""
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(
            st.sampled_from(["insert", "bytes", "delete", "repeat", "nest", "digits"])
        )
        if kind == "insert":
            text = text[:at] + draw(NASTY) + text[at:]
        elif kind == "bytes":  # random bytes, as a Latin-1 reading would show them
            text = (
                text[:at] + draw(st.binary(max_size=16)).decode("latin-1") + text[at:]
            )
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif kind == "repeat":
            text = text[:at] + text[at : at + draw(st.integers(1, 200))] + text[at:]
        elif kind == "nest":
            depth = draw(st.integers(1, 120))
            text = text[:at] + "[" * depth + "]" * depth + text[at:]
        else:
            text = text[:at] + "7" * draw(st.integers(10, 5000)) + text[at:]
    return text


# What a terminal or a page acts on: C0 and C1 controls and DEL (category Cc),
# lone surrogates (Cs), line and paragraph separators (Zl, Zp), and the
# bidirectional controls. A line break and a tab are layout.
ACTING = {"Cc", "Cs", "Zl", "Zp"}
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def no_raw_control(output: str) -> bool:
    """Whether *output* is free of characters a terminal or a page acts on."""
    return not any(
        (unicodedata.category(char) in ACTING and char not in "\n\t") or char in BIDI
        for char in output
    )


@settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated())
def test_fuzz_nothing_but_a_copaperu_error_escapes(text: str) -> None:
    """A mutated edition either loads, replays, prints in every format without a raw
    control character and reads back from its own dump, or is refused with a
    ConfigError whose message is printable."""
    try:
        edition = cp.loads(text)
    except cp.ConfigError as exc:
        refused = str(exc)
    else:
        refused = ""
    if refused:
        assert no_raw_control(refused)
        return
    result = cp.replay(edition)
    for fmt in FORMATS:
        assert no_raw_control(render_replay(result, fmt))
    assert edition == cp.loads(cp.dumps(edition))


@pytest.mark.parametrize(
    "argv",
    [
        ["replay", "copa-peru-1998"],
        ["replay", "copa-peru-1998", "--format", "markdown"],
        ["editions", "--format", "json"],
        ["replay", "copa-peru-1997", "--format", "json"],
    ],
    ids=" ".join,
)
def test_an_output_that_cannot_encode_a_name_gets_escapes_not_a_traceback(
    argv: list[str],
) -> None:
    """Under ``PYTHONIOENCODING=ascii``, "Perú" is written escaped: exit 0, every
    byte ASCII, and JSON still JSON with the name intact."""
    done = subprocess.run(
        [sys.executable, "-m", "copaperu", *argv],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )

    assert (0, b"") == (done.returncode, done.stderr)
    text = done.stdout.decode("ascii")
    if "json" in argv:
        assert "Copa Perú 199" in json.dumps(json.loads(text), ensure_ascii=False)
    else:
        assert "Copa Per\\xfa 199" in text


ORDER_FILE = """\
id = "cup"
name = "Cup"
teams = [{ name = "A" }, { name = "B", city = 3 }]

[[stages]]
id = "one"
colour = "red"

[[stages.phases]]
id = "round"

[[stages.phases.groups]]
id = "g"
rules = "classic"
entrants = ["A", "B"]
matches = [{ home = "A", away = "B", scor = "1-0" }, { home = "A", away = "Z" }]

[[stages]]
id = "two"
size = 3
"""
# In the file's order, worked out by hand from the text above.
ORDER_EXPECTED = [
    "teams[1].city: expected a string (got 3)",
    "stages[0].colour: unknown key",
    "stages[0].phases[0].groups[0].matches[0].scor: unknown key (did you mean 'score'?)",
    "stages[0].phases[0].groups[0].matches[1].away: unknown team 'Z'",
    "stages[1].size: unknown key",
]


def test_problems_come_in_file_order_under_any_hash_seed(tmp_path: Path) -> None:
    """The same problems in the same (file) order, run under two hash seeds."""
    path = tmp_path / "order.toml"
    path.write_text(ORDER_FILE, encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-m", "copaperu", "check", str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        outputs.append(done.stderr)

    assert outputs[0] == outputs[1]
    assert [
        f"copaperu: error: order.toml: {problem}" for problem in ORDER_EXPECTED
    ] == outputs[0].splitlines()


RULED = """\
id = "cup"
name = "Cup"

[[stages]]
id = "s"

[[stages.phases]]
id = "p"

[[stages.phases.groups]]
id = "g"
rules = "classic"
legs = 1
entrants = ["Albania", "<b>Bold</b> *FC*"]

[[stages.phases.groups.matches]]
home = "Albania"
away = "<b>Bold</b> *FC*"
score = "1-0"
date = 2024-06-15
rulings = [{ kind = "forfeit", awarded_to = "<b>Bold</b> *FC*", score = "0-3", reason = "ineligible player" }]
"""


def test_a_ruling_is_shown_with_its_match_and_both_results() -> None:
    """The group's output says which match the ruling was taken on, what the pitch
    said and what counts (the forfeit turns Albania's 1-0 into 0-3)."""
    text = render_replay(cp.replay(cp.loads(RULED)), "text")

    assert (
        "  ruling on Albania v <b>Bold</b> *FC* (2024-06-15): 1-0 on the pitch, "
        "officially 0-3: awarded to <b>Bold</b> *FC* 0-3 (ineligible player)"
    ) in text.splitlines()


def test_markdown_shows_names_as_written_not_as_markup() -> None:
    """A team called "<b>Bold</b> *FC*" is no HTML and no emphasis in Markdown,
    in the table's cells as in the list of rulings."""
    markdown = render_replay(cp.replay(cp.loads(RULED)), "markdown")
    outside = markdown

    assert "<b>" not in outside
    assert "*FC*" not in outside.replace("\\*FC\\*", "")
    assert (
        "- ruling on Albania v \\<b\\>Bold\\</b\\> \\*FC\\* (2024-06-15): 1-0 on the "
        "pitch, officially 0-3: awarded to \\<b\\>Bold\\</b\\> \\*FC\\* 0-3 "
        "(ineligible player)"
    ) in markdown.splitlines()


@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=200))
def test_fuzz_any_bytes_in_a_file(tmp_path: Path, raw: bytes) -> None:
    """Whatever bytes a file holds, load() returns an edition or a ConfigError."""
    path = tmp_path / "any.toml"
    path.write_bytes(b'id = "cup"\nname = "Cup"\n' + raw)
    try:
        cp.load(path)
    except cp.ConfigError as exc:
        refused = str(exc)
    else:
        refused = ""
    assert no_raw_control(refused)


def test_loads_refuses_what_is_not_text() -> None:
    """Bytes given to loads() are refused, named by their type."""
    with pytest.raises(cp.ConfigError) as excinfo:
        untyped_cp.loads(b'id = "cup"')

    assert "<string>: expected TOML text (got bytes)" == str(excinfo.value)


def test_dump_refuses_what_is_not_a_path() -> None:
    """A number given as the path to write to."""
    with pytest.raises(cp.ConfigError) as excinfo:
        untyped_cp.dump(cp.load_edition("copa-peru-1997"), 5)

    assert "<output>: expected a path to write the TOML file to (got 5)" == str(
        excinfo.value
    )


RANKED = """\
id = "llama-cup"
name = "Llama Cup"
[[stages]]
id = "s"
[[stages.phases]]
id = "groups"
[[stages.phases.groups]]
id = "a"
rules = "classic"
legs = 1
advance = 2
entrants = ["Alpacas", "Condors"]
matches = [{ home = "Alpacas", away = "Condors", score = "1-0" }]
[[stages.phases.groups]]
id = "b"
rules = "classic"
legs = 1
advance = 2
entrants = ["Llamas", "Vicuñas"]
matches = [{ home = "Llamas", away = "Vicuñas", score = "3-0" }]
[[stages.phases.rankings]]
id = "runners-up"
name = "Runners-up"
rules = "classic"
place = 2
groups = ["a", "b"]
advance = 1
[[stages.phases.rankings.allocation]]
groups = ["a"]
slots = { wildcard = "a" }
[[stages.phases.rankings.allocation]]
groups = ["b"]
slots = { wildcard = "b" }
"""


def test_a_ranking_across_groups_is_printed_with_its_table_places_and_slots() -> None:
    """The made-up Llama Cup: Condors (lost 1-0) rank above Vicuñas (lost 3-0)."""
    lines = render_replay(cp.replay(cp.loads(RANKED))).splitlines()
    start = lines.index("Runners-up [runners-up]")
    end = lines.index("  wildcard: Condors")

    assert [
        "  Condors above Vicuñas on goal difference: -1 vs -3",
        "Places:",
        "  1st: Condors (computed)",
        "  2nd: Vicuñas (computed)",
        "Slots:",
    ] == lines[end - 5 : end]
    assert start < end
