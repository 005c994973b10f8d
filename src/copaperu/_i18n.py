"""Layer 0, foundation: the message catalogues every sentence copaperu writes comes from.

Each sentence of the library (explanations, tie decisions, unknowns, rulings,
headings, the command line's messages) is an English message marked ``_()``
in the source; a language's catalogue, compiled with gettext (Babel extracts
and compiles it: ``python scripts/i18n.py``), gives its translation. The
language is chosen for a block of code with :func:`use_language`, a context
variable like :func:`decimal.localcontext`, so threads and tasks each keep
their own; the default is English. The conclusions underneath stay values,
whatever the language: only their words change.

An edition's own prose (its notes, names of stages, labels) is data, not a
message of the library: an edition file carries its translations with it
(``[[translations.es]]``), and :func:`data_text` looks a text up in the ones
in force (:func:`use_texts`).

>>> import copaperu as cp
>>> table = cp.standings(["A", "B"], [cp.Match(home="A", away="B")], cp.rules.CLASSIC)
>>> with cp.use_language("es"):
...     print(table.explain())
A, B igualados en el puesto 1: ningún criterio los separa
no contabilizado (sin resultado): A vs. B
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import gettext
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final

from .errors import InvalidValueError

__all__ = [
    "LANGUAGES",
    "N_",
    "available_languages",
    "current_language",
    "data_text",
    "gettext_",
    "language_from_environment",
    "ngettext",
    "ordinal",
    "use_language",
    "use_texts",
]

LANGUAGES: Final = ("en", "es")
"""The languages copaperu writes in: English, the source, and each catalogue shipped."""

_LOCALE_DIR: Final = Path(__file__).parent / "locale"
_DOMAIN: Final = "copaperu"

_language: contextvars.ContextVar[str] = contextvars.ContextVar(
    "copaperu_language", default="en"
)
_texts: contextvars.ContextVar[Mapping[str, Mapping[str, str]] | None] = (
    contextvars.ContextVar("copaperu_texts", default=None)
)


def available_languages() -> tuple[str, ...]:
    """The languages copaperu writes in: English, and each whose catalogue it ships.

    >>> import copaperu as cp
    >>> cp.available_languages()
    ('en', 'es')
    """
    return LANGUAGES


@functools.cache
def _catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of *language* (English is the messages themselves)."""
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation(_DOMAIN, _LOCALE_DIR, languages=[language])


def _check(language: object) -> str:
    if not isinstance(language, str) or language not in LANGUAGES:
        msg = f"language: copaperu writes in {', '.join(LANGUAGES)} (got {language!r})"
        raise InvalidValueError(msg)
    return language


@contextlib.contextmanager
def use_language(language: str) -> Iterator[str]:
    """Write every sentence in *language* (``"en"`` or ``"es"``) within the block.

    The choice is a context variable: it holds for this thread or task only, and
    the language before it comes back when the block ends.

    >>> import copaperu as cp
    >>> outcome = cp.decide_match(
    ...     cp.Match(home="A", away="B", score=cp.Score(0, 2)), cp.TieRules())
    >>> with cp.use_language("es"):
    ...     print(outcome)
    A 0-2 B: B pasa en el tiempo reglamentario
    >>> print(outcome)
    A 0-2 B: B through in normal time
    """
    token = _language.set(_check(language))
    try:
        yield language
    finally:
        _language.reset(token)


def current_language() -> str:
    """The language sentences are written in here (``"en"`` unless :func:`use_language`).

    >>> import copaperu as cp
    >>> with cp.use_language("es"):
    ...     cp.current_language()
    'es'
    """
    return _language.get()


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the standard locale variables ask for, among those copaperu writes in.

    As gettext reads them: ``LANGUAGE`` (a colon-separated list of preferences),
    then ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``; the first that names a language
    copaperu writes in wins (``es_PE.UTF-8`` is Spanish), and English otherwise.
    The command line uses it when ``--lang`` is not given.

    >>> import copaperu as cp
    >>> cp.language_from_environment({"LANG": "es_PE.UTF-8"})
    'es'
    >>> cp.language_from_environment({"LANGUAGE": "fr:es", "LANG": "en_GB.UTF-8"})
    'es'
    >>> cp.language_from_environment({"LC_ALL": "C"})
    'en'
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if not value:
            continue
        for preference in value.split(":"):
            language = preference.split(".")[0].split("@")[0].split("_")[0].lower()
            if language in LANGUAGES:
                return language
        if variable != "LANGUAGE":
            return "en"  # the first locale variable set decides, as in gettext
    return "en"


def gettext_(message: str) -> str:
    """*message* in the current language (the marker ``_`` of copaperu's modules).

    >>> import copaperu as cp
    >>> with cp.use_language("es"):
    ...     gettext_("unknown")
    'desconocido'
    """
    return _catalogue(_language.get()).gettext(message)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for the marker
    """Mark *message* for the catalogue without translating it yet (tables of words).

    >>> N_("on penalties")
    'on penalties'
    """
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """*singular* or *plural* in the current language, as *n* asks.

    >>> ngettext("{n} run", "{n} runs", 2).format(n=2)
    '2 runs'
    """
    return _catalogue(_language.get()).ngettext(singular, plural, n)


def ordinal(n: int) -> str:
    """*n* as an ordinal in the current language: ``1st``, ``1.º``.

    >>> import copaperu as cp
    >>> ordinal(1), ordinal(12), ordinal(22)
    ('1st', '12th', '22nd')
    >>> with cp.use_language("es"):
    ...     ordinal(22)
    '22.º'
    """
    if 10 <= n % 100 <= 20:
        form = gettext_("{n}th")
    elif n % 10 == 1:
        form = gettext_("{n}st")
    elif n % 10 == 2:
        form = gettext_("{n}nd")
    elif n % 10 == 3:
        form = gettext_("{n}rd")
    else:
        form = gettext_("{n}th")
    return form.format(n=n)


@contextlib.contextmanager
def use_texts(texts: Mapping[str, Mapping[str, str]]) -> Iterator[None]:
    """Translate data texts within the block: *texts* maps a language to its pairs.

    An edition's ``translations`` (English text to the language's) are put in
    force while it is rendered; :func:`data_text` then reads them.

    >>> with use_texts({"es": {"Final": "Final", "Group A": "Grupo A"}}):
    ...     data_text("Group A")
    'Group A'
    """
    token = _texts.set(texts)
    try:
        yield
    finally:
        _texts.reset(token)


def data_text(text: str) -> str:
    """*text*, a data text of an edition, in the current language where it has one.

    >>> import copaperu as cp
    >>> with cp.use_language("es"), use_texts({"es": {"Group A": "Grupo A"}}):
    ...     data_text("Group A"), data_text("Peñarol")
    ('Grupo A', 'Peñarol')
    """
    texts = _texts.get()
    if texts is None:
        return text
    return texts.get(_language.get(), {}).get(text, text)
