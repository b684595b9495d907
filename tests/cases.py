"""Shared cases for the render/pdf tests: the corpus resumes, the themes, names in several scripts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "data" / "corpus" / "resumes"
VALID = sorted(p.stem for p in CORPUS.glob("*.json") if not p.stem.startswith("invalid-"))
INVALID = sorted(p.stem for p in CORPUS.glob("invalid-*.json"))
THEMES = ("classic", "compact", "modern")

#: names in the scripts the issue lists, each with the words a reader must get back
UNICODE_NAMES = {
    "japanese": "黒音キト",
    "german": "Jürgen Größmann-Weiß",
    "polish": "Zażółć Gęślą Jaźń",
    "greek": "Αλέξανδρος Παπαδόπουλος",
    "cyrillic": "Анастасия Дмитриевна Соколова",
}


def load(name: str) -> dict[str, Any]:
    return json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


#: one line of prose per language the analysis tells apart, in the words a person writes about themselves
PROSE = {
    "de": "Ich entwickle seit acht Jahren Backend-Systeme mit Kotlin und Java für den Handel und die Industrie.",
    "fr": "Développeuse backend depuis huit ans, je conçois des services pour la logistique et le commerce.",
    "es": "Desarrolladora backend con ocho años de experiencia en servicios para la logística y el comercio.",
    "pt": "Desenvolvedora backend com oito anos de experiência em serviços para a logística e o comércio.",
    "it": "Sviluppatrice backend con otto anni di esperienza nei servizi per la logistica e il commercio.",
    "nl": "Backend-ontwikkelaar met acht jaar ervaring in het bouwen van diensten voor de logistiek en de handel.",
    "ru": "Backend-разработчик с восьмилетним опытом. Проектирую сервисы для логистики и торговли.",
    "ja": "バックエンドエンジニアとして8年間、物流と小売のサービスを設計・開発してきました。",
    "ko": "백엔드 개발자로 8년 동안 물류와 유통 서비스를 설계하고 개발했습니다.",
    "en": "Backend developer with eight years of experience building services for logistics and retail.",
}


def lang_resume(lang: str) -> dict[str, Any]:
    """A small resume whose prose is in ``lang``: one job (open-ended, from March 2021), one school, skills."""
    return {
        "basics": {"name": "Alex Example", "summary": PROSE[lang]},
        "work": [
            {"name": "Example Logistics", "position": "Backend", "startDate": "2021-03-01", "highlights": [PROSE[lang]]}
        ],
        "education": [{"institution": "Example University", "startDate": "2012-10", "endDate": "2016-07"}],
        "skills": [{"name": "Kotlin"}],
    }


#: entries whose title and organisation cannot share a line with the dates (issue 15's reading-order cases)
LONG_ENTRIES: dict[str, Any] = {
    "basics": {"name": "Max Mustermann"},
    "work": [
        {"position": "Fullstack developer, lead engineer", "name": "VS Industrie GmbH", "startDate": "2026-02"},
        {
            "position": "Senior Principal Staff Distinguished Software Engineering Architect and Platform Lead",
            "name": "Internationale Versicherungsgesellschaft für Industrie und Handel AG",
            "startDate": "2019-02",
            "endDate": "2026-01",
            "url": "https://example.com",
        },
        {
            "position": "Dev",
            "name": "Internationale Versicherungsgesellschaft für Industrie und Handel AG Niederlassung Deutschland",
            "startDate": "2015-02",
            "endDate": "2019-01",
        },
        {
            "position": "Werkstudentin Softwareentwicklung im Bereich Datenplattform und Berichtswesen",
            "name": "Stadtwerke",
            "startDate": "2013-04",
            "endDate": "2015-01",
        },
    ],
    "education": [
        {
            "institution": "Rheinisch-Westfälische Technische Hochschule Aachen, Fakultät für Mathematik, Informatik",
            "studyType": "Master of Science",
            "area": "Informatik mit Nebenfach Betriebswirtschaftslehre",
            "startDate": "2010-10",
            "endDate": "2013-03",
        }
    ],
    "projects": [
        {"name": "x" * 30 + " " + "y" * 40, "entity": "Open Source Foundation", "startDate": "2020"},
        {
            "name": "Datenplattform",
            "startDate": "seit dem Frühjahr 2019, in Teilzeit und mit einer Pause von sechs Monaten im Jahr 2020 wegen",
            "endDate": "Elternzeit, danach wieder in Vollzeit und mit Leitung des Teams bis heute",
        },
    ],
}


def pdf_with_header(name: str, email: str) -> Any:
    """An fpdf2 document on its first page, the person's name large and bold over their e-mail address: where the
    importer's PDF tests write the lines they are about."""
    from fpdf import FPDF  # noqa: PLC0415 - only the PDF tests need it

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, email, new_x="LMARGIN", new_y="NEXT")
    return pdf
