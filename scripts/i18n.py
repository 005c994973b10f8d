"""Keep copaperu's message catalogues in step with its source (needs Babel).

    python scripts/i18n.py          # extract, update every language, compile
    python scripts/i18n.py --check  # exit 1 if a catalogue is stale or incomplete

Extracts every ``_()``, ``N_()`` and ``ngettext()`` message of ``src/copaperu`` into
``locale/copaperu.pot``, merges it into each ``locale/<lang>/LC_MESSAGES/copaperu.po``
(new messages arrive untranslated, for a translator; messages gone from the source
are dropped), and compiles each ``.po`` into the ``.mo`` that gettext reads at run
time. The ``.mo`` files are committed so that a checkout works without Babel; a
test checks they match their ``.po``.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "copaperu"
LOCALE = PACKAGE / "locale"
STABLE_DATE = datetime.datetime(2026, 11, 27, tzinfo=datetime.UTC)
KEYWORDS = {"_": None, "N_": None, "gettext_": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    """Every message of the package's source, with where it is used."""
    catalog = Catalog(project="copaperu", domain="copaperu", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        PACKAGE,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        catalog.add(
            message,
            None,
            [(f"copaperu/{filename}", lineno)],
            auto_comments=comments,
            context=context,
            flags=("python-brace-format",) if "{" in str(message) else (),
        )
    return catalog


def languages() -> list[str]:
    """The languages with a catalogue."""
    return sorted(p.name for p in LOCALE.iterdir() if (p / "LC_MESSAGES").is_dir())


def translated(message: Message) -> bool:
    """Whether *message* has a translation (every plural form), not fuzzy."""
    forms = message.string if isinstance(message.string, tuple) else (message.string,)
    return bool(forms) and all(forms) and not message.fuzzy


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=88, include_lineno=False, sort_by_file=True)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    template = extract()
    template.creation_date = STABLE_DATE  # a header that does not change each run
    stale = []
    pot = LOCALE / "copaperu.pot"
    if pot.exists() and pot.read_bytes() != po_bytes(template):
        stale.append(pot)
    if not args.check:
        pot.write_bytes(po_bytes(template))
    for language in languages():
        directory = LOCALE / language / "LC_MESSAGES"
        po = directory / "copaperu.po"
        catalog = read_po(po.open("rb"), locale=language, domain="copaperu")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        after = po_bytes(catalog)
        missing = [m.id for m in catalog if m.id and not translated(m)]
        if po.read_bytes() != after:
            stale.append(po)
        if missing:
            print(f"{po}: {len(missing)} messages untranslated", file=sys.stderr)
            for message in missing[:20]:
                print(f"  {message!r}", file=sys.stderr)
        if not args.check:
            po.write_bytes(after)
            (directory / "copaperu.mo").write_bytes(mo_bytes(catalog))
        elif (directory / "copaperu.mo").read_bytes() != mo_bytes(catalog):
            stale.append(directory / "copaperu.mo")
    if args.check and stale:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is stale: run python scripts/i18n.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
