"""Resumes written by other means than our themes, their ground truth, and field-level F1 — for the import bench
and the import tests. Nothing here is run on its own.

Writers: plain text and Markdown (two conventions), DOCX with python-docx (one column with page header, or a
two-column layout table), and HTML for Chromium (one column, company first; two columns with a sidebar). The
truth comes free: it is the JSON Resume each document was written from.
"""

from __future__ import annotations

import html
import io
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def fmt_date(value: str | None, style: str) -> str:
    """An ISO date as people write it: "Feb 2020", "02/2020", "2020-02", "February 2020"."""
    if not value:
        return "Present" if style != "de" else "heute"
    year, month = value[:4], value[5:7]
    if not month:
        return year
    m = int(month)
    return {
        "short": f"{MONTHS[m - 1]} {year}",
        "slash": f"{month}/{year}",
        "iso": f"{year}-{month}",
        "long": f"{LONG_MONTHS[m - 1]} {year}",
        "de": f"{month}.{year}",
    }[style]


def span(item: dict[str, Any], style: str, sep: str = " – ") -> str:
    start = item.get("startDate")
    if not start:
        return fmt_date(item.get("endDate"), style) if item.get("endDate") else ""
    return f"{fmt_date(start, style)}{sep}{fmt_date(item.get('endDate'), style)}"


def degree(edu: dict[str, Any]) -> str:
    return " ".join(p for p in (edu.get("studyType"), edu.get("area")) if p)


def contact_bits(basics: dict[str, Any]) -> list[str]:
    loc = basics.get("location") or {}
    place = ", ".join(p for p in (loc.get("city"), loc.get("region")) if p)
    bits = [basics.get("email"), basics.get("phone"), place]
    bits.extend(re.sub(r"^https?://(www\.)?", "", p["url"]) for p in basics.get("profiles") or [] if p.get("url"))
    return [b for b in bits if b]


def skill_lines(resume: dict[str, Any]) -> list[str]:
    out = []
    for s in resume.get("skills") or []:
        kws = [k for k in s.get("keywords") or [] if k]
        if s.get("name") and kws:
            out.append(f"{s['name']}: {', '.join(kws)}")
        elif s.get("name"):
            out.append(s["name"])
    return out


# --- text and Markdown ---------------------------------------------------------------------------------------------
def text_resume(resume: dict[str, Any], style: str = "slash") -> str:
    b = resume.get("basics") or {}
    out = [b.get("name", ""), b.get("label", ""), " · ".join(contact_bits(b)), ""]
    if b.get("summary"):
        out += ["SUMMARY", b["summary"], ""]
    if resume.get("work"):
        out.append("EXPERIENCE")
        for w in resume["work"]:
            out += [f"{w.get('name') or w.get('company')} — {w.get('position', '')}", span(w, style, " - ")]
            out += [f"- {h}" for h in w.get("highlights") or []]
            out.append("")
    if resume.get("education"):
        out.append("EDUCATION")
        for e in resume["education"]:
            out += [e.get("institution", ""), ", ".join(p for p in (degree(e), span(e, style, " - ")) if p), ""]
    if skill_lines(resume):
        out += ["SKILLS", *skill_lines(resume), ""]
    return "\n".join(out).strip() + "\n"


def markdown_resume(resume: dict[str, Any], style: str = "long") -> str:
    b = resume.get("basics") or {}
    out = [
        f"# {b.get('name', '')}",
        "",
        f"**{b.get('label', '')}**" if b.get("label") else "",
        "",
        " | ".join(contact_bits(b)),
        "",
    ]
    if b.get("summary"):
        out += ["## Profile", "", b["summary"], ""]
    if resume.get("work"):
        out += ["## Professional Experience", ""]
        for w in resume["work"]:
            out += [
                f"### {w.get('position', '')} at {w.get('name') or w.get('company')}",
                "",
                f"*{span(w, style)}*",
                "",
            ]
            out += [f"- {h}" for h in w.get("highlights") or []]
            out.append("")
    if resume.get("education"):
        out += ["## Education", ""]
        for e in resume["education"]:
            out += [f"### {degree(e)}" if degree(e) else "", e.get("institution", ""), span(e, style), ""]
    if skill_lines(resume):
        out += ["## Technical Skills", "", *(f"- {s}" for s in skill_lines(resume)), ""]
    return "\n".join(out).strip() + "\n"


# --- DOCX (python-docx) --------------------------------------------------------------------------------------------
def docx_resume(resume: dict[str, Any], two_columns: bool = False, style: str = "short") -> bytes:  # noqa: C901
    import docx  # noqa: PLC0415
    from docx.enum.text import WD_TAB_ALIGNMENT  # noqa: PLC0415
    from docx.shared import Pt  # noqa: PLC0415

    document = docx.Document()
    b = resume.get("basics") or {}
    header = document.sections[0].header.paragraphs[0]
    run = header.add_run(b.get("name", ""))
    run.bold, run.font.size = True, Pt(20)
    header.add_run("\n" + " | ".join(contact_bits(b)))
    width = document.sections[0].page_width - document.sections[0].left_margin - document.sections[0].right_margin

    def entry(container: Any, left: str, right: str, bold: bool = True) -> None:
        p = container.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(
            int(width if not two_columns else width * 0.62), WD_TAB_ALIGNMENT.RIGHT
        )
        r = p.add_run(left)
        r.bold = bold
        if right:
            p.add_run("\t" + right)

    def main(container: Any) -> None:
        if b.get("label"):
            container.add_paragraph(b["label"])
        if b.get("summary"):
            container.add_paragraph("Summary", style="Heading 1")
            container.add_paragraph(b["summary"])
        if resume.get("work"):
            container.add_paragraph("Work History", style="Heading 1")
            for w in resume["work"]:
                entry(container, w.get("name") or w.get("company") or "", span(w, style))
                p = container.add_paragraph()
                p.add_run(w.get("position", "")).italic = True
                for h in w.get("highlights") or []:
                    container.add_paragraph(h, style="List Bullet")
        if resume.get("education"):
            container.add_paragraph("Education", style="Heading 1")
            for e in resume["education"]:
                entry(container, e.get("institution") or "", span(e, style))
                if degree(e):
                    container.add_paragraph(degree(e))

    def side(container: Any) -> None:
        if skill_lines(resume):
            container.add_paragraph("Skills", style="Heading 1")
            for s in skill_lines(resume):
                container.add_paragraph(s)

    if two_columns:
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        side(left)
        main(right)
    else:
        main(document)
        side(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- HTML for Chromium ---------------------------------------------------------------------------------------------
_CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:0}h1{font-size:22pt;margin:0}
h2{font-size:11pt;text-transform:uppercase;border-bottom:1px solid #999;margin:14px 0 6px}
.row{display:flex;justify-content:space-between}.co{font-weight:bold}.pos{font-style:italic}
.grid{display:grid;grid-template-columns:32% 64%;gap:4%}.side{background:#eef}ul{margin:2px 0 8px}
@page{size:A4;margin:14mm}"""


def html_resume(resume: dict[str, Any], two_columns: bool = False, style: str = "iso") -> str:
    e = html.escape
    b = resume.get("basics") or {}
    head = f"<h1>{e(b.get('name', ''))}</h1><div>{e(b.get('label', ''))}</div>"
    contact = "".join(f"<div>{e(c)}</div>" for c in contact_bits(b))
    work = ""
    for w in resume.get("work") or []:
        work += (
            f"<div class=row><span class=co>{e(w.get('name') or w.get('company') or '')}</span>"
            f"<span>{e(span(w, style))}</span></div><div class=pos>{e(w.get('position', ''))}</div>"
        )
        work += "<ul>" + "".join(f"<li>{e(h)}</li>" for h in w.get("highlights") or []) + "</ul>"
    edu = ""
    for ed in resume.get("education") or []:
        edu += (
            f"<div class=row><span class=co>{e(ed.get('institution') or '')}</span>"
            f"<span>{e(span(ed, style))}</span></div><div>{e(degree(ed))}</div>"
        )
    skills = "".join(f"<div>{e(s)}</div>" for s in skill_lines(resume))
    summary = f"<h2>About me</h2><p>{e(b['summary'])}</p>" if b.get("summary") else ""
    main = f"{summary}<h2>Experience</h2>{work}<h2>Education</h2>{edu}"
    if two_columns:
        body = (
            f"{head}<div class=grid><div class=side><h2>Contact</h2>{contact}<h2>Skills</h2>{skills}</div>"
            f"<div>{main}</div></div>"
        )
    else:
        body = f"{head}<div>{' · '.join(e(c) for c in contact_bits(b))}</div>{main}<h2>Skills</h2>{skills}"
    return f"<!doctype html><html><head><meta charset=utf-8><style>{_CSS}</style></head><body>{body}</body></html>"


# --- truth and F1 --------------------------------------------------------------------------------------------------
FIELDS = ("name", "email", "phone", "company", "position", "start", "end", "institution", "degree", "skills")
STRICT_DEGREE = "degree (strict)"
"""The degree judged as studyType and area joined, in that order, even where the truth names no area: printed
beside the main figure, which judges a degree whose truth gives no field by its studyType alone (some truths leave
out a field the page prints beside the degree, so a correct split "Bachelor" + "Information Technology" scored 0)
and takes the field and type joined in either order (a truth that copied "计算机科学与技术 · 本科" whole scored 0
against studyType "本科" + area "计算机科学与技术")."""


def norm(value: Any) -> str:
    """Case, white space and typography folded: an en dash is a hyphen, a typographic apostrophe an ASCII one (a
    truth typed "Bachelor's" for the page's "Bachelor’s"), and Persian's zero-width non-joiner a space (a truth typed
    "فن‌آوری" where the text layer parts the word with a space)."""
    text = str(value or "").casefold().replace("–", "-").replace("’", "'").replace("\u200c", " ")
    return " ".join(text.split()).strip(" .,;:|")


_DEGREE_GLUE = re.compile(r"[·•・|,–—-]|\b(?:in|en|em)\b", re.IGNORECASE)


def degree_words(value: str) -> str:
    """The degree's words in order, without the glue between its type and its field: "B.S. in Computer Science",
    "B.S., Computer Science" and studyType "B.S." + area "Computer Science" are one degree, and so are "Máster en
    Informática" and "Máster" + "Informática" (French and Spanish "en", Portuguese "em": the same glue as "in");
    Chinese writes no space between words, so "金融工程学士" and area "金融工程" + studyType "学士" are one too."""
    return _CJK_SPACE.sub("", norm(_DEGREE_GLUE.sub(" ", value)))


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _month(value: str | None, ongoing: bool) -> str:
    if not value:
        return "present" if ongoing else ""
    return value[:7]


def truth_of(resume: dict[str, Any]) -> dict[str, Any]:
    b = resume.get("basics") or {}
    work = [
        {
            "company": norm(w.get("name") or w.get("company")),
            "position": norm(w.get("position")),
            "start": _month(w.get("startDate"), False),
            "end": _month(w.get("endDate"), bool(w.get("startDate"))),
        }
        for w in resume.get("work") or []
    ]
    edu = [
        {
            "institution": norm(x.get("institution")),
            "degree": degree_words(degree(x)),
            "degree_type": degree_words(x.get("studyType") or ""),
            "degree_swapped": degree_words(" ".join(p for p in (x.get("area"), x.get("studyType")) if p)),
            "area": norm(x.get("area")),
            "start": _month(x.get("startDate"), False),
            "end": _month(x.get("endDate"), False),
        }
        for x in resume.get("education") or []
    ]
    skills: set[str] = set()
    for s in resume.get("skills") or []:
        if s.get("name"):
            skills.add(norm(s["name"]))
        skills.update(norm(k) for k in s.get("keywords") or [] if k)
    return {
        "name": norm(b.get("name")),
        "email": norm(b.get("email")),
        "phone": norm(b.get("phone")),
        "work": work,
        "education": edu,
        "skills": skills - {""},
    }


class Score:
    """True positives, false positives and false negatives per field."""

    def __init__(self) -> None:
        self.counts = {f: [0, 0, 0] for f in (*FIELDS, STRICT_DEGREE)}

    def add(self, field: str, truth: str, pred: str) -> None:
        c = self.counts[field]
        if truth and pred and truth == pred:
            c[0] += 1
            return
        if pred:
            c[1] += 1
        if truth:
            c[2] += 1

    def merge(self, other: Score) -> None:
        for f in self.counts:
            for i in range(3):
                self.counts[f][i] += other.counts[f][i]

    def f1(self, fields: Iterable[str] = FIELDS) -> float:
        tp = sum(self.counts[f][0] for f in fields)
        fp = sum(self.counts[f][1] for f in fields)
        fn = sum(self.counts[f][2] for f in fields)
        return 1.0 if not (tp + fp + fn) else 2 * tp / (2 * tp + fp + fn)


def _overlap(a: dict[str, str], b: dict[str, str], keys: tuple[str, ...]) -> float:
    score = 0.0
    for k in keys:
        wa, wb = set(a.get(k, "").split()), set(b.get(k, "").split())
        if wa and wb:
            score += len(wa & wb) / len(wa | wb)
    return score


def _degree_said(truth: dict[str, str], pred: dict[str, str]) -> str:
    """The predicted degree as the main figure judges it against ``truth``."""
    if not truth["area"] and pred["degree_type"] == truth["degree"]:
        return truth["degree"]  # the truth names no field: the degree is judged by its type
    if pred["degree_swapped"] == truth["degree"]:
        return truth["degree"]  # "计算机科学与技术 · 本科" printed field first, read as type and field
    return pred["degree"]


def _entries(
    score: Score, truth: list[dict[str, str]], pred: list[dict[str, str]], keys: tuple[str, ...], fields: dict[str, str]
) -> None:
    pairs = sorted(
        ((_overlap(t, p, keys), i, j) for i, t in enumerate(truth) for j, p in enumerate(pred)), reverse=True
    )
    used_t: set[int] = set()
    used_p: set[int] = set()
    matched: list[tuple[int, int]] = []
    for s, i, j in pairs:
        if s > 0 and i not in used_t and j not in used_p:
            used_t.add(i)
            used_p.add(j)
            matched.append((i, j))
    for i, j in matched:
        for key, field in fields.items():
            said = pred[j].get(key, "")
            if field == "degree":
                score.add(STRICT_DEGREE, truth[i][key], said)
                said = _degree_said(truth[i], pred[j])
            score.add(field, truth[i].get(key, ""), said)
    for i, t in enumerate(truth):
        if i not in used_t:
            for key, field in fields.items():
                score.add(field, t.get(key, ""), "")
                if field == "degree":
                    score.add(STRICT_DEGREE, t[key], "")
    for j, p in enumerate(pred):
        if j not in used_p:
            for key, field in fields.items():
                score.add(field, "", p.get(key, ""))
                if field == "degree":
                    score.add(STRICT_DEGREE, "", p[key])


def score_of(original: dict[str, Any], imported: dict[str, Any]) -> Score:
    """Field-level counts of ``imported`` against ``original`` (entries matched one to one)."""
    t, p = truth_of(original), truth_of(imported)
    score = Score()
    for f in ("name", "email", "phone"):
        score.add(f, t[f], p[f])
    _entries(
        score,
        t["work"],
        p["work"],
        ("company", "position"),
        {"company": "company", "position": "position", "start": "start", "end": "end"},
    )
    _entries(
        score,
        t["education"],
        p["education"],
        ("institution", "degree"),
        {"institution": "institution", "degree": "degree"},
    )
    for s in t["skills"] | p["skills"]:
        score.add("skills", s if s in t["skills"] else "", s if s in p["skills"] else "")
    return score


def real_documents(folder: Path) -> list[tuple[str, dict[str, Any], bytes, int]]:
    """Real PDF, DOCX, Markdown and text files other tools and people made (``tests/data/real``): file name,
    hand-written truth, bytes, columns (from the name)."""
    docs = []
    found = (p for ext in ("pdf", "docx", "odt", "md", "txt") for p in folder.glob(f"*.{ext}"))
    for path in sorted(p for p in found if p.with_name(f"{p.stem}.truth.json").exists()):  # not SOURCES.md
        truth = json.loads(path.with_name(f"{path.stem}.truth.json").read_text(encoding="utf-8"))
        docs.append((path.name, truth, path.read_bytes(), 2 if path.stem.endswith("-2col") else 1))
    return docs
