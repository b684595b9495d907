"""Spelling beyond English: a German and a Spanish line, lazy dictionaries, certain corrections only."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from resume_autofix.ai import LocalRulesProvider
from resume_autofix.analysis import analyze
from resume_autofix.fixes import DEFAULT_FIXES, FIX_RULES, merge, plan_stages, propose

GERMAN = (
    "Ich habe die Prozesse im Team erfolgreih verbessert und die Kosten für den Versand mit neuer Software "
    "deutlich gesenkt."
)
SPANISH = (
    "Responsable de la gestion del equipo y del desarollo de nuevos productos para el mercado, con liderazgo "
    "y stakeholders."
)


def resume(*highlights: str) -> dict:
    return {
        "basics": {"name": "Jana Muñoz", "email": "jana@example.com"},
        "work": [
            {
                "name": "Telefónica",
                "position": "Jefa de Proyecto",
                "startDate": "2019",
                "endDate": "2023",
                "highlights": list(highlights),
            }
        ],
    }


def spelling(doc: dict) -> list[dict]:
    return [i["data"] for i in analyze(doc).to_dict()["issues"] if i["type"] == "spelling"]


def fixed(doc: dict) -> tuple[dict, list, list]:
    analysis = analyze(doc).to_dict()
    applied: list[dict] = []
    rejected: list[dict] = []
    for stage in plan_stages(DEFAULT_FIXES):
        proposals: dict = {}
        for job in stage:
            proposals.update(propose(job, doc, analysis, None, LocalRulesProvider(FIX_RULES)))
        result = merge(doc, proposals, analysis)
        doc, applied, rejected = result.resume, applied + result.applied, rejected + result.rejected
    return doc, applied, rejected


def test_german_line_gets_its_one_certain_correction() -> None:
    found = spelling(resume(GERMAN))
    assert [(f["word"], f["suggestion"], f["confident"]) for f in found] == [("erfolgreih", "erfolgreich", True)]
    doc, applied, rejected = fixed(resume(GERMAN))
    assert doc["work"][0]["highlights"][0] == GERMAN.replace("erfolgreih", "erfolgreich")
    assert [a["fix"] for a in applied] == ["spelling"]
    assert rejected == []


def test_spanish_line_gets_accent_and_letter_fixes_and_keeps_unknown_words() -> None:
    found = spelling(resume(SPANISH))
    assert [(f["word"], f["suggestion"]) for f in found] == [("gestion", "gestión"), ("desarollo", "desarrollo")]
    assert all(f["confident"] for f in found)
    doc, _, rejected = fixed(resume(SPANISH))
    # "liderazgo" is missing from the dictionary and has no candidate: left alone, like the English word.
    assert doc["work"][0]["highlights"][0] == SPANISH.replace("gestion", "gestión").replace("desarollo", "desarrollo")
    assert rejected == []


def test_names_capitalised_nouns_and_english_words_are_never_corrected() -> None:
    line = "Coordiné con Muñoz y Telefónica la migración de los dashboards de ventas y del frontend."
    assert spelling(resume(line)) == []
    # German nouns are capitalised anywhere: an unknown one is never reported (compounds are too many).
    assert spelling(resume("Ich habe die Kundenzufriedenheitsanalyse und die Lieferantenbewertung geleitet.")) == []


def test_dictionaries_load_only_for_languages_met() -> None:
    code = (
        textwrap.dedent("""
        from resume_autofix.analysis import analyze
        from resume_autofix.analysis.dictionaries import loaded_languages
        english = {"basics": {"summary": "Built reliable services and led a team of five engineers."}}
        analyze(english); print(loaded_languages())
        analyze({"basics": {"summary": "Я руководил командой из пяти инженеров и строил надёжные сервисы."}})
        print(loaded_languages())
        analyze({"basics": {"summary": "%s"}}); print(loaded_languages())
    """)
        % SPANISH
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["[]", "[]", "['es']"]  # Russian is never loaded: Cyrillic alone does not say which language
