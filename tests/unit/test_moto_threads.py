"""The state-machine tests repeat a run only when moto itself crashed inside a Task, never when our code failed."""

from __future__ import annotations

import pytest

from tests import moto_threads
from tests.moto_threads import RUNTIME_ERRORS, rerun_on_moto_fault


def test_a_failure_with_a_moto_crash_is_run_again_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[int] = []

    @rerun_on_moto_fault
    def flaky(monkeypatch: pytest.MonkeyPatch) -> None:
        attempts.append(1)
        moto_threads.serialise_moto(monkeypatch)  # clears the record, as every state-machine helper does
        if len(attempts) == 1:
            RUNTIME_ERRORS.append("Traceback ...\nRuntimeError: moto's own fault\n")
            raise AssertionError("a batch was lost")

    with pytest.warns(UserWarning, match="moto raised inside a Task 1 time"):
        flaky(monkeypatch=monkeypatch)
    assert len(attempts) == 2


def test_a_failure_of_our_own_is_not_run_again(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[int] = []

    @rerun_on_moto_fault
    def broken(monkeypatch: pytest.MonkeyPatch) -> None:
        attempts.append(1)
        moto_threads.serialise_moto(monkeypatch)
        raise AssertionError("our handler lost a row")

    with pytest.raises(AssertionError, match="lost a row"):
        broken(monkeypatch=monkeypatch)
    assert len(attempts) == 1
