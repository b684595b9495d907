"""An experiment, not a benchmark of the product: does ``bench/part_typing.py``'s learned typer help the whole import
of a held-out wave, where it picks which title part is the position and which the employer?

``part_typing.py`` showed the typer right more often than the hand word lists on the newest wave. This asks the
question that matters: the import's field F1 on a wave, with the typer trained only on the sets before it, against
the same import without it. The rules themselves must be those of the time the wave arrived (later rules were tuned
on it), so the importer is taken from a checkout named by ``CODE``:

    git worktree add /tmp/before-109 6d50ec5
    CODE=/tmp/before-109 PYTHONPATH=$(ls -d .venv/lib/python3*/site-packages) \\
        /tmp/ml/bin/python bench/part_typing_pipeline.py 109 115

(``/tmp/ml`` is a venv with scikit-learn, as ``part_typing.py``'s docstring says; scikit-learn is no dependency of the
project.) The typer replaces ``job_score`` where ``jobs.work_items`` asks ``two_roles`` for the position: "learned"
scores a part by the typer's log-odds of position against employer, "tie" only where ``job_score`` says nothing.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [f"{os.environ.get('CODE', ROOT)}/shared", str(ROOT / "bench")]

from _import_docs import Score, real_documents, score_of  # noqa: E402
from part_typing import REAL, examples  # noqa: E402

import resume_autofix.importer.jobs as jobs  # noqa: E402
import resume_autofix.importer.roles as roles  # noqa: E402
from resume_autofix.importer import import_resume  # noqa: E402


def typer(low: int) -> object:
    """The employer/position typer of ``part_typing.py``, trained on the truths of the sets before ``low``."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
    from sklearn.pipeline import make_pipeline, make_union  # noqa: PLC0415

    train = [row for row in examples() if row[0] < low and row[1] in ("employer", "position")]
    model = make_pipeline(
        make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
            TfidfVectorizer(
                analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w[\w.+#&'-]*"
            ),
        ),
        LogisticRegression(max_iter=3000, C=4.0, class_weight="balanced"),
    )
    model.fit([text for _, _, text in train], [kind for _, kind, _ in train])
    return model


def wave_f1(low: int, high: int) -> Score:
    total = Score()
    for folder in sorted(REAL.iterdir()):
        number = folder.name[3:]
        if folder.is_dir() and number.isdigit() and low <= int(number) <= high:
            for name, truth, data, _ in real_documents(folder):
                total.merge(score_of(truth, import_resume(data, name).resume))
    return total


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: part_typing_pipeline.py FIRST_SET LAST_SET (with CODE= a checkout of that time)")
    low, high = int(sys.argv[1]), int(sys.argv[2])
    try:
        model = typer(low)
    except ImportError:
        sys.exit("needs scikit-learn (see the docstring)")
    position = list(model.classes_).index("position")  # type: ignore[attr-defined]
    memo: dict[str, float] = {}

    def log_odds(text: str) -> float:
        if text not in memo:
            p = model.predict_proba([text])[0][position]  # type: ignore[attr-defined]
            memo[text] = math.log((p + 1e-9) / (1 - p + 1e-9))
        return memo[text]

    scorers = {
        "rules": roles.job_score,
        "learned": log_odds,
        "tie": lambda text: roles.job_score(text) or log_odds(text),
    }
    original = jobs.two_roles
    print(f"sets {low}-{high}, importer from {os.environ.get('CODE', ROOT)}, typer trained on the sets before {low}")
    for label, scorer in scorers.items():

        def two_roles(entries: list, score: object, default: int, scorer: object = scorer) -> list:
            return original(entries, scorer if score is roles.job_score else score, default)

        jobs.two_roles = two_roles  # type: ignore[assignment]
        total = wave_f1(low, high)
        fields = " ".join(f"{f} {total.f1([f]):.3f}" for f in ("company", "position"))
        print(f"  {label:<8} F1 {total.f1():.4f}  {fields}")
    jobs.two_roles = original


if __name__ == "__main__":
    main()
