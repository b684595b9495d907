"""A role joined to its employer by "en", "em" or "in" ("Desarrollador Full stack en Softtek", "Developer in
Treasy"), told apart from a role joined to its subject ("Ingeniero en Sistemas", "Lecturer in Cognitive Systems")."""

from __future__ import annotations

import re

from .codelangs import technology
from .places import LOCATION
from .roles import degree_score, field_score, institution_score, job_score, position_score
from .titles import LEGAL

#: Spanish and Portuguese "at" ("Desarrollador Full stack en Softtek"), which also joins a role to its field
#: ("Especialista en Seguridad", "Ingeniero en Sistemas"): an employer only where no field word follows
_EN = re.compile(r"\s+(?:en|em|na|no|in)\s+(?=[A-ZÁÉÍÓÚÑ])")  # and English "in" ("Developer in Magrathea Labs")
_FIELD_WORDS = (
    "sistemas seguridad segurança ventas vendas marketing desarrollo desenvolvimento informática computación "
    "computação datos dados redes software hardware tecnología tecnologia tecnologías tecnologias ingeniería "
    "engenharia administración administração finanzas finanças recursos soporte suporte calidad qualidade "
    "proyectos projetos infraestructura infraestrutura telecomunicaciones telecomunicações diseño design "
    "educación educação salud saúde logística producción produção operaciones operações "
    # school subjects a teacher's title names ("Enseignant titulaire en Mathématiques", "Profesor en Física")
    "mathématiques matemáticas matemática physique física chimie química biologie biología biologia français "
    "francés inglés anglais english historia histoire história geografía géographie economía économie economia "
    "derecho direito droit música musique ia ai recherche investigación pesquisa informatique ciencias ciências "
    "sciences"
)
_FIELD_AFTER_EN = frozenset(_FIELD_WORDS.split())
#: what an English role is "in" that is no employer ("Software Engineer in Test", "Resident in Surgery"), and the
#: roles that are "in" a subject ("Lecturer in Cognitive Systems", "Research Fellow in Physics")
_IN_SUBJECTS = frozenset(
    [
        "test",
        "testing",
        "training",
        "residence",
        "residency",
        "charge",
        "surgery",
        "medicine",
        "lecturer",
        "professor",
        "researcher",
        "fellow",
        "scientist",
        "teacher",
        "tutor",
        "instructor",
        "student",
        "candidate",
        "scholar",
        "reader",
        "services",
        "operations",
        "care",
    ]
)


def _employer_in(left: str, right: list[str]) -> bool:
    """English "in" before an employer ("Developer in Treasy", "Developer in Magrathea Labs"), not before a subject,
    a place, a region or a technology ("Lecturer in Cognitive Systems", "Consultant in Financial Services",
    "Developer in Berlin", "Sales Manager in EMEA", "Engineer in Java"): one name or an organisation's words."""
    said = " ".join(right)
    return (
        not (_IN_SUBJECTS & {w.casefold() for w in [*right, *left.split()]})
        and not LOCATION.match(said)
        and not technology(said)
        and said.casefold() not in _REGIONS
        and (len(right) == 1 or institution_score(said) > 0 or job_score(said) < 0 or bool(LEGAL.match(right[-1])))
    )


#: regions a sales role is "in" ("Sales Manager in EMEA")
_REGIONS = frozenset({"emea", "apac", "latam", "americas", "europe", "asia", "africa", "na", "north america"})


def employer_after_en(text: str) -> tuple[str, str] | None:
    """The role and the employer of a title that joins them with "en"/"em" ("Desarrollador Full stack en
    Softtek"): a role before it, a short name after it that is no field of work; ``None`` otherwise. Only for a
    title that names no employer elsewhere: the word joins a role to its subject just as often."""
    m = _EN.search(text)
    if m is None:
        return None
    left, right = text[: m.start()], text[m.end() :].split()
    ok = (
        position_score(left) > 0
        and degree_score(left) <= 0
        and 1 <= len(right) <= 4
        and not any(w.casefold() in _FIELD_AFTER_EN for w in right)
        and field_score(" ".join(right)) <= 0  # "Researcher in Machine Learning", "Engineer in Test"
        and not (m.group().strip() == "in" and not _employer_in(left, right))
    )
    return (left.strip(), text[m.end() :].strip()) if ok else None
