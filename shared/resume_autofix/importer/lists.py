"""Sections that are lists rather than dated entries: skills, languages, interests, references, summaries."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from .codelangs import opens_with_technology
from .dates import DURATION
from .lines import CELL_SEP, Line
from .listitems import commented, items_of, phrase, prose, sentence
from .rawentry import join_wrapped
from .wraps import bracket_tails, wrapped_label_rows

_CATEGORY = re.compile(r"^(?P<name>[^:：]{1,60}?)\s*(?:\((?P<level>[^()]{1,40})\))?\s*[:：]\s*(?P<items>.*)$")
_LEVEL = re.compile(r"^(?P<name>.+?)\s*(?:\((?P<paren>[^()]{1,40})\)|\s[-–—:]\s(?P<dash>.{1,40}))$")


_LEVELS = frozenset(
    [
        "master",
        "expert",
        "advanced",
        "intermediate",
        "beginner",
        "novice",
        "proficient",
        "basic",
        "fluent",
        "native",
        "competent",
        "familiar",
        "experienced",
        "skilled",
    ]
)


def skill_group(lines: list[Line], heading: str = "") -> dict[str, Any] | None:
    """A section no vocabulary names, holding a level word and short items ("WEB DEVELOPMENT" / "MASTER" / "HTML"
    / "CSS"), as JSON Resume themes print a skill: the skill, its level and its keywords; else ``None``."""
    texts = [line.text.strip() for line in lines if line.text.strip()]
    levels = [t for t in texts if _level_word(t)]  # "MASTER", "Avancé", "Experto"
    items = [t for t in texts if not _level_word(t)]
    if len(levels) != 1 or not items or any(len(t.split()) > 4 or t.endswith(".") for t in items):
        return None
    return {"name": heading, "level": levels[0], "keywords": items}


def technology_group(lines: list[Line], heading: str) -> dict[str, Any] | None:
    """A section no vocabulary names whose short items are technologies ("Libraries and Frameworks" / "Kafka,
    Hazelcast" / "Spring, Spring Boot" in a sidebar with no "Skills" over it): a group of skills under its heading;
    else ``None``. Its heading names a kind of technology, or half of its items or more are ones the skills
    vocabulary knows."""
    texts = logical_lines(lines)
    items = [item for text in texts for item in items_of(text)]
    named = _TECH_HEADING.fullmatch(heading.strip()) is not None
    # one line of them under a name in capitals ("GOTAWA" / "JS, PHP, MySQL") is a project's stack, no group,
    # where under "Frameworks & Libraries" it is one
    if (
        (len(texts) < 2 and not named)
        or len(items) < 3
        or any(len(item.split()) > 6 or sentence(item) for item in items)
    ):
        return None
    known = sum(1 for item in items if opens_with_technology(item))
    return {"name": heading, "keywords": items} if named or known * 2 >= len(items) else None


#: a heading that names kinds of technology and nothing else ("Libraries and Frameworks", "Dev Tools",
#: "Programming languages", "Methodology/Approach"; not "Stack Exchange Answers" or "Toolmaking Apprenticeship")
_TECH_KIND = (
    r"(?:[^\W\d_]+\s)?(?:frameworks?|librar(?:y|ies)|tools?|technolog(?:y|ies)|stacks?|methodolog(?:y|ies)|"
    r"platforms?|programming(?:\s+languages?)?)"
)
_TECH_HEADING = re.compile(rf"(?i){_TECH_KIND}(?:\s*(?:,|&|/|\band\b)\s*(?:{_TECH_KIND}|[^\W\d_]+))*\s*:?")


def _level_and_keywords(skill: dict[str, Any], items: list[str]) -> None:
    """ "Web Development: Expert, Keywords: Python, Ruby" (JSON Resume and YAMLResume themes): the first item is
    the level when it is a level word, and a label inside the list ("Keywords:", "Mots-clés :") is no keyword."""
    if items and "level" not in skill and _level_word(items[0]):
        skill["level"] = items.pop(0)
    keywords = [(m.group("value") if (m := _INNER_LABEL.match(item)) else item) for item in items]
    if keywords and (lead := _LEAD_BRACKET.match(keywords[0])) and _level_word(lead.group("level")):
        skill.setdefault("level", lead.group("level"))  # "Programming: (Beginner) Python, Java": the list's level
        keywords[0] = lead.group("item")
    # "HTML (expert), CSS (expert)", "Go(精通)": the keyword without its level, the level the skill's where all agree
    matches = [m if (m := _LEVEL.match(k)) and m.group("paren") else None for k in keywords]
    levels = [m.group("paren").strip() if m else "" for m in matches]
    if keywords and all(_level_word(level) for level in levels):
        keywords = [m.group("name").strip() for m in matches if m]
        if len(set(levels)) == 1 and "level" not in skill:
            skill["level"] = levels[0]
    skill["keywords"] = keywords


_LEAD_BRACKET = re.compile(r"^\((?P<level>[^()]{2,20})\)\s*(?P<item>\S.*)$")


#: a level drawn or counted rather than said: a percentage, a score out of 5 or 10, stars or dots
_LEVEL_MARK = re.compile(r"\d{1,3}\s?%|\d(?:[.,]\d)?\s?/\s?(?:5|10)|[★☆✩✪✭✮●○◉◎◆◇■□▪▫]+(?:\s?[★☆✩✪✭✮●○◉◎◆◇■□▪▫]+)*")


def _level_word(text: str) -> bool:
    return text.lower() in _LEVELS or text.lower() in _LEVELS_ELSEWHERE


_INNER_LABEL = re.compile(r"^[^\W\d_][\w -]{0,24}?\s?[:：]\s*(?P<value>\S.*)$")
_CJK_LEVELS = ("精通", "熟练", "熟悉", "了解", "掌握", "熟练掌握", "擅长", "熟練", "瞭解")
#: level words in the analysis languages besides English
_LEVELS_ELSEWHERE = frozenset(
    {"débutant", "intermédiaire", "avancé", "confirmé", "anfänger", "fortgeschritten", "experte", "principiante"}
    | {"intermedio", "avanzado", "experto", "iniciante", "intermediário", "avançado", "especialista", "avanzato"}
    | {"esperto", "gevorderd", "beginnend", "gemiddeld"}
    | set(_CJK_LEVELS)
)
#: a level said before the first item ("Proficient in MS Office, QuickBooks", "Basic knowledge of SQL, C++")
_LEAD_PHRASE = re.compile(
    r"(?i)^(?P<level>(?:(?:very |sehr )?(?:basic|good|working|solid|advanced|strong|in-depth) )?knowledge (?:of|in)|"
    r"proficient (?:in|with)|familiar with|experienced (?:in|with)|experience (?:in|with)|expert in|skilled in|"
    r"fluent in|(?:sehr gute |gute )?(?:grund)?kenntnisse in|maîtrise de|connaissances? (?:de|en))"
    r"\s+(?P<item>\S.*)$"
)
#: a Chinese level word before the first item ("熟练掌握 Python、Java"): the level, no part of the item
_LEAD_LEVEL = re.compile(
    r"^(?P<level>" + "|".join(sorted((*_CJK_LEVELS, "熟练使用"), key=len, reverse=True)) + r")\s*(?P<item>\S.*)$"
)


def logical_lines(lines: list[Line]) -> list[str]:
    """Lines with wrapped continuations joined (a line ending in a comma, or starting in lower case)."""
    out: list[str] = []
    bullet: Line | None = None  # the list item the lines since it may wrap
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        wrapped_list = bool(out) and line.size > 0 and _CATEGORY.match(out[-1]) is not None and ":" not in text
        hanging = bullet is not None and bullet.x0 > 0 and line.x0 > bullet.x0 + 1  # indented under its item
        if (
            out
            and not line.bullet
            and line.gap_before < 0.45
            and not (_CATEGORY.match(text) and _CATEGORY.match(out[-1]))  # "jQuery: ..." starts a new category
            and (
                out[-1].rstrip().endswith((",", ";", "-"))
                or text[:1].islower()
                or wrapped_list
                or hanging
                or _JOINING_END.search(out[-1]) is not None  # "Reparatur von Getrieben und" / "Kupplungen"
            )
        ):
            out[-1] = join_wrapped(out[-1], text)
        else:
            out.append(text)
            bullet = line if line.bullet else None
    return out


#: a word that joins what comes after it, ending a line: the item goes on on the next line
_JOINING_END = re.compile(r"(?i)\s(?:and|und|et|y|e|&|of|von|für|for|with|mit)$")


def paragraphs(lines: list[Line]) -> str:
    """Prose lines joined into paragraphs (a visual gap or a bullet starts a new one)."""
    paras: list[str] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        if paras and not line.bullet and line.gap_before < 0.45:
            paras[-1] = join_wrapped(paras[-1], text)
        else:
            paras.append(text)
    return "\n".join(paras)


def _by_rows(
    lines: list[Line],
    row: Callable[[str, str], dict[str, Any]],
    rest: Callable[[list[Line]], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """The lines in order: a line of margin labels gives ``row(label, value)`` per pair, each run of other lines
    goes to ``rest``."""
    found: list[dict[str, Any]] = []
    run: list[Line] = []
    for line in lines:
        pairs = line.labelled()
        if not pairs:
            run.append(line)
            continue
        if run:
            found.extend(rest(run))
            run = []
        found.extend(row(label, value) for label, value in pairs)
    if run:
        found.extend(rest(run))
    return found


def _run_in_label(line: Line) -> Line:
    """ "APIs / Frameworks  OpenGL, Qt, CUDA": a bold first cell before a comma list is the category's label; so is a
    plain one of a few words before a list of three items or more (a word processor's table row: "Cloud und DevOps
    Google Cloud, AWS, CI/CD")."""
    cells = line.cells
    if (
        # (not "JavaScript · Expert, Python · Expert": each item with its level, read by the lines' reader)
        (line.bold or (len(cells) == 2 and cells[1].count(",") >= 2 and "·" not in cells[1]))
        and not line.labels
        and len(cells) == 2
        and len(cells[0].split()) <= (4 if line.bold else 6)
        and "," not in cells[0]
        and not cells[0].rstrip().endswith((":", "："))
        and ("," in cells[1] or (line.bold and cells[1].count(" - ") >= 2))  # "Java - C# - Python"
    ):
        return dataclasses.replace(line, labels=frozenset({0}))
    return line


def skills(lines: list[Line]) -> list[dict[str, Any]]:
    table, lines = _skill_table(_without_language_grid([_years_joined(line) for line in lines]))
    # "category 1  XXX, YYY, ZZZ" rows: the margin label names the category
    rows = [_run_in_label(_level_between(line)) for line in wrapped_label_rows(bracket_tails(lines))]
    return table + _by_rows(rows, _named_items, _skills)


def _level_between(line: Line) -> Line:
    """ "Web 开发 精通 HTML CSS Javascript": a JSON Resume theme's skill, its level and its keywords on one line, no
    mark between them; written as "name (level): keywords" for the rows' reader."""
    words = line.text.split()
    if len(line.cells) != 1 or any(mark in line.text for mark in ",:：，、;()"):
        return line
    for i in range(1, len(words) - 1):
        after = words[i + 1 :]
        if words[i] in _CJK_LEVELS:  # (an English level word is a name's too often: "Visual Basic")
            return line.retext(f"{' '.join(words[:i])} ({words[i]}): {', '.join(after)}")
    return line


def _years_joined(line: Line) -> Line:
    """ "Python  5+  χρόνια": how long a skill was used, set in two cells (the number flush right, read as a margin
    label), is one cell after the skill's."""
    cells = line.cells
    if len(cells) == 3 and DURATION.fullmatch(f"{cells[1].strip()} {cells[2].strip()}"):
        return line.retext(CELL_SEP.join([cells[0], f"{cells[1].strip()} {cells[2].strip()}"]))
    return line


_SKILL_COLUMN = re.compile(
    r"(?i)^(?:skills?|tools?|technolog(?:y|ies)|skill\s*/\s*tool|tool\s*/\s*skill|name|kenntnis(?:se)?|"
    r"compétences?|outils?|habilidad(?:es)?|herramientas?|competenze|技能|スキル)$"
)
_LEVEL_COLUMN = re.compile(
    r"(?i)^(?:level|proficiency|expertise|experience|years|niveau|nivel|livello|kenntnisstand|熟练度|レベル)$"
)


def _skill_table(lines: list[Line]) -> tuple[list[dict[str, Any]], list[Line]]:
    """A table of skills under a header row ("Skill / Tool | Proficiency | Notes"): each row's first cell is a
    skill, the level column its level; a notes column is no skill (it stays in the source text). Returns the
    skills and the lines that are no part of the table."""
    for h, line in enumerate(lines):
        cells = line.cells
        if len(cells) < 2 or not _SKILL_COLUMN.match(cells[0].strip()):
            continue
        level = next((k for k, c in enumerate(cells) if k and _LEVEL_COLUMN.match(c.strip())), None)
        if level is None:
            continue
        rows: list[Line] = []
        for row in lines[h + 1 :]:
            if len(row.cells) != len(cells):
                break
            rows.append(row)
        found = [{"name": r.cells[0], "level": r.cells[level]} for r in rows]
        return found, lines[:h] + lines[h + 1 + len(rows) :]
    return [], lines


#: a CEFR level ("B2") or a level band ("A1/A2") of the Europass language grid
_CEFR = re.compile(r"\b[ABC][12](?:/[ABC][12])?\b")
#: the grid's first row: the mother tongue or the other languages (Europass in its languages)
_LANGUAGE_ROW = re.compile(
    r"(?i)^(?:mother tongue|other language|muttersprache|weitere sprache|langue maternelle|autre langue|"
    r"lengua materna|otro idioma|otra lengua|lingua madre|altre? lingu|língua materna|outra língua|outras línguas|"
    r"język ojczysty|inne języki|moedertaal|andere talen)"
)


_PLURAL = re.compile(r"\((?:s|n|es|e|i|en)\)")  # "Lengua(s) materna(s)", "Muttersprache(n)"


def _without_language_grid(lines: list[Line]) -> list[Line]:
    """The skills without Europass's language grid: from its mother-tongue row to its last row of CEFR levels
    ("Englisch  C1  C1  B2  B2  C1"), the languages and their self-assessment are no skills."""
    start = next((i for i, line in enumerate(lines) if _LANGUAGE_ROW.match(_PLURAL.sub("", line.text))), None)
    if start is None:
        return lines
    levels = [i for i, line in enumerate(lines) if i > start and len(_CEFR.findall(line.text)) >= 3]
    if not levels:
        return lines
    return lines[:start] + lines[levels[-1] + 1 :]


def _named_items(name: str, value: str) -> dict[str, Any]:
    return {"name": name, "keywords": items_of(value)}


#: a bullet's glyph glued to a group's name (a right-to-left line sets "▶ داده" as "داده▶"), and the spaces
_GLYPHS = " ▶►▸▪•◆■●"
#: a skill and a percentage in a cell of its own ("React TS  %95", "Python  80%")
_PERCENT_ROW = re.compile(rf"^(?P<name>[^,;:]{{1,40}}?){re.escape(CELL_SEP)}\s*(?P<level>%\s?\d{{1,3}}|\d{{1,3}}\s?%)$")


def _skills(lines: list[Line]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    heading: dict[str, Any] | None = None  # "Unity 游戏开发：" over the sentences that describe it
    for text in logical_lines(lines):
        if rated := _PERCENT_ROW.match(text):  # "React TS  %95": a skill and how well, as a bar's label says it
            found.append({"name": rated.group("name").strip(), "level": rated.group("level")})
            continue
        m = _CATEGORY.match(text)
        if m and not m.group("items").strip() and 0 < len(m.group("name").split()) <= 6:
            heading = {"name": m.group("name").strip(_GLYPHS), "keywords": []}
            found.append(heading)
            continue
        if heading is not None and sentence(text):  # kept whole, not cut at its commas into "skills"
            heading["keywords"].append(text)
            continue
        heading = None
        if m and m.group("items").strip() and len(m.group("name").split()) <= 6:
            for k, (name, items) in enumerate(
                _inner_groups(m.group("name").strip(_GLYPHS), items_of(m.group("items")))
            ):
                skill: dict[str, Any] = {"name": name}
                if m.group("level") and k == 0:
                    skill["level"] = m.group("level").strip()
                _level_and_keywords(skill, items)
                found.append(skill)
            continue
        if prose(text) or phrase(text) or commented(text):  # "Proficient in several languages, including …"
            found.append({"name": text})
            continue
        items = items_of(text)
        bare = [f for f in found[-len(items) :] if set(f) == {"name"}] if items else []
        if items and all(_level_word(item) for item in items) and len(bare) == len(items):
            for named, said in zip(bare, items, strict=True):  # "Web Development  Compression" / "Master  Master"
                named["level"] = said
            continue
        lead = (_LEAD_LEVEL.match(items[0]) or _LEAD_PHRASE.match(items[0])) if items else None
        if lead and all(len(item) <= 45 for item in (lead.group("item"), *items[1:])):
            found.append({"level": lead.group("level"), "keywords": [lead.group("item"), *items[1:]]})
            continue
        _add_items(found, items)
    return found


#: a group's label inside a run of groups on one line ("…, CSS3, Cloud & Platforms: Cloud Computing, …")
_INNER_GROUP = re.compile(r"^(?P<label>[^\W\d_][\w &/+.-]{0,30}?)\s?[:：]\s*(?P<value>\S.*)$")
#: labels inside a group's list that name no group of their own ("Web Development: Expert, Keywords: Python")
_LIST_LABELS = frozenset(
    {"keywords", "mots-clés", "mots clés", "tags", "schlagwörter", "stichwörter", "palabras clave", "palavras-chave"}
    | {"parole chiave", "trefwoorden", "nøkkelord", "nyckelord", "nøgleord", "słowa kluczowe", "level", "niveau"}
)


def _inner_groups(name: str, items: list[str]) -> list[tuple[str, list[str]]]:
    """Groups written one after another on a line ("Frontend: JavaScript, React, Backend: Node.js, PHP"): each
    label after the first opens a group of its own, not a keyword of the one before."""
    groups: list[tuple[str, list[str]]] = [(name, [])]
    for item in items:
        m = _INNER_GROUP.match(item)
        if (
            m
            and groups[-1][1]
            and m.group("label").strip().lower() not in _LIST_LABELS
            and "//" not in item
            and any(c.isalpha() for c in m.group("value"))  # "Accuracy: 100%": a measure, no group
        ):
            groups.append((m.group("label").strip(), [m.group("value").strip()]))
        else:
            groups[-1][1].append(item)
    return groups


def _add_items(found: list[dict[str, Any]], items: list[str]) -> None:
    """Each item a skill ("HTML (expert)": with its level); a level alone is the level of the bare skill before
    it ("Python  Expert", "Python" / "Expert", "Figma  80%", "Ruby  ★★★") and no skill of its own."""
    for k, item in enumerate(items):
        # a level word after a skill on its line ("Python  Expert") or on a line of its own is a level; one that
        # opens a list ("Master, Rust, C") may be a name; a mark never is
        # so is how long it was used ("Python  6 years")
        if (
            _LEVEL_MARK.fullmatch(item.strip())
            or ((k > 0 or len(items) == 1) and _level_word(item))
            or (k > 0 and DURATION.fullmatch(item.strip()))
        ):
            if found and set(found[-1]) == {"name"}:
                found[-1]["level"] = item
            continue
        name, said = _said_level(item)
        found.append({"name": name, "level": said} if said else {"name": name})


def _said_level(item: str) -> tuple[str, str | None]:
    """ "HTML (expert)", "English – fluent": the item's name and the level said after it, if any."""
    level = _LEVEL.match(item)
    if level and (said := level.group("paren") or level.group("dash")):
        return level.group("name").strip(), said.strip()
    used = _USED_FOR.match(item)
    if used and used.group("name").strip():  # "Source Control 7 years": the skill, and how long
        return used.group("name").strip(), used.group("years").strip()
    return item, None


_USED_FOR = re.compile(
    rf"^(?P<name>.*?[^\s(\[–—-])[\s(\[–—-]+(?P<years>{DURATION.pattern.removeprefix('(?i)')})[)\]]?$", re.IGNORECASE
)


def languages(lines: list[Line]) -> list[dict[str, Any]]:
    # "English  Fluent  (comment)": the label is the language, the next cell its level
    return _by_rows(lines, lambda name, value: {"language": name, "fluency": value}, _languages)


def _languages(lines: list[Line]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for text in logical_lines(lines):
        m = _CATEGORY.match(text)
        if m and m.group("items").strip() and len(m.group("name").split()) <= 3 and not m.group("level"):
            found.append({"language": m.group("name").strip(), "fluency": m.group("items").strip()})
            continue
        for item in items_of(text):
            name, said = _said_level(item)
            found.append({"language": name, "fluency": said} if said else {"language": name})
    return found


def interests(lines: list[Line]) -> list[dict[str, Any]]:
    return _by_rows(lines, _named_items, _interests)  # "hobby 1  Description"


def _interests(lines: list[Line]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for text in logical_lines(lines):
        m = _CATEGORY.match(text)
        if m and m.group("items").strip():
            found.append({"name": m.group("name").strip(), "keywords": items_of(m.group("items"))})
        else:
            found.extend({"name": item} for item in items_of(text))
    return found


def references(lines: list[Line]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for line in lines:
        text = line.text.strip()
        if not text:
            continue
        short = len(text.split()) <= 10 and not text.endswith(".")
        if short and (not found or found[-1].get("reference")):
            found.append({"name": text})
        elif found:
            ref = found[-1].get("reference")
            found[-1]["reference"] = join_wrapped(ref, text) if ref else text
        else:
            found.append({"reference": text})
    return found


_SKILLS_WORD = re.compile(r"(?i)skill|compétence|competenc|fähigkeit|kenntnis|habilidad|habilidade|competenz")


def skills_runs(sections: list[Any]) -> set[int]:
    """The ``id``s of skills sections that follow one another, two or more in a row ("PROGRAMMING LANGUAGES AND
    TECHNOLOGIES" then "NETWORKING TOOLS AND PROTOCOLS", each a heading of its own): each heading names a group."""
    runs: set[int] = set()
    for k, section in enumerate(sections):
        near = [s for s in sections[max(k - 1, 0) : k + 2] if s is not section]
        if section.key == "skills" and any(s.key == "skills" for s in near):
            runs.add(id(section))
    return runs


def under_heading(found: list[dict[str, Any]], heading: str) -> list[dict[str, Any]]:
    """A skills section's plain items as one group named by its heading, as printed; groups of its own stay."""
    if not found or any(set(item) - {"name"} for item in found) or not heading.strip() or _SKILLS_WORD.search(heading):
        return found  # ("Skills", "Core Skills": the section's own name, no group's)
    return [{"name": heading.strip(), "keywords": [item["name"] for item in found]}]
