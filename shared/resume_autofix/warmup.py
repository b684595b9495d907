"""Cache warming at init: a cold container's one-time costs paid before its first request, not in it.

A handler calls ``warm_up("analysis", "autofix")`` (its parts) at import. Each part runs the real code once on the
demo sample that ships in the layer, inside ``cache_manager.isolated()`` so it leaves no cache entry and no
statistics: imports, the English dictionary and vocabulary, compiled Jinja templates, parsed fonts and fpdf2's
first document all happen during the init phase.

With Lambda SnapStart the init phase runs once per published version and the memory is snapshotted, so the
warming is paid once rather than per cold start. The runtime hooks below keep a restored snapshot honest:
memcached sockets opened before the snapshot are closed (new ones are made on first use) and ``random`` is
re-seeded, so restored copies do not share a random sequence. ``snapshot_restore_py`` exists only in the Lambda
runtime; elsewhere the hooks are registered nowhere and never run.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any

from .cache import cache_manager
from .config import Settings, get_settings

logger = logging.getLogger(__name__)

try:  # the Lambda Python runtime (3.12+) ships it; locally there is no snapshot to hook into
    from snapshot_restore_py import register_after_restore, register_before_snapshot
except ImportError:  # pragma: no cover - depends on the runtime

    def register_before_snapshot(func: Callable[..., Any], *_args: Any, **_kwargs: Any) -> Callable[..., Any]:
        return func

    def register_after_restore(func: Callable[..., Any], *_args: Any, **_kwargs: Any) -> Callable[..., Any]:
        return func


@lru_cache(maxsize=1)
def sample() -> tuple[dict[str, Any], str]:
    """The demo resume and job that ship in the layer (``samples/``)."""
    import orjson  # noqa: PLC0415

    folder = resources.files("resume_autofix") / "samples"
    resume = orjson.loads(folder.joinpath("career-changer.json").read_bytes())
    return resume, folder.joinpath("data-analyst-job.txt").read_text(encoding="utf-8")


def _analysis(_settings: Settings) -> None:
    from .analysis import analyze, lexicon  # noqa: PLC0415
    from .resume import load_job_description, load_resume  # noqa: PLC0415

    resume, job = sample()
    analyze(load_resume(resume), load_job_description(job))
    lexicon.bigram_counts()  # read at the first typo with rival corrections (~0.3 s): pay it at init, not then


def _autofix(settings: Settings) -> None:
    from .ai import get_provider  # noqa: PLC0415
    from .fixes import FIX_RULES  # noqa: PLC0415
    from .workflow import run_autofix  # noqa: PLC0415

    if settings.ai_provider != "local":
        get_provider(settings, rules=FIX_RULES)  # the model's client built, never called: no AI call at init
    rules = get_provider(None, rules=FIX_RULES)  # the fix pipeline runs on the local rules engine
    resume, job = sample()
    run_autofix(resume, job, settings=settings, provider_factory=lambda: rules)


def _render(_settings: Settings) -> None:
    from .render import HtmlRenderer, all_themes  # noqa: PLC0415

    renderer = HtmlRenderer()
    resume, _ = sample()
    for theme_id in all_themes():  # each theme's templates compiled once
        renderer.render(resume, theme_id)


def _pdf(_settings: Settings) -> None:
    from .pdf import PdfRenderer, prepared_fonts  # noqa: PLC0415
    from .render import all_themes  # noqa: PLC0415

    prepared_fonts()
    renderer = PdfRenderer()
    resume, _ = sample()
    for theme_id in all_themes():  # each layout's first document (font subsetting set-up, code paths)
        renderer.render(resume, theme_id)


def _memcached() -> None:
    """Open the connection and read the generations now (the first request then finds both ready)."""
    cache_manager.refresh_generations()
    cache_manager.begin_invocation()


last_timings: dict[str, float] = {}
"""What the last ``warm_up`` call spent per part, ms (the bench reports it as the init time warming costs)."""

PARTS: dict[str, Callable[[Settings], None]] = {
    "analysis": _analysis,
    "autofix": _autofix,
    "render": _render,
    "pdf": _pdf,
}


def warm_up(*parts: str, settings: Settings | None = None) -> dict[str, float]:
    """Run ``parts`` (names of :data:`PARTS`) now; return the milliseconds each took.

    Does nothing when ``WARM_START`` is false. A part that fails is logged and skipped: warming is an
    optimisation, never a reason for a cold start to fail.
    """
    settings = settings or get_settings()
    timings: dict[str, float] = {}
    if not settings.warm_start:
        return timings
    for name in parts:
        start = time.perf_counter()
        try:
            with cache_manager.isolated():
                PARTS[name](settings)
        except Exception:  # warming is optional: see the docstring
            logger.warning("warm-up part %s failed; the first request will pay for it", name, exc_info=True)
        timings[name] = round((time.perf_counter() - start) * 1000, 1)
    if cache_manager.backend is not None:
        start = time.perf_counter()
        _memcached()
        timings["memcached"] = round((time.perf_counter() - start) * 1000, 1)
    last_timings.clear()
    last_timings.update(timings)
    return timings


def before_snapshot() -> None:
    """Nothing open may go into the snapshot: memcached sockets would be dead (or shared) after a restore."""
    if cache_manager.backend is not None:
        cache_manager.backend.close()


def after_restore() -> None:
    """A restored copy: new connections on first use, a random sequence of its own, generations re-read."""
    if cache_manager.backend is not None:
        cache_manager.backend.close()
    random.seed()
    cache_manager.begin_invocation()


register_before_snapshot(before_snapshot)
register_after_restore(after_restore)
