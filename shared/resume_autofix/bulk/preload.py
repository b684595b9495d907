"""Imported by the pool's fork server when ``fork`` is not an option: the pipeline imported and warmed once there.

A fork server runs ``import`` of its preload modules and forks every worker from the result; importing this
module imports the worker (the whole pipeline), runs the analysis and fix warm-up, and freezes what that made
out of the garbage collector's reach (so workers share those pages rather than copy them), so a worker starts warm.
"""

from __future__ import annotations

import gc

from .worker import warm

warm(("analysis", "autofix"))
gc.freeze()
