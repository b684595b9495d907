"""Real PDFs made by other tools (LaTeX and Typst templates, one and two columns): field F1 holds a floor.

The truth beside each PDF was written by hand from its visible text (tests/data/real/SOURCES.md). The floors are
what the importer reaches today, so a change that loses fields on real documents fails here; the figures per
document and field are printed by ``bench/import.py --real``. The rules were improved while looking at the main
set, so its figure flatters them; ``heldout/`` and ``fresh/`` were added afterwards and say how far they carry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench._import_docs import FIELDS, Score, real_documents, score_of
from resume_autofix.importer import NoTextError, import_resume, invented

REAL = Path(__file__).resolve().parents[2] / "data" / "real"
DOCS = real_documents(REAL)
HELD_OUT = real_documents(REAL / "heldout") + real_documents(REAL / "fresh")
#: a phone scan with no text layer (set 137): the import refuses it, so it is no part of its set's figure
SCANNED = [d for d in real_documents(REAL / "set137") if "adobescan" in d[0]]
# what the rules reach today (bench/import.py --real): 0.986 overall and every field ≥ 0.97 on the set they were
# improved against first; 0.89 on sets 2 and 3 together (17 documents added later, see SOURCES.md)
OVERALL_FLOOR = 0.97
FIELD_FLOOR = 0.95
HELD_OUT_FLOOR = 0.9
#: each later set, added after the rules before it with its truth written first (tests/data/real/SOURCES.md): the
#: floor its field F1 holds, with what it is and what it measured first and after it was tuned on
LATER_FLOORS: dict[str, float] = {
    "set4": 0.8,  # measured once at 0.393, then tuned on: 0.716
    "set5": 0.85,  # measured once at 0.321 (0.328 untuned), then tuned on: 0.826
    "set6": 0.87,  # moderncv (LuaTeX), measured once at 0.286, then tuned on: 0.880
    "set7": 0.88,  # six generators, two Chinese, one DOCX: measured once at 0.567, tuned on
    "set8": 0.64,  # wkhtmltopdf, Pandoc, LaTeX classes, German, DOCX: once at 0.549, tuned on
    "set9": 0.69,  # JSON Resume themes, Japanese forms, Spanish, LibreOffice: once at 0.435
    "set10": 0.7,  # HTML/CSS, Jake's-style, Europass, Typst, Portuguese: once at 0.536
    "set11": 0.9,  # Markdown, DOCX, WeasyPrint, Chromium: once at 0.814 (0.841 untuned)
    "set12": 0.86,  # DOCX generators, JSON Resume themes, ReportLab, text: once at 0.704
    "set13": 0.84,  # LibreOffice templates, YAMLResume (fr, nl, no), Typst (fr): once at 0.736
    "set14": 0.76,  # Typst light-cv, friggeri, WeasyPrint, JSON Resume via LibreOffice: 0.369
    "set15": 0.88,  # Typst, LuaTeX, python-docx, Markdown and its Pandoc/WeasyPrint: 0.862
    "set16": 0.83,  # Chrome, ReportLab, Asciidoctor, LibreOffice DOCX, Typora Markdown: once at 0.808, tuned
    # Typst (en, fr, ja 履歴書), Firefox, PyPI generators, Markdown: 0.879; measured once at 0.879; not tuned on
    # until this stop's tag and sub-heading rules
    "set17": 0.9,
    # Typst (zh), HTML templates (Chromium, LibreOffice DOCX), Markdown: 0.811; measured once at 0.811, then tuned for
    # one rule
    "set18": 0.85,
    # DOCX and text: PyPI generators, a German application three ways: 0.695; measured once at 0.695, then tuned on
    "set19": 0.91,
    # LaTeX classes (de, it), react-pdf, Hugo, Jekyll (zh), wkhtmltopdf: 0.542; measured once at 0.542, then tuned on
    "set20": 0.76,
    # HTML printed and converted to DOCX (en, zh), fpdf, Markdown: 0.776; measured once at 0.776, then tuned on
    "set21": 0.83,
    # Typst and LaTeX examples (en, zh, ja 履歴書), one and two columns: 0.711; measured once at 0.711, then tuned on
    "set22": 0.88,
    # a Typst Europass package in five languages, WeasyPrint, Typst: 0.662; measured once at 0.662, then tuned on
    "set23": 0.9,
    # DOCX, Markdown (de, zh) and text from generators and converters: 0.781; measured once at 0.781, then tuned on
    "set24": 0.82,
    # eight Typst and HTML templates, one and two columns: 0.875; measured once at 0.875, held out for a stop, then
    # tuned on
    "set25": 0.91,
    # Markdown (en, zh), its DOCX through three converters, text: 0.956; measured once at 0.956, then tuned on
    "set26": 0.97,
    "set27": 0.88,  # Typst templates (en, zh) and two JSON Resume themes: 0.770; measured once at 0.770, then tuned on
    # Markdown (en, zh, ko), its DOCX through four converters, text: 0.862; measured once at 0.862, then tuned on
    "set28": 0.94,
    # eight LaTeX classes' own example PDFs (en, zh, es; four two-column): 0.376; measured once at 0.376, then tuned on
    "set29": 0.74,
    # Word and Google Docs templates, DOCX and their PDFs: 0.552; measured once at 0.552 (held out to the end of its
    # stop), then tuned on
    "set30": 0.58,
    "set31": 0.88,  # HTML printed by Chromium, react-pdf, jsPDF, PDFKit: 0.797; measured once at 0.797, then tuned on
    # it, pl, de, nl, ja, fr: Typst, LaTeX, Chromium, DOCX, Go, Markdown: 0.651; measured once at 0.651 (held out to the
    # end of its stop), then tuned on
    "set32": 0.69,
    "set33": 0.93,  # Apple Pages, Google Docs, Canva PDFs: 0.836; measured once at 0.836, then tuned on
    # DOCX from pandoc, LibreOffice and the docx npm library; Markdown, text: 0.771; measured once at 0.771, then tuned
    # on
    "set34": 0.94,
    "set35": 0.89,  # résumé parsers' test fixtures (PDF, DOCX, text): 0.831; measured once at 0.831, then tuned on
    # Word's own templates: content controls, text boxes, layout tables: 0.282; measured once at 0.282, then tuned on
    "set36": 0.69,
    "set37": 0.78,  # PDFs from Word, Google Docs and a web builder: 0.776; measured once at 0.776, then tuned on
    "set38": 0.80,  # a Chinese XeLaTeX template: 0.818; measured once at 0.818
    "set39": 0.90,  # JSON Resume themes from npm printed by Chromium: 0.873; measured once at 0.873, then tuned on
    "set40": 0.84,  # Typst Universe templates compiled here: 0.764; measured once at 0.764, then tuned on
    "set41": 0.93,  # Markdown and plain-text résumés from repositories: 0.919; measured once at 0.919, then tuned on
    "set42": 0.87,  # PDFs from résumé generators (Go, Rust, Node, Python): 0.870; measured once at 0.870, then tuned on
    "set43": 0.59,  # LaTeX PDFs (pdfTeX, XeLaTeX, LuaLaTeX): 0.591; measured once at 0.591, then tuned on
    # HTML/CSS templates printed by Chromium (Jekyll, Hugo, Eleventy, Astro): 0.779; measured once at 0.779
    "set44": 0.77,
    # Persian and Hebrew XeLaTeX (right to left), a Portuguese DOCX and PDF: 0.206; measured once at 0.206, then tuned
    # on (right-to-left reading)
    "set45": 0.34,
    # word-processor files (Sablon, pandoc, Word, python-docx, ODT): 0.827; measured once at 0.827, then tuned on
    "set46": 0.88,
    "set47": 0.58,  # Typst Universe templates (pt, zh): 0.588; measured once at 0.588, then tuned on
    # JSON Resume themes from npm printed by Chromium (fr, zh): 0.817; measured once at 0.817, then tuned on
    "set48": 0.82,
    "set49": 0.81,  # DOCX by pandoc from Markdown, AsciiDoc, reStructuredText, HTML: 0.824; measured once at 0.824
    "set50": 0.82,  # LaTeX PDFs (pdfTeX, LuaLaTeX, XeLaTeX): 0.837; measured once at 0.837
    "set51": 0.86,  # word-processor files (Word DOCX and PDFs): 0.852; measured once at 0.852, then tuned on
    # Russian, Arabic, Korean, Japanese, French (PDF, pdf2docx DOCX): 0.478; measured once at 0.478, then tuned on
    "set52": 0.53,
    "set53": 0.87,  # python-docx tools and a LibreOffice ODT: 0.751; measured once at 0.751, then tuned on
    "set54": 0.83,  # résumé builders and HTML/JS tools printed to PDF: 0.632; measured once at 0.632, then tuned on
    "set55": 0.40,  # a French CTAN class (dvips, pdfTeX): 0.128; measured once at 0.128, then tuned on
    "set56": 0.87,  # plain text and Markdown: 0.805; measured once at 0.805, then tuned on
    "set57": 0.88,  # word-processor PDFs (Word 365, LibreOffice): 0.897; measured once at 0.897
    # résumé-parser fixtures (DOCX, PDF, text): 0.782; measured once at 0.782 (one DOCX refused), then tuned on
    "set58": 0.92,
    "set59": 0.63,  # JSON Resume themes from npm printed by Chromium: 0.648; measured once at 0.648
    "set60": 0.92,  # résumé generator packages from PyPI (DOCX, pdfTeX, Chromium): 0.940; measured once at 0.940
    "set61": 0.91,  # Typst Universe templates compiled with typst: 0.930; measured once at 0.930, then tuned on: 0.930
    # student and academic CVs, education first (LaTeX, Chromium): 0.480; measured once at 0.480, then tuned on: 0.745
    "set62": 0.72,
    # not in English (Chinese DOCX, Japanese forms, Portuguese Typst): 0.640; measured once at 0.640, then tuned on:
    # 0.662
    "set63": 0.64,
    "set64": 0.78,  # people's own CVs made with LaTeX (zh, fr, es): 0.767; measured once at 0.767, then tuned on: 0.800
    # people's own CVs made without LaTeX (HTML, pandoc DOCX, docx.js, Typst): 0.636; measured once at 0.636, then tuned
    # on: 0.690
    "set65": 0.67,
    # CTAN classes' example CVs from Debian's TeX Live packages: 0.555; measured once at 0.555, then tuned on: 0.643
    "set66": 0.62,
    "set67": 0.74,  # people's own CVs made with LaTeX (de, pt, ru): 0.746; measured once at 0.746, then tuned on: 0.759
    "set68": 0.68,  # people's own CVs made without LaTeX (de, fr, pl, zh): 0.694; measured once at 0.694
    # people's own CVs, LaTeX and Typst, from eight countries (cs, it): 0.740; measured once at 0.740, then tuned on:
    # 0.865
    "set69": 0.85,
    # people's own CVs without LaTeX (ODT, pandoc DOCX, Markdown, LibreOffice): 0.460; measured once at 0.460, then
    # tuned on: 0.708
    "set70": 0.69,
    # people's own CVs from office programs (Pages, Google Docs, ODT): 0.443; measured once at 0.443, then tuned on:
    # 0.751
    "set71": 0.74,
    # people's own CVs from text sources (Markdown, reST, AsciiDoc, Org): 0.513; measured once at 0.513, then tuned on:
    # 0.818
    "set72": 0.80,
    # people's own CVs: LibreOffice (ru), Word, Google Docs, LaTeX (es): 0.811; measured once at 0.811, then tuned on:
    # 0.847
    "set73": 0.83,
    # people's own CVs committed as DOCX (Word, Google Docs, pandoc; pt): 0.683; measured once at 0.683, then tuned on:
    # 0.773
    "set74": 0.76,
    # people's own CVs from LaTeX and Chromium in French, Spanish, Russian: 0.729; measured once at 0.729, then tuned
    # on: 0.831
    "set75": 0.82,
    # people's own CVs as Word, Google Docs, LibreOffice files (nl): 0.843; measured once at 0.843, then tuned on: 0.873
    "set76": 0.85,
    # people's own CVs as PDF without LaTeX (ko, zh; Writer, WPS, Chrome): 0.620; measured once at 0.620, then tuned on:
    # 0.782
    "set77": 0.76,
    # people's own CVs from LaTeX and Typst (fr, es, zh): 0.799; measured once at 0.799, then tuned on: 0.851
    "set78": 0.83,
    "set79": 0.60,  # people's own CVs as Word DOCX: 0.369; measured once at 0.369, then tuned on: 0.628
    # people's own CVs from Canva, Writer, Google Docs (pt, es): 0.709; measured once at 0.709, then tuned on: 0.733
    "set80": 0.71,
    # people's own CVs: Word PDF, Typst, LaTeX, tectonic: 0.929; measured once at 0.929, not tuned on (one pattern made
    # possessive): 0.929
    "set81": 0.91,
    # CVs as DOCX: pandoc, JasperReports, LibreOffice, converter, Word (es): 0.575; measured once at 0.575, then tuned
    # on: 0.756
    "set82": 0.74,
    # people's own CVs as PDF: Google Docs, Word, a React page, InDesign: 0.809; measured once at 0.809, then tuned on:
    # 0.833
    "set83": 0.82,
    # people's own CVs from LaTeX and Typst (fr, pt, el, ru): 0.727; measured once at 0.727, then tuned on: 0.900
    "set84": 0.88,
    "set85": 0.76,  # a person's own Lebenslauf as ODT (de): 0.388; measured once at 0.388, then tuned on: 0.789
    # academic CVs: Typst, XeLaTeX, pdfLaTeX, Quartz, pandoc HTML: 0.686; measured once at 0.686, then tuned on: 0.695
    "set86": 0.67,
    # people's own CVs without LaTeX: Google Docs, Pages, Chromium (fr, nl): 0.280; measured once at 0.280, then tuned
    # on: 0.791
    "set87": 0.76,
    # academic CVs: pdfTeX, R pagedown printed by Chromium, Typst: 0.639; measured once at 0.639, then tuned on: 0.679
    "set89": 0.65,
    # people's own CVs in Chinese, Persian and Turkish: 0.713; measured once at 0.713, then tuned on: 0.727
    "set90": 0.70,
    "set91": 0.91,  # students' résumés from India, Pakistan, Bangladesh: LaTeX, Typst: 0.930; measured once at 0.930
    # builder exports: LinkedIn "Save to PDF" (en, pt), FlowCV: 0.836; measured once at 0.836, then tuned on: 0.894
    "set92": 0.87,
    "set93": 0.90,  # people's own CVs in Russian (Chromium) and Czech (pandoc DOCX): 0.923; measured once at 0.923
    # people's own résumés from their website repositories: 0.790; measured once at 0.790, then tuned on: 0.867
    "set94": 0.85,
    # people's own CVs in Spanish and Portuguese without LaTeX: 0.572; measured once at 0.572, then tuned on: 0.729
    "set95": 0.71,
    # résumés of people outside software: Chromium, pandoc DOCX, pagedown: 0.488; measured once at 0.488, then tuned on:
    # 0.659
    "set96": 0.63,
    # CVs from Iran, Turkey, Tunisia: XeLaTeX, Word, iText, PDFBox, Canva: 0.589; measured once at 0.589, then tuned on:
    # 0.732
    "set97": 0.71,
    # résumés that are no PDF: Markdown ×4, an RFC-styled text file: 0.578; measured once at 0.578, then tuned on: 0.838
    "set98": 0.81,
    # CVs from Hungary, Poland, Denmark, Lithuania, Romania: 0.780; measured once at 0.780, then tuned on: 0.884
    "set99": 0.86,
    "set100": 0.91,  # a Google Docs résumé: 0.939; measured once at 0.939: 0.939
    "set101": 0.91,  # found through the mirrored repositories: LaTeX ×4, Markdown: 0.933; measured once at 0.933: 0.933
    # a random sample: Typst ×3, LuaTeX, a docx.js DOCX: 0.897; measured once at 0.897, then tuned on: 0.918
    "set102": 0.89,
    # a French Tailwind CV printed by Chromium, two columns in parts: 0.711; measured once at 0.711, then tuned on:
    # 0.809
    "set103": 0.78,
    # printed from HTML: Puppeteer, HackMyResume, Astro, wkhtmltopdf, PhantomJS, WeasyPrint: 0.649; measured once at
    # 0.649, then tuned on: 0.798
    "set104": 0.77,
    # two-column LaTeX sidebars of classes not seen before, a currvita CV: 0.689; measured once at 0.689, then tuned on:
    # 0.750
    "set105": 0.73,
    # a random sample: German moderncv, XeLaTeX, Chromium: 0.755; measured once at 0.755, then tuned on: 0.794
    "set106": 0.78,
    # word-processor files: OpenOffice ODT of tables, LibreOffice and Word DOCX: 0.591; measured once at 0.591, then
    # tuned on: 0.742
    "set107": 0.72,
    "set108": 0.55,  # Chinese CVs: XeLaTeX, Typst: 0.543; measured once at 0.543, then tuned on: 0.578
    # a random sample: pdfTeX, XeLaTeX ×2, htmldoc, Word, Vivaldi, Canva: 0.657; measured once at 0.657, then tuned on:
    # 0.730
    "set109": 0.70,
    # a random sample: RenderCV, Chromium (French), Chrome (Chinese): 0.622; measured once at 0.622, then tuned on:
    # 0.649
    "set110": 0.62,
    # CVs not in English: XING printed by Chrome (German), moderncv (French): 0.894; measured once at 0.894, then tuned
    # on: 0.939
    "set111": 0.91,
    "set112": 0.76,  # a random sample of Markdown CVs: 0.731; measured once at 0.731, then tuned on: 0.783
    # a random sample: Word ×2, pdfTeX, Chrome printing SvelteKit (French): 0.929; measured once at 0.929, then tuned
    # on: 0.934
    "set113": 0.91,
    # found through searches: Awesome-CV (French), AltaCV ×2 (one Portuguese), XeLaTeX, RenderCV: 0.861; measured once
    # at 0.861, then tuned on: 0.865
    "set114": 0.84,
    "set115": 0.64,  # a random sample: pdfTeX, Chromium with a sidebar, Word: 0.667; measured once at 0.667: 0.667
    # a random sample: Chrome ×2, Electron, XeLaTeX, LinkedIn's export (German), Google Docs, pdfTeX, one unknown:
    # 0.802; measured once at 0.802, then tuned on: 0.817
    "set116": 0.79,
    # a random sample: Chromium ×2, Typst, moderncv, pdfTeX ×2, Word: 0.716; measured once at 0.716, then tuned on:
    # 0.734
    "set117": 0.71,
    # CVs not in English: LibreOffice (French), pdfTeX (French), Chrome (Spanish), Qt (Chinese): 0.691; measured once at
    # 0.691, then tuned on: 0.726
    "set118": 0.70,
    # a random sample of plain-text résumés: a LinkedIn page copied, a PDF's text: 0.595; measured once at 0.595, then
    # tuned on: 0.777
    "set119": 0.75,
    # a random sample: Canva ×2, Word, XeLaTeX ×2, LibreOffice, Chrome, pdfLaTeX: 0.709; measured once at 0.709, then
    # tuned on: 0.735
    "set120": 0.71,
    # a random sample: one Typst CV, the only licensed one of about 115 candidates: 0.936; measured once at 0.936: 0.936
    "set121": 0.91,
    "set122": 0.83,  # a random sample: Typst, pdf-lib with a sidebar: 0.853; measured once at 0.853: 0.853
    # a random sample: one pdfTeX résumé, the only licensed one of 82 candidates: 1.000; measured once at 1.000: 1.000
    "set123": 0.98,
    # a random sample: Google Docs with a skills column, Word, Word with a sidebar: 0.902; measured once at 0.902, then
    # tuned on: 0.907
    "set124": 0.88,
    # a random sample: a Word DOCX, pdfTeX ×3, AltaCV, LibreOffice, Google Docs, Word with a sidebar: 0.820; measured
    # once at 0.820, then tuned on: 0.881
    "set125": 0.86,
    # a random sample: puppeteer, wkhtmltopdf (HackMyResume), pdfTeX ×2, XeLaTeX: 0.698; measured once at 0.698, then
    # tuned on: 0.744
    "set126": 0.72,
    # a random sample: wkhtmltopdf, pdfTeX, LuaTeX (French), Canva (French), Europass, Chrome: 0.761; measured once at
    # 0.761, then tuned on: 0.782
    "set127": 0.76,
    # a random sample: a LibreOffice ODT, a Chromium print: 0.730; measured once at 0.730, then tuned on: 0.745
    "set128": 0.72,
    "set129": 0.80,  # a random sample: HeadlessChrome, dates in a margin: 0.824; measured once at 0.824: 0.824
    # a random sample: Skia, Google Docs, Word (PDF): 0.871; measured once at 0.871, then tuned on: 0.899
    "set130": 0.85,
    # a random sample: DOCX (a 履歴書 form, Word, Google Docs): 0.672; measured once at 0.672, then tuned on: 0.711
    "set131": 0.67,
    "set132": 0.64,  # a random sample: Chromium, LuaLaTeX: 0.657; measured once at 0.657, then tuned on: 0.696
    # a random sample: pdfTeX, XeLaTeX, pandoc, Google Docs, OpenOffice: 0.861; measured once at 0.861, then tuned on:
    # 0.868
    "set133": 0.84,
    # a random sample: text, XeLaTeX, Canva, pandoc DOCX, Chrome: 0.318; measured once at 0.318, then tuned on: 0.420
    "set134": 0.34,
    # a random sample: two DOCX (Word, one unnamed): 0.752; measured once at 0.752, then tuned on: 0.825
    "set135": 0.74,
    # a random sample: pdfTeX, Canva, Google Docs (pt), LuaLaTeX, moderncv: 0.842; measured once at 0.842, then tuned
    # on: 0.858
    "set136": 0.83,
    # a random sample: Word (PDF ×2, DOCX): 0.779 (0.682 with its fourth, a scan with no text layer, read as nothing);
    # its three with a text layer measured once at 0.779, then tuned on: 0.907
    "set137": 0.76,
    "set138": 0.87,  # a random sample: pdfTeX, Canva (French, sidebar): 0.861; measured once, then tuned on: 0.894
    # a random sample: Google Docs, FlowCV, WPS Writer, Canva PDFs, two Markdown: 0.801; then tuned on: 0.819
    "set139": 0.80,
    # a random sample: Google Docs, Word 2016, LuaTeX, Canva PDFs, a Word DOCX: 0.821; then tuned on: 0.895
    "set140": 0.87,
    "set141": 0.80,  # a random sample: pdfTeX ×2: 0.823; measured once, not moved by this stop's rules
    # a random sample: pdfTeX ×2, Word for Microsoft 365, a Google Docs DOCX: 0.720; then tuned on: 0.880
    "set142": 0.86,
    "set143": 0.78,  # a random sample: Markdown from Pelican and Hugo: 0.762; measured once, then tuned on: 0.801
}
LATER = {folder: [d for d in real_documents(REAL / folder) if d not in SCANNED] for folder in LATER_FLOORS}


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {name: score_of(truth, import_resume(data, name).resume) for name, truth, data, _ in DOCS}


def test_the_real_set_has_one_and_two_column_documents() -> None:
    assert len(DOCS) >= 10
    assert {columns for *_, columns in DOCS} == {1, 2}


EVERY = [*DOCS, *HELD_OUT, *(doc for docs in LATER.values() for doc in docs)]


@pytest.mark.parametrize(("name", "data"), [(d[0], d[2]) for d in EVERY], ids=[d[0] for d in EVERY])
def test_nothing_is_invented_from_a_real_document(name: str, data: bytes) -> None:
    result = import_resume(data, name)
    assert invented(result.resume, result.source_text) == []


def test_a_real_scan_with_no_text_layer_is_told_to_run_ocr() -> None:
    # GIVEN a phone scan of a résumé (Adobe Scan: images only), as people upload them
    ((name, _truth, data, _columns),) = SCANNED
    # THEN the import says what to do, and reads nothing it could invent
    with pytest.raises(NoTextError, match="run OCR first"):
        import_resume(data, name)


def test_field_f1_on_real_pdfs_holds_its_floor(scores: dict[str, Score]) -> None:
    total = Score()
    for score in scores.values():
        total.merge(score)
    by_field = {f: round(total.f1([f]), 3) for f in FIELDS}
    assert total.f1() >= OVERALL_FLOOR, by_field
    assert min(by_field.values()) >= FIELD_FLOOR, by_field


def test_field_f1_on_held_out_real_pdfs_holds_its_floor() -> None:
    total = Score()
    for name, truth, data, _ in HELD_OUT:
        total.merge(score_of(truth, import_resume(data, name).resume))
    assert total.f1() >= HELD_OUT_FLOOR, {f: round(total.f1([f]), 3) for f in FIELDS}


@pytest.mark.parametrize(
    ("docs", "floor"), [(LATER[f], floor) for f, floor in LATER_FLOORS.items()], ids=list(LATER_FLOORS)
)
def test_field_f1_on_the_later_sets_holds_its_floor(docs: list, floor: float) -> None:
    total = Score()
    for name, truth, data, _ in docs:
        total.merge(score_of(truth, import_resume(data, name).resume))
    assert total.f1() >= floor, {f: round(total.f1([f]), 3) for f in FIELDS}
