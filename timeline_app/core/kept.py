"""Objects made to keep, frozen out of the cyclic collector's reach as they are made
(issue 11: "no garbage-collection pause > 16 ms"; session 63, scale68; moved out of
``ui.idle_gc`` in session 64, scale70, so that ``core.query`` builds a large timeline's
facts in it too).

A large container the app keeps (a list of one entry an event) made after the load's
``gc.freeze`` (``io.native``) is walked whole by each collection it passes through, the
young one, the middle one and the next full one, until a full collection freezes it
(``ui.idle_gc``).  Made inside :func:`made_to_keep`, it is frozen at once.  No Qt.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["made_to_keep"]


@contextmanager
def made_to_keep() -> Iterator[None]:
    """Run the block with the cyclic collector off and freeze (``gc.freeze``) what lives
    at its end: for work that makes large containers the app keeps (a list of one entry an
    event), which every collection of each generation they pass through would otherwise
    walk whole (the module docstring; ``ui.idle_gc``).

    Before the block a full collection frees what is garbage then, so that no garbage
    is frozen with it; it walks only what came since the last freeze (the load's, the
    view's, the idle collector's, this one's): a few thousand objects.  What the block
    leaves in reference cycles is frozen too (never collected): the block must make
    acyclic data, as the facts' lists and coded columns are.  With the collector already
    off (a load runs; or inside another ``made_to_keep``) the block runs as it is."""
    if not gc.isenabled():
        yield
        return
    gc.collect()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        gc.enable()
