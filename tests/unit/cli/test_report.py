"""What the CLI shows: word diffs of long texts, the grouped timings, the changes file."""

from __future__ import annotations

from resume_autofix.cli.report import changes_markdown, summary, word_diff


def test_word_diff_shows_only_the_change_with_context() -> None:
    old = "one two three four five six seven eight nine ten eleven twelve teh end"
    new = "one two three four five six seven eight nine ten eleven twelve the end"
    assert word_diff(old, new) == "… ten eleven twelve ~~teh~~ **the** end"


def test_word_diff_makes_spacing_changes_visible() -> None:
    assert word_diff("three certifications  while", "three certifications while") == (
        "three certifications ~~(extra space)~~ while"
    )
    assert word_diff("into into impact", "into impact") == "~~into~~ into impact"


def _result() -> dict:
    analysis = {"score": 60, "keywords": {"coverage": 0.5, "matched": [{}], "missing": [{}]}, "recommendations": []}
    after = {**analysis, "score": 70, "recommendations": [{"message": "Add 'Kafka' if it is true"}]}
    return {
        "analysis_before": analysis,
        "analysis_after": after,
        "applied": [
            {"fix": "dates", "op": "replace", "path": "/work/0/startDate", "value": "2020-03", "old": "Mar 2020"}
        ],
        "rejected": [{"fix": "keywords", "path": "/skills/0", "reason": "no evidence"}],
        "ai_calls": 1,
        "timings_ms": {"analyze": 5.0, "apply:1:a": 1.0, "merge:1": 2.0, "analyze_after": 3.0, "total": 12.0},
    }


def test_summary_groups_fix_steps() -> None:
    text = summary(_result(), cache_stats={"t": {"hits": 2, "misses": 1}}, provider="local", written=["out/a"])
    assert "60 → 70 (+10)" in text
    assert "fixes 3.0 ms" in text
    assert "2 hits, 1 misses" in text


def test_changes_markdown_lists_applied_rejected_and_recommendations() -> None:
    text = changes_markdown(_result(), {"work": [{"startDate": "Mar 2020"}]})
    assert "`Mar 2020` → `2020-03`" in text
    assert "no evidence" in text
    assert "Add 'Kafka'" in text
