"""An experiment, not a benchmark of the product: would a learned classifier carry to unseen documents where the
hand-made rules do not?

It takes one piece of the importer's work, typing a title part: is "Elektrobit Automotive GmbH" an employer, a job
title, a school or a degree? The examples are the values of every truth file in ``tests/data/real`` (employer,
position, institution, studyType). Each held-out wave is typed in two ways, trained only on the sets that came
before it, as the waves arrived:
- the rules' answer: ``degree_score``, ``institution_score``, ``job_score`` in that order, else an employer;
- a logistic regression on character and word n-grams, alone and with the rules' answer as one more feature.

The rules' word lists were written after looking at every set, the later waves too, so they have the advantage.

Needs scikit-learn, which is no dependency of the project (and so no part of the test suite): ``python3 -m venv
/tmp/ml && /tmp/ml/bin/pip install scikit-learn``, then, with the project's own packages beside it,
``PYTHONPATH=shared:$(ls -d .venv/lib/python3*/site-packages) /tmp/ml/bin/python bench/part_typing.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from resume_autofix.importer.roles import degree_score, institution_score, job_score

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
#: each wave of held-out sets, as they arrived (sets before 61 were the corpus the rules started from)
WAVES = [
    (61, 68),
    (69, 81),
    (82, 95),
    (96, 101),
    (102, 108),
    (109, 115),
    (116, 122),
    (123, 129),
    (130, 137),
    (138, 143),
]
FIELDS = {
    "work": {"name": "employer", "position": "position"},
    "education": {"institution": "school", "studyType": "degree"},
}


def examples() -> list[tuple[int, str, str]]:
    """(set number, type, text) for every employer, position, school and degree the truths name."""
    rows = []
    for path in sorted(REAL.rglob("*.truth.json")):
        folder = path.parent.name
        number = int(folder[3:]) if folder.startswith("set") and folder[3:].isdigit() else 0
        truth = json.loads(path.read_text())
        for section, fields in FIELDS.items():
            for entry in truth.get(section) or []:
                rows.extend((number, kind, entry[key]) for key, kind in fields.items() if entry.get(key))
    return rows


def rules(text: str) -> str:
    if degree_score(text) > 0:
        return "degree"
    if institution_score(text) > 0:
        return "school"
    if job_score(text) > 0:
        return "position"
    return "employer"


def main() -> None:
    try:
        from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
        from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
        from sklearn.linear_model import LogisticRegression  # noqa: PLC0415
        from sklearn.pipeline import make_pipeline, make_union  # noqa: PLC0415
        from sklearn.preprocessing import FunctionTransformer  # noqa: PLC0415
    except ImportError:
        sys.exit("needs scikit-learn (see the docstring)")
    rows = examples()
    ruled = {text: rules(text) for _, _, text in rows}

    def model(with_rules: bool) -> object:
        parts = [
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
            TfidfVectorizer(
                analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w[\w.+#&'-]*"
            ),
        ]
        if with_rules:
            one_hot = FunctionTransformer(lambda texts: [{"rule=" + ruled[t]: 3.0} for t in texts])
            parts.append(make_pipeline(one_hot, DictVectorizer()))
        return make_pipeline(make_union(*parts), LogisticRegression(max_iter=3000, C=4.0, class_weight="balanced"))

    print(f"{len(rows)} title parts from the truths; accuracy of the type, trained on the sets before each wave\n")
    print(f"{'held-out wave':<18}{'parts':>6}{'rules':>8}{'learned':>9}{'learned+rules':>15}")
    for low, high in [*WAVES, (61, 143)]:
        train = [r for r in rows if r[0] < low]
        test = [r for r in rows if low <= r[0] <= high]
        truth = [kind for _, kind, _ in test]
        texts = [text for _, _, text in test]
        scores = [sum(a == b for a, b in zip(truth, [ruled[t] for t in texts], strict=True)) / len(test)]
        for with_rules in (False, True):
            m = model(with_rules)
            m.fit([t for _, _, t in train], [k for _, k, _ in train])  # type: ignore[attr-defined]
            guess = m.predict(texts)  # type: ignore[attr-defined]
            scores.append(sum(a == b for a, b in zip(truth, guess, strict=True)) / len(test))
        print(f"sets {low}-{high:<11}{len(test):>6}{scores[0]:>8.3f}{scores[1]:>9.3f}{scores[2]:>15.3f}")


if __name__ == "__main__":
    main()
