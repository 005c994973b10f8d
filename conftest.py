"""Load every lazily loaded public name before anything is collected.

``import copaperu`` loads its names when first used (PEP 562); each then says it
lives in ``copaperu``. Loading them all here makes doctest collection the same
whatever a test touches first.
"""

from __future__ import annotations

import copaperu

for _name in copaperu.__all__:
    getattr(copaperu, _name)
