"""Spanish: the catalogue covers every message, and a replay reads Spanish throughout.

The catalogue is checked against the source itself: Babel extracts every message
the code marks (``_()``, ``N_()``, ``gettext_()``, ``ngettext()``) and each must
have a Spanish translation, in every plural form, with the same placeholders.
"""

from __future__ import annotations

import ast
import gettext
import io
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import copaperu as cp
from copaperu import cli
from copaperu._i18n import data_text, ngettext, ordinal, use_texts
from copaperu._render import render_replay

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "copaperu"
PO = PACKAGE / "locale" / "es" / "LC_MESSAGES" / "copaperu.po"
MO = PACKAGE / "locale" / "es" / "LC_MESSAGES" / "copaperu.mo"
KEYWORDS = {"_": None, "N_": None, "gettext_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def source_messages() -> set[str | tuple[str, ...]]:
    """Every message the package's source marks for translation."""
    found: set[str | tuple[str, ...]] = set()
    for _, _, message, _, _ in extract_from_dir(
        PACKAGE, method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        found.add(tuple(message) if isinstance(message, list | tuple) else message)
    return found


def test_the_source_marks_hundreds_of_messages() -> None:
    """The extraction sees the library's words (a broken extraction sees none)."""
    messages = source_messages()

    assert len(messages) > 300
    assert "{team} through {how}" in messages
    assert ("{n} tie", "{n} ties") in messages


def test_the_spanish_catalogue_translates_every_message() -> None:
    """Each message of the source has a Spanish translation, every plural form
    filled, none fuzzy, and no translation is left for a message gone."""
    with PO.open("rb") as stream:
        catalogue = read_po(stream, locale="es")
    translated = {
        message.id: message.string
        for message in catalogue
        if message.id and not message.fuzzy
    }
    untranslated = [
        message
        for message in source_messages()
        if not all(
            translated.get(message) or ("",)
            if isinstance(translated.get(message), tuple)
            else (translated.get(message),)
        )
    ]

    assert [] == untranslated
    assert set(translated) == source_messages()


def forms(value: object) -> tuple[str, ...]:
    """A catalogue's message id or translation as its forms (one, or the plurals)."""
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list | tuple):
        return tuple(str(form) for form in value)
    return ()


def test_translations_keep_every_placeholder() -> None:
    """A translation names exactly the placeholders of its message: none lost
    (a fact dropped), none invented (a KeyError when it is written)."""
    with PO.open("rb") as stream:
        catalogue = read_po(stream, locale="es")
    wrong = []
    for message in catalogue:
        if not message.id:
            continue
        ids, strings = forms(message.id), forms(message.string)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            if set(PLACEHOLDER.findall(string)) != wanted:
                wrong.append((message.id, string))

    assert [] == wrong


def test_the_compiled_catalogue_is_the_po_file() -> None:
    """The .mo gettext reads at run time says what the .po says, message by message."""
    with PO.open("rb") as stream:
        catalogue = read_po(stream, locale="es")
    with MO.open("rb") as stream:
        compiled = gettext.GNUTranslations(stream)
    for message in catalogue:
        if not message.id:
            continue
        ids, strings = forms(message.id), forms(message.string)
        if len(ids) == 2:
            one, many = ids
            assert strings[0] == compiled.ngettext(one, many, 1)
            assert strings[1] == compiled.ngettext(one, many, 2)
        else:
            assert strings == (compiled.gettext(ids[0]),)


def test_the_catalogue_script_finds_nothing_stale() -> None:
    """``python scripts/i18n.py --check``: the template, the .po and the .mo are
    what the source gives today."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )

    assert 0 == done.returncode, done.stdout + done.stderr


def _calls_in_fstrings(tree: ast.AST) -> Iterator[int]:
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Name)
                    and inner.func.id in {"_", "N_", "gettext_", "ngettext"}
                ):
                    yield inner.lineno


def test_no_message_is_hidden_inside_an_fstring() -> None:
    """Babel cannot see a ``_()`` inside an f-string on Python 3.11: such a message
    would never reach the catalogue, and stay English."""
    hidden = [
        f"{path.name}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _calls_in_fstrings(ast.parse(path.read_text(encoding="utf-8")))
    ]

    assert [] == hidden


# The Spanish output --------------------------------------------------------------

# Words of English the library's messages use that are also Spanish words, or the
# abbreviations a Spanish table uses (Pos, E empatados, P perdidos, GF goles a favor), so
# may appear in Spanish output.
SPANISH_TOO = {"a", "no", "final", "extra", "pts", "vs", "v", "pen", "copa", "pos"}
SPANISH_TOO |= {"e", "p", "gf"}


def english_words() -> set[str]:
    """Every word of the library's English messages, but those Spanish shares."""
    words: set[str] = set()
    for message in source_messages():
        for text in message if isinstance(message, tuple) else (message,):
            text = PLACEHOLDER.sub(" ", text)
            words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return words - SPANISH_TOO


def words_of(text: str, edition: cp.competition.Edition) -> set[str]:
    """The words a reader reads in *text*, without what is data in any language:
    team names, source keys, ids (``region-iv``) and file syntax (``legs = 2``,
    ``campo "from"``)."""
    for team in sorted((t.name for t in edition.teams), key=len, reverse=True):
        text = text.replace(team, " ")
    for key in (s.key for s in edition.sources):
        text = re.sub(rf"\b{re.escape(key)}\b", " ", text)
    text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", text)
    text = re.sub(r'\b\w+ = \S+|campo "\w+"', " ", text)
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


@pytest.mark.parametrize("name", ["copa-peru-1998", "copa-peru-1997"])
@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_copa_peru_replay_in_spanish_has_no_english_left(name: str, fmt: str) -> None:
    """From the first line to the last: no word of the library's English, and the
    edition's own prose in Spanish (its English notes would bring their words)."""
    edition = cp.load_edition(name)
    with cp.use_language("es"):
        text = render_replay(cp.replay(edition), fmt)
    english = render_replay(cp.replay(edition), fmt)

    assert [] == sorted(words_of(text, edition) & english_words())
    assert {"the", "of", "and"} <= words_of(english, edition)


def test_the_spanish_replay_ends_with_the_champion_in_spanish() -> None:
    """The 1998 replay's last lines, as a Peruvian reader reads them."""
    with cp.use_language("es"):
        lines = render_replay(cp.replay(cp.load_edition("copa-peru-1998"))).splitlines()

    assert ["Ascendidos: I.M.I.", "Campeón: I.M.I. (calculado)"] == lines[-2:]
    assert (
        "  I.M.I. ganó la final por una tanda de penales adjudicada por la "
        "Federación Peruana de Fútbol"
    ) in lines
    assert "Resultados: 0 de 6 resultados registrados; 1 partido no jugado" in lines


def test_the_not_played_match_is_no_result_recorded() -> None:
    """Region VIII's Senati v Peñarol was not played: it settles the fixture, but
    it is not a result, and the count says so (§10 of the audit)."""
    lines = render_replay(cp.replay(cp.load_edition("copa-peru-1998"))).splitlines()

    assert "Results: 0 of 6 results recorded; 1 match not played" in lines
    assert "Results: 1 of 6 results recorded" not in lines


def test_the_table_reads_in_spanish_with_its_columns() -> None:
    """A table's headings are the Spanish abbreviations, still aligned."""
    table = cp.standings(
        ["Peñarol", "Senati"],
        [cp.Match(home="Peñarol", away="Senati", score=cp.Score(2, 1))],
        cp.rules.CLASSIC,
    )
    with cp.use_language("es"):
        lines = str(table).splitlines()

    assert " Pos  Equipo   PJ  G  E  P  GF  GC   DG  Pts" == lines[0]
    assert "  1   Peñarol   1  1  0  0   2   1   +1    3" == lines[1]


# The language chosen ----------------------------------------------------------------


def test_the_language_is_english_unless_chosen() -> None:
    """Outside ``use_language`` copaperu writes English; the block's language ends
    with it, even when the block raises."""
    assert "en" == cp.current_language()

    def spanish_then_fail() -> None:
        with cp.use_language("es"):
            assert "es" == cp.current_language()
            raise RuntimeError

    with pytest.raises(RuntimeError):
        spanish_then_fail()
    assert "en" == cp.current_language()
    assert "1st" == ordinal(1)


def test_an_unknown_language_is_refused_by_name() -> None:
    """A language copaperu has no catalogue for is an error naming those it has."""
    with (
        pytest.raises(cp.InvalidValueError, match=r"en, es.*'fr'"),
        cp.use_language("fr"),
    ):
        pass  # pragma: no cover - never entered


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "en"),
        ({"LANG": "es_PE.UTF-8"}, "es"),
        ({"LANG": "es"}, "es"),
        ({"LC_ALL": "es_ES@euro"}, "es"),
        ({"LC_ALL": "C", "LANG": "es_PE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "de_DE", "LANG": "es_PE"}, "en"),
        ({"LANGUAGE": "fr:es:en", "LANG": "de_DE"}, "es"),
        ({"LANGUAGE": "fr", "LANG": "es_AR.UTF-8"}, "es"),
        ({"LANGUAGE": "", "LANG": "es_AR.UTF-8"}, "es"),
    ],
)
def test_the_locale_variables_choose_as_gettext_does(
    environ: dict[str, str], language: str
) -> None:
    """LANGUAGE lists preferences; otherwise the first of LC_ALL, LC_MESSAGES and
    LANG that is set decides, and a language we do not write in means English."""
    assert language == cp.language_from_environment(environ)


def test_plural_messages_follow_the_count() -> None:
    """One and many are different messages, in both languages."""
    forms = ("{n} tie", "{n} ties")
    with cp.use_language("es"):
        spanish = [ngettext(*forms, n).format(n=n) for n in (1, 2)]

    assert ["1 tie", "2 ties"] == [ngettext(*forms, n).format(n=n) for n in (1, 2)]
    assert ["1 llave", "2 llaves"] == spanish


# An edition's translations -----------------------------------------------------------

TINY = """
id = "tiny"
name = "Tiny Cup"
notes = "Played in one afternoon."

[[stages]]
id = "final"
name = "Final"

[[translations]]
language = "es"
en = "Played in one afternoon."
text = "Jugada en una tarde."
"""


def test_an_edition_carries_its_prose_in_spanish() -> None:
    """The file's translations are the edition's data, and the replay uses them
    in Spanish only."""
    edition = cp.loads(TINY)

    assert {"es": {"Played in one afternoon.": "Jugada en una tarde."}} == (
        edition.texts_in()
    )
    with cp.use_language("es"):
        assert "Jugada en una tarde." in render_replay(cp.replay(edition))
    assert "Played in one afternoon." in render_replay(cp.replay(edition))
    assert edition == cp.loads(cp.dumps(edition))


def test_a_translation_of_a_text_the_edition_does_not_have_is_refused() -> None:
    """An English text edited without its translation leaves the translation
    behind: the file says where, instead of the translation silently not applying."""
    stale = TINY.replace('en = "Played in one afternoon."', 'en = "Played at dawn."')

    with pytest.raises(cp.ConfigError, match=r"translations\[0\]\.en: no text"):
        cp.loads(stale)


def test_a_translation_into_a_language_without_a_catalogue_is_refused() -> None:
    """Only the languages copaperu writes in (and not English itself)."""
    french = TINY.replace('language = "es"', 'language = "fr"')

    with pytest.raises(cp.ConfigError, match=r"translations\[0\]\.language"):
        cp.loads(french)


def test_data_text_is_the_text_itself_outside_a_rendering() -> None:
    """Without translations in force, or in English, a text is printed as written."""
    assert "Grupo A" != data_text("Group A")
    with use_texts({"es": {"Group A": "Grupo A"}}):
        assert "Group A" == data_text("Group A")
        with cp.use_language("es"):
            assert "Grupo A" == data_text("Group A")


# The command line ---------------------------------------------------------------------


def run_cli(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["replay", "copa-peru-1997", "--lang", "es"],
        ["--lang", "es", "replay", "copa-peru-1997"],
        ["replay", "copa-peru-1997", "--lang=es"],
    ],
)
def test_lang_may_come_before_or_after_the_command(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--lang es`` anywhere, as a reader types it."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, _ = run_cli(argv, capsys)

    assert 0 == code
    assert "Campeón: Juan Aurich (calculado)" == out.splitlines()[-1]


def test_the_locale_variables_choose_the_command_lines_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """LANG=es_PE.UTF-8 is Spanish; ``--lang en`` overrides it."""
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_PE.UTF-8")
    _, spanish, _ = run_cli(["check", "copa-peru-1997"], capsys)
    _, english, _ = run_cli(["check", "copa-peru-1997", "--lang", "en"], capsys)

    assert (
        "copa-peru-1997: correcto (Copa Perú 1997: 2 etapas, 1 grupo, 0 llaves)\n"
        == (spanish)
    )
    assert "copa-peru-1997: ok (Copa Perú 1997: 2 stages, 1 group, 0 ties)\n" == english


def test_the_help_is_spanish_too(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The commands' help comes from the catalogue."""
    monkeypatch.setenv("LANGUAGE", "es")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out

    assert "lista las ediciones incluidas" in out
    assert "list the bundled editions" not in out


def test_an_unknown_lang_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang fr`` is refused by argparse, naming the choices."""
    with pytest.raises(SystemExit) as exit_:
        cli.main(["replay", "copa-peru-1997", "--lang", "fr"])

    assert 2 == exit_.value.code
    assert "'en', 'es'" in capsys.readouterr().err


# Colour -------------------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("choice", "environ", "stream", "wanted"),
    [
        ("auto", {}, Terminal(), True),
        ("auto", {}, io.StringIO(), False),
        ("auto", {"NO_COLOR": "1"}, Terminal(), False),
        ("auto", {"NO_COLOR": ""}, Terminal(), True),
        ("auto", {"TERM": "dumb"}, Terminal(), False),
        ("auto", {"FORCE_COLOR": "1"}, io.StringIO(), True),
        ("always", {"NO_COLOR": "1"}, io.StringIO(), True),
        ("never", {"FORCE_COLOR": "1"}, Terminal(), False),
    ],
)
def test_colour_only_on_a_terminal_and_never_with_no_color(
    choice: str, environ: dict[str, str], stream: io.StringIO, wanted: bool
) -> None:
    """NO_COLOR (set and not empty) turns colour off; a pipe gets none; --color
    always/never decide alone."""
    assert wanted is cli.colour_wanted(choice, stream, environ)


def test_colour_marks_headings_unknowns_and_the_champion(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With --color always, the 1998 replay has bold headings, yellow unknowns and
    a green champion; the words are the same once the colour is taken out."""
    _, plain, _ = run_cli(["replay", "copa-peru-1998", "--color", "never"], capsys)
    _, coloured, _ = run_cli(["replay", "copa-peru-1998", "--color", "always"], capsys)
    lines = coloured.splitlines()

    assert "\x1b[1mCopa Perú 1998\x1b[0m" == lines[0]
    assert "\x1b[1m\x1b[32mChampion: I.M.I. (computed)\x1b[0m" == lines[-1]
    assert "\x1b[33munknown\x1b[0m" in coloured
    assert "\x1b" not in plain
    assert plain == re.sub(r"\x1b\[[0-9;]*m", "", coloured)


def test_json_is_never_coloured(capsys: pytest.CaptureFixture[str]) -> None:
    """Colour is for people: JSON and Markdown stay as they are."""
    _, out, _ = run_cli(
        ["check", "copa-peru-1997", "--format", "json", "--color", "always"], capsys
    )

    assert "\x1b" not in out
