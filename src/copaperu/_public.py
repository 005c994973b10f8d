"""Layer 0, foundation: public names say they live where users import them.

Trio's ``fixup_module_metadata``: tracebacks, Sphinx and pickle then say
``copaperu.Standings``, not ``copaperu._standings.Standings``.
"""

from __future__ import annotations

import contextlib
import typing
from collections.abc import Iterable, Mapping

__all__ = ["publish"]


def publish(namespace: Mapping[str, object], names: Iterable[str], module: str) -> None:
    """Make every class and function in *names* say it lives in *module*.

    Methods too: doctest collects a class's method examples only from the module
    the methods say they belong to. A class's annotations are resolved first, in
    its own module, so :func:`typing.get_type_hints` keeps working on it.
    """
    for name in names:
        obj = namespace[name]
        if isinstance(obj, type):
            _resolve_annotations(obj)
        if isinstance(obj, type) or callable(obj):
            with contextlib.suppress(AttributeError, TypeError):
                obj.__module__ = module
        if isinstance(obj, type):
            for member in vars(obj).values():
                function = getattr(member, "__func__", member)
                owner = getattr(function, "__module__", None) or ""
                if callable(function) and owner.startswith("copaperu._"):
                    with contextlib.suppress(AttributeError, TypeError):
                        function.__module__ = module


def _resolve_annotations(cls: type) -> None:
    """Replace *cls*'s string annotations by the objects they name.

    Once ``__module__`` is rewritten, :func:`typing.get_type_hints` would look the
    names up in the facade and fail (``datetime``, private aliases).
    """
    own = vars(cls).get("__annotations__", {})
    if not own:
        return
    hints = typing.get_type_hints(cls)
    cls.__annotations__ = {key: hints[key] for key in own}
    if getattr(cls, "__attrs_attrs__", None) is not None:
        import attrs

        attrs.resolve_types(cls)
