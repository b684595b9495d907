"""ParallelFixProcessor on the real fix types: stages from dependencies, one AI call, bad ids rejected."""

from __future__ import annotations

import asyncio
import json

import pytest

from resume_autofix.batch import ParallelFixProcessor, combine_fixes_for_single_ai_call, process_fixes_in_parallel
from resume_autofix.exceptions import InvalidInputError


@pytest.fixture
def resume(corpus) -> dict:
    return json.loads((corpus / "resumes" / "fresh-jane-fullstacker.json").read_text(encoding="utf-8"))


def test_default_fixes_run_in_dependency_stages_with_one_ai_call(resume):
    result = asyncio.run(process_fixes_in_parallel(resume))
    assert result.ai_calls == 1
    assert len(result.stages) == 2
    assert ["dates"] in result.stages[0]
    assert all(a["fix"] for a in result.applied)


def test_unknown_fix_ids_are_a_400(resume):
    with pytest.raises(InvalidInputError):
        asyncio.run(ParallelFixProcessor().process_fixes_parallel(resume, ["teleport"]))


def test_combined_prompt_names_every_ai_fix_type(resume):
    out = combine_fixes_for_single_ai_call(resume, [], [])
    assert set(out["fix_types"]) == {"spelling", "action_verbs", "keywords"}
    assert set(out["prompt"].fix_ids) == set(out["fix_types"])
