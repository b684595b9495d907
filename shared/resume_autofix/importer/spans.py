"""Entries read against the span of the entry before them: roles dated inside an employer's whole span are that
employer's, and a dated sentence or completion line inside a job's span is a phase of it, not an entry."""

from __future__ import annotations

import re

from .dateline import line_span
from .lines import Line
from .rawentry import RawEntry
from .roles import job_score


def dated_notes(lines: list[Line], blocks: list[tuple[int, int, int]], entries: list[RawEntry]) -> list[RawEntry]:
    """A dated line inside a job's span whose words are a sentence, not a title ("2015.5-至今  负责办公系统、财务
    系统等前端，带领2名RD完成…" under "美丽说 研发工程师  2014.8 - 至今"): a phase of that job, kept in its body as
    printed, no entry of its own."""
    out: list[RawEntry] = []
    for (first, a, last), entry in zip(blocks, entries, strict=True):
        head = out[-1] if out else None
        if (
            head is not None
            and head.date is not None
            and not head.date.single
            and first == a
            and (_sentence_after_dates(lines[a]) or _completion(lines[a]))
            and _within(entry, head)
        ):
            head.paragraphs.extend([*(line.text for line in lines[a : last + 1]), *entry.paragraphs])
            head.bullets.extend(entry.bullets)
        else:
            out.append(entry)
    return out


def _sentence_after_dates(line: Line) -> bool:
    """The dated line's words are one sentence: one cell beside its dates (a title's role and employer are two)."""
    if len(line.cells) > 2:
        return False
    span = line_span(line)
    words = f"{line.text[: span.begin]} {line.text[span.stop :]}".strip()
    if not words.isascii():
        return len(words) >= 20 and any(mark in words for mark in "，。；、")
    return len(words.split()) >= 10 and ("," in words or words.endswith("."))


#: a line that says when the entry above ended ("Concluído em 2020", "Completed in 2019", "Abgeschlossen 2018")
_COMPLETED = re.compile(
    r"(?i)^\s*(?:conclu[ií]d[oa]|completed|finished|graduated|abgeschlossen|terminé|terminado|finalizado|"
    r"diplômé|diplomé)(?:\s+(?:em|in|en|on|le|im|el))?\s*$"
)


def _completion(line: Line) -> bool:
    span = line_span(line)
    return bool(_COMPLETED.match(line.text[: span.begin])) and not line.text[span.stop :].strip(" .")


def _within(entry: RawEntry, head: RawEntry) -> bool:
    """``entry``'s dates lie within ``head``'s (a range, its end present or after them)."""
    if entry.date is None or head.date is None:
        return False
    start, end = entry.date.start or "", entry.date.end or ("9999" if entry.date.present else entry.date.start or "")
    head_start, head_end = head.date.start or "", "9999" if head.date.present else head.date.end or ""
    return bool(head_start) and head_start[:7] <= start[:7] and end[:7] <= head_end[:7]


def employer_spans(entries: list[RawEntry]) -> list[RawEntry]:
    """An employer with its whole span ("Beckhoff Automation LLC, Savage, Minnesota   Jun 2022 – Present"), then
    the roles held there, each a title alone with dates inside that span: the roles are the entries, each the
    employer's; the employer's line is no entry of its own."""
    out: list[RawEntry] = []
    k = 0
    while k < len(entries):
        head = entries[k]
        followers = 0
        if head.date and 1 <= len(head.parts) <= 2 and job_score(head.parts[0]) <= 0:
            while k + 1 + followers < len(entries) and _inside(entries[k + 1 + followers], head):
                # under an employer with duties of its own listed only a role is its: "Recall.ai  Jan 2025 -
                # Jun 2025" after "Rustwood Technologies  Jan 2025 - Present" / "Founder" / bullets is a job
                if head.bullets and job_score(entries[k + 1 + followers].parts[0]) <= 0:
                    break
                followers += 1
        if not followers:
            out.append(head)
            k += 1
            continue
        for role in entries[k + 1 : k + 1 + followers]:
            role.parts.append(head.parts[0])
            role.part_lines.append(role.part_lines[-1] if role.part_lines else 0)
        if len(head.parts) == 2:  # "TAMU RoboMasters, Texas A&M University": the second name stays in the text
            entries[k + 1].paragraphs.insert(0, head.parts[1])
        k += 1
    return out


def _inside(role: RawEntry, head: RawEntry) -> bool:
    """``role`` is a lone title whose dates lie within ``head``'s."""
    if len(role.parts) != 1 or role.date is None or head.date is None or job_score(role.parts[0]) < 0:
        return False
    return _within(role, head)
