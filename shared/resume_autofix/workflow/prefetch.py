"""Predictive caching: after an answer, compute the likely next one into the cache, in the background.

What a person does next is predictable. After ``POST /api/analyze`` comes ``POST /api/autofix`` of the same
resume and job; after an auto-fix, the HTML preview (``POST /api/render``) and the PDF (``POST /api/pdf``) of the
fixed resume in the chosen theme. The fix handler calls ``prefetcher.after_analysis`` / ``after_autofix`` once its
answer is computed; the prediction runs on one background thread (at most ``max_queued`` waiting; more are
skipped, never queued without bound) inside ``cache_manager.prefetch.predicting()``, so the cache ledger counts
whether a request then used it (``prefetch_hits``) or it expired unused (``prefetch_wasted``).

Never an AI call on a guess: with ``PREFETCH=local`` (the default) predictions run only when the provider is the
local rules engine; ``PREFETCH=always`` opts in with a paid provider; ``PREFETCH=off`` turns them off.

In Lambda the environment is frozen once the handler returns, so a prediction started at the end of one
invocation finishes while the container is thawed for the next one (or, with memcached, helps another container
through tier 2); locally (``make serve``) it runs at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from ..cache import cache_manager, hash_key, make_key
from ..config import Settings, get_settings

logger = logging.getLogger(__name__)

PREDICTION_VERSION = "p1"  # bump when the auto-fix answer changes shape, so old predictions are not served


def autofix_key(payload: dict[str, Any]) -> str:
    """The general-cache key of a predicted auto-fix answer: a hash of the request, never its text."""
    return make_key("prefetch-autofix", PREDICTION_VERSION, hash_key(payload))


class Prefetcher:
    """Built once per container; one background thread for predictions."""

    def __init__(self, settings: Settings | None = None, *, max_queued: int = 2) -> None:
        self._settings = settings
        self._executor: ThreadPoolExecutor | None = None
        self._slots = threading.BoundedSemaphore(max_queued)
        self._futures: set[Future[None]] = set()
        self._lock = threading.Lock()
        self._inflight: dict[str, threading.Event] = {}  # auto-fix predictions being computed, by cache key

    @property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @property
    def enabled(self) -> bool:
        mode = self.settings.prefetch
        return mode == "always" or (mode == "local" and self.settings.ai_provider == "local")

    # -- the hooks ------------------------------------------------------------------------------------------------
    def after_analysis(self, body: dict[str, Any]) -> Future[None] | None:
        """Predict ``POST /api/autofix`` with the same resume and job (default fixes, no theme, no formats)."""
        if not self.enabled or not isinstance(body.get("resume"), dict):
            return None
        predicted = {"resume": body["resume"], "job_description": body.get("job_description") or None}
        return self._submit(lambda: self._predict_autofix(predicted))

    def after_autofix(self, body: dict[str, Any], answer: dict[str, Any]) -> Future[None] | None:
        """Predict the preview and the PDF of the fixed resume in the request's theme (those not in the answer)."""
        resume = answer.get("resume")
        template_id = body.get("template_id")
        if (
            not self.enabled
            or not isinstance(resume, dict)
            or not (template_id is None or isinstance(template_id, str))
        ):
            return None
        wanted = [fmt for fmt, field in (("html", "html"), ("pdf", "pdf_base64")) if field not in answer]
        if not wanted:
            return None
        return self._submit(lambda: self._predict_outputs(resume, template_id, wanted))

    def predicted_autofix(self, payload: dict[str, Any]) -> dict[str, Any] | None:
        """The predicted answer for an auto-fix request (its ``to_payload()``), or None."""
        if not self.enabled or payload.get("formats"):
            return None  # predictions are made without outputs; the theme only matters for outputs
        key = autofix_key({**payload, "template_id": None})
        running = self._inflight.get(key)
        if running is not None:  # the prediction is being computed (in Lambda: thawed with this request): share it
            running.wait(self.settings.batch_timeout)
        found = cache_manager.get_general_cache().get(key)
        return found if isinstance(found, dict) else None

    def wait(self, timeout: float | None = None) -> None:
        """Until the predictions started so far have finished (tests, benchmarks)."""
        with self._lock:
            futures = set(self._futures)
        wait(futures, timeout=timeout)

    # -- internals ------------------------------------------------------------------------------------------------
    def _submit(self, job: Callable[[], None]) -> Future[None] | None:
        if not self._slots.acquire(blocking=False):
            cache_manager.prefetch.skip()
            return None
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(1, thread_name_prefix="prefetch")
            future = self._executor.submit(self._run, job)
            self._futures.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: Future[None]) -> None:
        with self._lock:
            self._futures.discard(future)

    def _run(self, job: Callable[[], None]) -> None:
        try:
            with cache_manager.prefetch.predicting():
                job()
        except Exception as exc:  # a wrong guess (e.g. an invalid resume) costs nothing but this log line
            logger.info("prediction skipped: %s", type(exc).__name__)
        finally:
            self._slots.release()

    def _predict_autofix(self, body: dict[str, Any]) -> None:
        from . import request_from_body, run_autofix  # noqa: PLC0415 - the pipeline loads on first use

        request = request_from_body(body)
        payload = request.to_payload()
        cache = cache_manager.get_general_cache()
        key = autofix_key(payload)
        if cache.local.peek(cache.full_key(key)) is not None or key in self._inflight:
            return  # predicted already
        done = self._inflight[key] = threading.Event()
        try:
            answer = run_autofix(
                request.resume, request.job_description, fixes=request.fixes, settings=self.settings
            ).to_dict()
            cache.set(key, answer)
        finally:
            del self._inflight[key]
            done.set()

    def _predict_outputs(self, resume: dict[str, Any], template_id: str | None, wanted: list[str]) -> None:
        from .outputs import render_html, render_pdf  # noqa: PLC0415

        for fmt in wanted:  # the renderers' own caches: the render and pdf routes look there
            (render_html if fmt == "html" else render_pdf)(resume, template_id)


prefetcher = Prefetcher()
