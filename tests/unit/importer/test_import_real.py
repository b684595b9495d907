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
SET_4 = real_documents(REAL / "set4")  # measured once at 0.393, then tuned on: 0.716
SET_5 = real_documents(REAL / "set5")  # measured once at 0.321 (0.328 untuned), then tuned on: 0.826
SET_6 = real_documents(REAL / "set6")  # moderncv (LuaTeX), measured once at 0.286, then tuned on: 0.880
SET_7 = real_documents(REAL / "set7")  # six generators, two Chinese, one DOCX: measured once at 0.567, tuned on
SET_8 = real_documents(REAL / "set8")  # wkhtmltopdf, Pandoc, LaTeX classes, German, DOCX: once at 0.549, tuned on
SET_9 = real_documents(REAL / "set9")  # JSON Resume themes, Japanese forms, Spanish, LibreOffice: once at 0.435
SET_10 = real_documents(REAL / "set10")  # HTML/CSS, Jake's-style, Europass, Typst, Portuguese: once at 0.536
SET_11 = real_documents(REAL / "set11")  # Markdown, DOCX, WeasyPrint, Chromium: once at 0.814 (0.841 untuned)
SET_12 = real_documents(REAL / "set12")  # DOCX generators, JSON Resume themes, ReportLab, text: once at 0.704
SET_13 = real_documents(REAL / "set13")  # LibreOffice templates, YAMLResume (fr, nl, no), Typst (fr): once at 0.736
SET_14 = real_documents(REAL / "set14")  # Typst light-cv, friggeri, WeasyPrint, JSON Resume via LibreOffice: 0.369
SET_15 = real_documents(REAL / "set15")  # Typst, LuaTeX, python-docx, Markdown and its Pandoc/WeasyPrint: 0.862
# Chrome, ReportLab, Asciidoctor, LibreOffice DOCX, Typora Markdown: once at 0.808, tuned
SET_16 = real_documents(REAL / "set16")
SET_17 = real_documents(REAL / "set17")  # Typst (en, fr, ja 履歴書), Firefox, PyPI generators, Markdown: 0.879
SET_18 = real_documents(REAL / "set18")  # Typst (zh), HTML templates (Chromium, LibreOffice DOCX), Markdown: 0.811
SET_19 = real_documents(REAL / "set19")  # DOCX and text: PyPI generators, a German application three ways: 0.695
SET_20 = real_documents(REAL / "set20")  # LaTeX classes (de, it), react-pdf, Hugo, Jekyll (zh), wkhtmltopdf: 0.542
SET_21 = real_documents(REAL / "set21")  # HTML printed and converted to DOCX (en, zh), fpdf, Markdown: 0.776
SET_22 = real_documents(REAL / "set22")  # Typst and LaTeX examples (en, zh, ja 履歴書), one and two columns: 0.711
SET_23 = real_documents(REAL / "set23")  # a Typst Europass package in five languages, WeasyPrint, Typst: 0.662
SET_24 = real_documents(REAL / "set24")  # DOCX, Markdown (de, zh) and text from generators and converters: 0.781
SET_25 = real_documents(REAL / "set25")  # eight Typst and HTML templates, one and two columns: 0.875
SET_26 = real_documents(REAL / "set26")  # Markdown (en, zh), its DOCX through three converters, text: 0.956
SET_27 = real_documents(REAL / "set27")  # Typst templates (en, zh) and two JSON Resume themes: 0.770
SET_28 = real_documents(REAL / "set28")  # Markdown (en, zh, ko), its DOCX through four converters, text: 0.862
SET_29 = real_documents(REAL / "set29")  # eight LaTeX classes' own example PDFs (en, zh, es; four two-column): 0.376
SET_30 = real_documents(REAL / "set30")  # Word and Google Docs templates, DOCX and their PDFs: 0.552
SET_31 = real_documents(REAL / "set31")  # HTML printed by Chromium, react-pdf, jsPDF, PDFKit: 0.797
SET_32 = real_documents(REAL / "set32")  # it, pl, de, nl, ja, fr: Typst, LaTeX, Chromium, DOCX, Go, Markdown: 0.651
SET_33 = real_documents(REAL / "set33")  # Apple Pages, Google Docs, Canva PDFs: 0.836
SET_34 = real_documents(REAL / "set34")  # DOCX from pandoc, LibreOffice and the docx npm library; Markdown, text: 0.771
SET_35 = real_documents(REAL / "set35")  # résumé parsers' test fixtures (PDF, DOCX, text): 0.831
SET_36 = real_documents(REAL / "set36")  # Word's own templates: content controls, text boxes, layout tables: 0.282
SET_37 = real_documents(REAL / "set37")  # PDFs from Word, Google Docs and a web builder: 0.776
SET_38 = real_documents(REAL / "set38")  # a Chinese XeLaTeX template: 0.818
SET_39 = real_documents(REAL / "set39")  # JSON Resume themes from npm printed by Chromium: 0.873
SET_40 = real_documents(REAL / "set40")  # Typst Universe templates compiled here: 0.764
SET_41 = real_documents(REAL / "set41")  # Markdown and plain-text résumés from repositories: 0.919
SET_42 = real_documents(REAL / "set42")  # PDFs from résumé generators (Go, Rust, Node, Python): 0.870
SET_43 = real_documents(REAL / "set43")  # LaTeX PDFs (pdfTeX, XeLaTeX, LuaLaTeX): 0.591
SET_44 = real_documents(REAL / "set44")  # HTML/CSS templates printed by Chromium (Jekyll, Hugo, Eleventy, Astro): 0.779
SET_45 = real_documents(REAL / "set45")  # Persian and Hebrew XeLaTeX (right to left), a Portuguese DOCX and PDF: 0.206
SET_46 = real_documents(REAL / "set46")  # word-processor files (Sablon, pandoc, Word, python-docx, ODT): 0.827
SET_47 = real_documents(REAL / "set47")  # Typst Universe templates (pt, zh): 0.588
SET_48 = real_documents(REAL / "set48")  # JSON Resume themes from npm printed by Chromium (fr, zh): 0.817
SET_49 = real_documents(REAL / "set49")  # DOCX by pandoc from Markdown, AsciiDoc, reStructuredText, HTML: 0.824
SET_50 = real_documents(REAL / "set50")  # LaTeX PDFs (pdfTeX, LuaLaTeX, XeLaTeX): 0.837
SET_51 = real_documents(REAL / "set51")  # word-processor files (Word DOCX and PDFs): 0.852
SET_52 = real_documents(REAL / "set52")  # Russian, Arabic, Korean, Japanese, French (PDF, pdf2docx DOCX): 0.478
SET_53 = real_documents(REAL / "set53")  # python-docx tools and a LibreOffice ODT: 0.751
SET_54 = real_documents(REAL / "set54")  # résumé builders and HTML/JS tools printed to PDF: 0.632
SET_55 = real_documents(REAL / "set55")  # a French CTAN class (dvips, pdfTeX): 0.128
SET_56 = real_documents(REAL / "set56")  # plain text and Markdown: 0.805
SET_57 = real_documents(REAL / "set57")  # word-processor PDFs (Word 365, LibreOffice): 0.897
SET_58 = real_documents(REAL / "set58")  # résumé-parser fixtures (DOCX, PDF, text): 0.782
SET_59 = real_documents(REAL / "set59")  # JSON Resume themes from npm printed by Chromium: 0.648
SET_60 = real_documents(REAL / "set60")  # résumé generator packages from PyPI (DOCX, pdfTeX, Chromium): 0.940
SET_61 = real_documents(REAL / "set61")  # Typst Universe templates compiled with typst: 0.930
SET_62 = real_documents(REAL / "set62")  # student and academic CVs, education first (LaTeX, Chromium): 0.480
SET_63 = real_documents(REAL / "set63")  # not in English (Chinese DOCX, Japanese forms, Portuguese Typst): 0.640
SET_64 = real_documents(REAL / "set64")  # people's own CVs made with LaTeX (zh, fr, es): 0.767
SET_65 = real_documents(
    REAL / "set65"
)  # people's own CVs made without LaTeX (HTML, pandoc DOCX, docx.js, Typst): 0.636
SET_66 = real_documents(REAL / "set66")  # CTAN classes' example CVs from Debian's TeX Live packages: 0.555
SET_67 = real_documents(REAL / "set67")  # people's own CVs made with LaTeX (de, pt, ru): 0.746
SET_68 = real_documents(REAL / "set68")  # people's own CVs made without LaTeX (de, fr, pl, zh): 0.694
SET_69 = real_documents(REAL / "set69")  # people's own CVs, LaTeX and Typst, from eight countries (cs, it): 0.740
SET_70 = real_documents(
    REAL / "set70"
)  # people's own CVs without LaTeX (ODT, pandoc DOCX, Markdown, LibreOffice): 0.460
SET_71 = real_documents(REAL / "set71")  # people's own CVs from office programs (Pages, Google Docs, ODT): 0.443
SET_72 = real_documents(REAL / "set72")  # people's own CVs from text sources (Markdown, reST, AsciiDoc, Org): 0.513
SET_73 = real_documents(REAL / "set73")  # people's own CVs: LibreOffice (ru), Word, Google Docs, LaTeX (es): 0.811
SET_74 = real_documents(REAL / "set74")  # people's own CVs committed as DOCX (Word, Google Docs, pandoc; pt): 0.683
SET_75 = real_documents(REAL / "set75")  # people's own CVs from LaTeX and Chromium in French, Spanish, Russian: 0.729
SET_76 = real_documents(REAL / "set76")  # people's own CVs as Word, Google Docs, LibreOffice files (nl): 0.843
SET_77 = real_documents(REAL / "set77")  # people's own CVs as PDF without LaTeX (ko, zh; Writer, WPS, Chrome): 0.620
SET_78 = real_documents(REAL / "set78")  # people's own CVs from LaTeX and Typst (fr, es, zh): 0.799
SET_79 = real_documents(REAL / "set79")  # people's own CVs as Word DOCX: 0.369
SET_80 = real_documents(REAL / "set80")  # people's own CVs from Canva, Writer, Google Docs (pt, es): 0.709
SET_81 = real_documents(REAL / "set81")  # people's own CVs: Word PDF, Typst, LaTeX, tectonic: 0.929
SET_82 = real_documents(REAL / "set82")  # CVs as DOCX: pandoc, JasperReports, LibreOffice, converter, Word (es): 0.575
SET_83 = real_documents(REAL / "set83")  # people's own CVs as PDF: Google Docs, Word, a React page, InDesign: 0.809
SET_84 = real_documents(REAL / "set84")  # people's own CVs from LaTeX and Typst (fr, pt, el, ru): 0.727
SET_85 = real_documents(REAL / "set85")  # a person's own Lebenslauf as ODT (de): 0.388
SET_86 = real_documents(REAL / "set86")  # academic CVs: Typst, XeLaTeX, pdfLaTeX, Quartz, pandoc HTML: 0.686
SET_87 = real_documents(REAL / "set87")  # people's own CVs without LaTeX: Google Docs, Pages, Chromium (fr, nl): 0.280
SET_89 = real_documents(REAL / "set89")  # academic CVs: pdfTeX, R pagedown printed by Chromium, Typst: 0.639
SET_90 = real_documents(REAL / "set90")  # people's own CVs in Chinese, Persian and Turkish: 0.713
SET_91 = real_documents(REAL / "set91")  # students' résumés from India, Pakistan, Bangladesh: LaTeX, Typst: 0.930
SET_92 = real_documents(REAL / "set92")  # builder exports: LinkedIn "Save to PDF" (en, pt), FlowCV: 0.836
SET_93 = real_documents(REAL / "set93")  # people's own CVs in Russian (Chromium) and Czech (pandoc DOCX): 0.923
SET_94 = real_documents(REAL / "set94")  # people's own résumés from their website repositories: 0.790
SET_95 = real_documents(REAL / "set95")  # people's own CVs in Spanish and Portuguese without LaTeX: 0.572
SET_96 = real_documents(REAL / "set96")  # résumés of people outside software: Chromium, pandoc DOCX, pagedown: 0.488
SET_97 = real_documents(REAL / "set97")  # CVs from Iran, Turkey, Tunisia: XeLaTeX, Word, iText, PDFBox, Canva: 0.589
SET_98 = real_documents(REAL / "set98")  # résumés that are no PDF: Markdown ×4, an RFC-styled text file: 0.578
SET_99 = real_documents(REAL / "set99")  # CVs from Hungary, Poland, Denmark, Lithuania, Romania: 0.780
SET_100 = real_documents(REAL / "set100")  # a Google Docs résumé: 0.939
SET_101 = real_documents(REAL / "set101")  # found through the mirrored repositories: LaTeX ×4, Markdown: 0.933
SET_102 = real_documents(REAL / "set102")  # a random sample: Typst ×3, LuaTeX, a docx.js DOCX: 0.897
SET_103 = real_documents(REAL / "set103")  # a French Tailwind CV printed by Chromium, two columns in parts: 0.711
SET_104 = real_documents(
    REAL / "set104"
)  # printed from HTML: Puppeteer, HackMyResume, Astro, wkhtmltopdf, PhantomJS, WeasyPrint: 0.649
SET_105 = real_documents(REAL / "set105")  # two-column LaTeX sidebars of classes not seen before, a currvita CV: 0.689
SET_106 = real_documents(REAL / "set106")  # a random sample: German moderncv, XeLaTeX, Chromium: 0.755
SET_107 = real_documents(
    REAL / "set107"
)  # word-processor files: OpenOffice ODT of tables, LibreOffice and Word DOCX: 0.591
SET_108 = real_documents(REAL / "set108")  # Chinese CVs: XeLaTeX, Typst: 0.543
SET_109 = real_documents(REAL / "set109")  # a random sample: pdfTeX, XeLaTeX ×2, htmldoc, Word, Vivaldi, Canva: 0.657
SET_110 = real_documents(REAL / "set110")  # a random sample: RenderCV, Chromium (French), Chrome (Chinese): 0.622
SET_111 = real_documents(
    REAL / "set111"
)  # CVs not in English: XING printed by Chrome (German), moderncv (French): 0.894
SET_112 = real_documents(REAL / "set112")  # a random sample of Markdown CVs: 0.731
SET_113 = real_documents(REAL / "set113")  # a random sample: Word ×2, pdfTeX, Chrome printing SvelteKit (French): 0.929
SET_114 = real_documents(
    REAL / "set114"
)  # found through searches: Awesome-CV (French), AltaCV ×2 (one Portuguese), XeLaTeX, RenderCV: 0.861
SET_115 = real_documents(REAL / "set115")  # a random sample: pdfTeX, Chromium with a sidebar, Word: 0.667
SET_116 = real_documents(
    REAL / "set116"
)  # a random sample: Chrome ×2, Electron, XeLaTeX, LinkedIn's export (German), Google Docs, pdfTeX, one unknown: 0.802
SET_117 = real_documents(REAL / "set117")  # a random sample: Chromium ×2, Typst, moderncv, pdfTeX ×2, Word: 0.716
SET_118 = real_documents(
    REAL / "set118"
)  # CVs not in English: LibreOffice (French), pdfTeX (French), Chrome (Spanish), Qt (Chinese): 0.691
SET_119 = real_documents(
    REAL / "set119"
)  # a random sample of plain-text résumés: a LinkedIn page copied, a PDF's text: 0.595
SET_120 = real_documents(
    REAL / "set120"
)  # a random sample: Canva ×2, Word, XeLaTeX ×2, LibreOffice, Chrome, pdfLaTeX: 0.709
SET_121 = real_documents(
    REAL / "set121"
)  # a random sample: one Typst CV, the only licensed one of about 115 candidates: 0.936
SET_122 = real_documents(REAL / "set122")  # a random sample: Typst, pdf-lib with a sidebar: 0.853
SET_123 = real_documents(
    REAL / "set123"
)  # a random sample: one pdfTeX résumé, the only licensed one of 82 candidates: 1.000
SET_124 = real_documents(
    REAL / "set124"
)  # a random sample: Google Docs with a skills column, Word, Word with a sidebar: 0.902
SET_125 = real_documents(
    REAL / "set125"
)  # a random sample: a Word DOCX, pdfTeX ×3, AltaCV, LibreOffice, Google Docs, Word with a sidebar: 0.820
SET_126 = real_documents(
    REAL / "set126"
)  # a random sample: puppeteer, wkhtmltopdf (HackMyResume), pdfTeX ×2, XeLaTeX: 0.698
SET_127 = real_documents(
    REAL / "set127"
)  # a random sample: wkhtmltopdf, pdfTeX, LuaTeX (French), Canva (French), Europass, Chrome: 0.761
SET_128 = real_documents(REAL / "set128")  # a random sample: a LibreOffice ODT, a Chromium print: 0.730
SET_129 = real_documents(REAL / "set129")  # a random sample: HeadlessChrome, dates in a margin: 0.824
SET_130 = real_documents(REAL / "set130")  # a random sample: Skia, Google Docs, Word (PDF): 0.871
SET_131 = real_documents(REAL / "set131")  # a random sample: DOCX (a 履歴書 form, Word, Google Docs): 0.672
SET_132 = real_documents(REAL / "set132")  # a random sample: Chromium, LuaLaTeX: 0.657
SET_133 = real_documents(REAL / "set133")  # a random sample: pdfTeX, XeLaTeX, pandoc, Google Docs, OpenOffice: 0.861
SET_134 = real_documents(REAL / "set134")  # a random sample: text, XeLaTeX, Canva, pandoc DOCX, Chrome: 0.318
SET_135 = real_documents(REAL / "set135")  # a random sample: two DOCX (Word, one unnamed): 0.752
SET_136 = real_documents(REAL / "set136")  # a random sample: pdfTeX, Canva, Google Docs (pt), LuaLaTeX, moderncv: 0.842
# a random sample: Word (PDF ×2, DOCX): 0.779 (0.682 with its fourth, a scan with no text layer, read as nothing)
SET_137 = [d for d in real_documents(REAL / "set137") if "adobescan" not in d[0]]
SCANNED = [d for d in real_documents(REAL / "set137") if "adobescan" in d[0]]
# what the rules reach today (bench/import.py --real): 0.986 overall and every field ≥ 0.97 on the set they were
# improved against first; 0.89 on sets 2 and 3 together (17 documents added later, see SOURCES.md)
OVERALL_FLOOR = 0.97
FIELD_FLOOR = 0.95
HELD_OUT_FLOOR = 0.9
SET_4_FLOOR = 0.8
SET_5_FLOOR = 0.85
SET_6_FLOOR = 0.87
SET_7_FLOOR = 0.88
SET_8_FLOOR = 0.64
SET_9_FLOOR = 0.69
SET_10_FLOOR = 0.7
SET_11_FLOOR = 0.9
SET_12_FLOOR = 0.86
SET_13_FLOOR = 0.84
SET_14_FLOOR = 0.76
SET_15_FLOOR = 0.88
SET_16_FLOOR = 0.83
SET_17_FLOOR = 0.9  # measured once at 0.879; not tuned on until this stop's tag and sub-heading rules
SET_18_FLOOR = 0.85  # measured once at 0.811, then tuned for one rule
SET_19_FLOOR = 0.91  # measured once at 0.695, then tuned on
SET_20_FLOOR = 0.76  # measured once at 0.542, then tuned on
SET_21_FLOOR = 0.83  # measured once at 0.776, then tuned on
SET_22_FLOOR = 0.88  # measured once at 0.711, then tuned on
SET_23_FLOOR = 0.9  # measured once at 0.662, then tuned on
SET_24_FLOOR = 0.82  # measured once at 0.781, then tuned on
SET_25_FLOOR = 0.91  # measured once at 0.875, held out for a stop, then tuned on
SET_26_FLOOR = 0.97  # measured once at 0.956, then tuned on
SET_27_FLOOR = 0.88  # measured once at 0.770, then tuned on
SET_28_FLOOR = 0.94  # measured once at 0.862, then tuned on
SET_29_FLOOR = 0.74  # measured once at 0.376, then tuned on
SET_30_FLOOR = 0.58  # measured once at 0.552 (held out to the end of its stop), then tuned on
SET_31_FLOOR = 0.88  # measured once at 0.797, then tuned on
SET_32_FLOOR = 0.69  # measured once at 0.651 (held out to the end of its stop), then tuned on
SET_33_FLOOR = 0.93  # measured once at 0.836, then tuned on
SET_34_FLOOR = 0.94  # measured once at 0.771, then tuned on
SET_35_FLOOR = 0.89  # measured once at 0.831, then tuned on
SET_36_FLOOR = 0.69  # measured once at 0.282, then tuned on
SET_37_FLOOR = 0.78  # measured once at 0.776, then tuned on
SET_38_FLOOR = 0.80  # measured once at 0.818
SET_39_FLOOR = 0.90  # measured once at 0.873, then tuned on
SET_40_FLOOR = 0.84  # measured once at 0.764, then tuned on
SET_41_FLOOR = 0.93  # measured once at 0.919, then tuned on
SET_42_FLOOR = 0.87  # measured once at 0.870, then tuned on
SET_43_FLOOR = 0.59  # measured once at 0.591, then tuned on
SET_44_FLOOR = 0.77  # measured once at 0.779
SET_45_FLOOR = 0.34  # measured once at 0.206, then tuned on (right-to-left reading)
SET_46_FLOOR = 0.88  # measured once at 0.827, then tuned on
SET_47_FLOOR = 0.58  # measured once at 0.588, then tuned on
SET_48_FLOOR = 0.82  # measured once at 0.817, then tuned on
SET_49_FLOOR = 0.81  # measured once at 0.824
SET_50_FLOOR = 0.82  # measured once at 0.837
SET_51_FLOOR = 0.86  # measured once at 0.852, then tuned on
SET_52_FLOOR = 0.53  # measured once at 0.478, then tuned on
SET_53_FLOOR = 0.87  # measured once at 0.751, then tuned on
SET_54_FLOOR = 0.83  # measured once at 0.632, then tuned on
SET_55_FLOOR = 0.40  # measured once at 0.128, then tuned on
SET_56_FLOOR = 0.87  # measured once at 0.805, then tuned on
SET_57_FLOOR = 0.88  # measured once at 0.897
SET_58_FLOOR = 0.92  # measured once at 0.782 (one DOCX refused), then tuned on
SET_59_FLOOR = 0.63  # measured once at 0.648
SET_60_FLOOR = 0.92  # measured once at 0.940
SET_61_FLOOR = 0.91  # measured once at 0.930, then tuned on: 0.930
SET_62_FLOOR = 0.72  # measured once at 0.480, then tuned on: 0.745
SET_63_FLOOR = 0.64  # measured once at 0.640, then tuned on: 0.662
SET_64_FLOOR = 0.78  # measured once at 0.767, then tuned on: 0.800
SET_65_FLOOR = 0.67  # measured once at 0.636, then tuned on: 0.690
SET_66_FLOOR = 0.62  # measured once at 0.555, then tuned on: 0.643
SET_67_FLOOR = 0.74  # measured once at 0.746, then tuned on: 0.759
SET_68_FLOOR = 0.68  # measured once at 0.694
SET_69_FLOOR = 0.85  # measured once at 0.740, then tuned on: 0.865
SET_70_FLOOR = 0.69  # measured once at 0.460, then tuned on: 0.708
SET_71_FLOOR = 0.74  # measured once at 0.443, then tuned on: 0.751
SET_72_FLOOR = 0.80  # measured once at 0.513, then tuned on: 0.818
SET_73_FLOOR = 0.83  # measured once at 0.811, then tuned on: 0.847
SET_74_FLOOR = 0.76  # measured once at 0.683, then tuned on: 0.773
SET_75_FLOOR = 0.82  # measured once at 0.729, then tuned on: 0.831
SET_76_FLOOR = 0.85  # measured once at 0.843, then tuned on: 0.873
SET_77_FLOOR = 0.76  # measured once at 0.620, then tuned on: 0.782
SET_78_FLOOR = 0.83  # measured once at 0.799, then tuned on: 0.851
SET_79_FLOOR = 0.60  # measured once at 0.369, then tuned on: 0.628
SET_80_FLOOR = 0.71  # measured once at 0.709, then tuned on: 0.733
SET_81_FLOOR = 0.91  # measured once at 0.929, not tuned on (one pattern made possessive): 0.929
SET_82_FLOOR = 0.74  # measured once at 0.575, then tuned on: 0.756
SET_83_FLOOR = 0.82  # measured once at 0.809, then tuned on: 0.833
SET_84_FLOOR = 0.88  # measured once at 0.727, then tuned on: 0.900
SET_85_FLOOR = 0.76  # measured once at 0.388, then tuned on: 0.789
SET_86_FLOOR = 0.67  # measured once at 0.686, then tuned on: 0.695
SET_87_FLOOR = 0.76  # measured once at 0.280, then tuned on: 0.791
SET_89_FLOOR = 0.65  # measured once at 0.639, then tuned on: 0.679
SET_90_FLOOR = 0.70  # measured once at 0.713, then tuned on: 0.727
SET_91_FLOOR = 0.91  # measured once at 0.930
SET_92_FLOOR = 0.87  # measured once at 0.836, then tuned on: 0.894
SET_93_FLOOR = 0.90  # measured once at 0.923
SET_94_FLOOR = 0.85  # measured once at 0.790, then tuned on: 0.867
SET_95_FLOOR = 0.71  # measured once at 0.572, then tuned on: 0.729
SET_96_FLOOR = 0.63  # measured once at 0.488, then tuned on: 0.659
SET_97_FLOOR = 0.71  # measured once at 0.589, then tuned on: 0.732
SET_98_FLOOR = 0.81  # measured once at 0.578, then tuned on: 0.838
SET_99_FLOOR = 0.86  # measured once at 0.780, then tuned on: 0.884
SET_100_FLOOR = 0.91  # measured once at 0.939: 0.939
SET_101_FLOOR = 0.91  # measured once at 0.933: 0.933
SET_102_FLOOR = 0.89  # measured once at 0.897, then tuned on: 0.918
SET_103_FLOOR = 0.78  # measured once at 0.711, then tuned on: 0.809
SET_104_FLOOR = 0.77  # measured once at 0.649, then tuned on: 0.798
SET_105_FLOOR = 0.73  # measured once at 0.689, then tuned on: 0.750
SET_106_FLOOR = 0.78  # measured once at 0.755, then tuned on: 0.794
SET_107_FLOOR = 0.72  # measured once at 0.591, then tuned on: 0.742
SET_108_FLOOR = 0.55  # measured once at 0.543, then tuned on: 0.578
SET_109_FLOOR = 0.70  # measured once at 0.657, then tuned on: 0.730
SET_110_FLOOR = 0.62  # measured once at 0.622, then tuned on: 0.649
SET_111_FLOOR = 0.91  # measured once at 0.894, then tuned on: 0.939
SET_112_FLOOR = 0.76  # measured once at 0.731, then tuned on: 0.783
SET_113_FLOOR = 0.91  # measured once at 0.929, then tuned on: 0.934
SET_114_FLOOR = 0.84  # measured once at 0.861, then tuned on: 0.865
SET_115_FLOOR = 0.64  # measured once at 0.667: 0.667
SET_116_FLOOR = 0.79  # measured once at 0.802, then tuned on: 0.817
SET_117_FLOOR = 0.71  # measured once at 0.716, then tuned on: 0.734
SET_118_FLOOR = 0.70  # measured once at 0.691, then tuned on: 0.726
SET_119_FLOOR = 0.75  # measured once at 0.595, then tuned on: 0.777
SET_120_FLOOR = 0.71  # measured once at 0.709, then tuned on: 0.735
SET_121_FLOOR = 0.91  # measured once at 0.936: 0.936
SET_122_FLOOR = 0.83  # measured once at 0.853: 0.853
SET_123_FLOOR = 0.98  # measured once at 1.000: 1.000
SET_124_FLOOR = 0.88  # measured once at 0.902, then tuned on: 0.907
SET_125_FLOOR = 0.86  # measured once at 0.820, then tuned on: 0.881
SET_126_FLOOR = 0.72  # measured once at 0.698, then tuned on: 0.744
SET_127_FLOOR = 0.76  # measured once at 0.761, then tuned on: 0.782
SET_128_FLOOR = 0.72  # measured once at 0.730, then tuned on: 0.745
SET_129_FLOOR = 0.80  # measured once at 0.824: 0.824
SET_130_FLOOR = 0.85  # measured once at 0.871, then tuned on: 0.899
SET_131_FLOOR = 0.67  # measured once at 0.672, then tuned on: 0.711
SET_132_FLOOR = 0.64  # measured once at 0.657, then tuned on: 0.696
SET_133_FLOOR = 0.84  # measured once at 0.861, then tuned on: 0.868
SET_134_FLOOR = 0.34  # measured once at 0.318, then tuned on: 0.420
SET_135_FLOOR = 0.74  # measured once at 0.752, then tuned on: 0.825
SET_136_FLOOR = 0.83  # measured once at 0.842, then tuned on: 0.858
SET_137_FLOOR = 0.76  # its three with a text layer measured once at 0.779, then tuned on: 0.907


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    return {name: score_of(truth, import_resume(data, name).resume) for name, truth, data, _ in DOCS}


def test_the_real_set_has_one_and_two_column_documents() -> None:
    assert len(DOCS) >= 10
    assert {columns for *_, columns in DOCS} == {1, 2}


EVERY = [*DOCS, *HELD_OUT, *SET_4, *SET_5, *SET_6, *SET_7, *SET_8, *SET_9, *SET_10, *SET_11, *SET_12, *SET_13]
EVERY += [*SET_14, *SET_15, *SET_16, *SET_17, *SET_18, *SET_19, *SET_20, *SET_21, *SET_22, *SET_23, *SET_24]
EVERY += [*SET_25, *SET_26, *SET_27, *SET_28, *SET_29, *SET_30, *SET_31, *SET_32]
EVERY += [*SET_33, *SET_34, *SET_35, *SET_36, *SET_37, *SET_38, *SET_39, *SET_40, *SET_41, *SET_42]
EVERY += [*SET_43, *SET_44, *SET_45, *SET_46, *SET_47, *SET_48, *SET_49, *SET_50, *SET_51, *SET_52]
EVERY += [*SET_53, *SET_54, *SET_55, *SET_56, *SET_57, *SET_58, *SET_59, *SET_60]
EVERY += [*SET_61, *SET_62, *SET_63, *SET_64, *SET_65, *SET_66, *SET_67, *SET_68]
EVERY += [*SET_69, *SET_70, *SET_71, *SET_72, *SET_73, *SET_74, *SET_75]
EVERY += [
    *SET_76,
    *SET_77,
    *SET_78,
    *SET_79,
    *SET_80,
    *SET_81,
    *SET_82,
    *SET_83,
    *SET_84,
    *SET_85,
    *SET_86,
    *SET_87,
    *SET_89,
    *SET_90,
    *SET_91,
    *SET_92,
    *SET_93,
    *SET_94,
    *SET_95,
    *SET_96,
    *SET_97,
    *SET_98,
    *SET_99,
    *SET_100,
    *SET_101,
    *SET_102,
    *SET_103,
    *SET_104,
    *SET_105,
    *SET_106,
    *SET_107,
    *SET_108,
    *SET_109,
    *SET_110,
    *SET_111,
    *SET_112,
    *SET_113,
    *SET_114,
    *SET_115,
    *SET_116,
    *SET_117,
    *SET_118,
    *SET_119,
    *SET_120,
    *SET_121,
    *SET_122,
    *SET_123,
    *SET_124,
    *SET_125,
    *SET_126,
    *SET_127,
    *SET_128,
    *SET_129,
    *SET_130,
    *SET_131,
    *SET_132,
    *SET_133,
    *SET_134,
    *SET_135,
    *SET_136,
    *SET_137,
]


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
    ("docs", "floor"),
    [
        (SET_4, SET_4_FLOOR),
        (SET_5, SET_5_FLOOR),
        (SET_6, SET_6_FLOOR),
        (SET_7, SET_7_FLOOR),
        (SET_8, SET_8_FLOOR),
        (SET_9, SET_9_FLOOR),
        (SET_10, SET_10_FLOOR),
        (SET_11, SET_11_FLOOR),
        (SET_12, SET_12_FLOOR),
        (SET_13, SET_13_FLOOR),
        (SET_14, SET_14_FLOOR),
        (SET_15, SET_15_FLOOR),
        (SET_16, SET_16_FLOOR),
        (SET_17, SET_17_FLOOR),
        (SET_18, SET_18_FLOOR),
        (SET_19, SET_19_FLOOR),
        (SET_20, SET_20_FLOOR),
        (SET_21, SET_21_FLOOR),
        (SET_22, SET_22_FLOOR),
        (SET_23, SET_23_FLOOR),
        (SET_24, SET_24_FLOOR),
        (SET_25, SET_25_FLOOR),
        (SET_26, SET_26_FLOOR),
        (SET_27, SET_27_FLOOR),
        (SET_28, SET_28_FLOOR),
        (SET_29, SET_29_FLOOR),
        (SET_30, SET_30_FLOOR),
        (SET_31, SET_31_FLOOR),
        (SET_32, SET_32_FLOOR),
        (SET_33, SET_33_FLOOR),
        (SET_34, SET_34_FLOOR),
        (SET_35, SET_35_FLOOR),
        (SET_36, SET_36_FLOOR),
        (SET_37, SET_37_FLOOR),
        (SET_38, SET_38_FLOOR),
        (SET_39, SET_39_FLOOR),
        (SET_40, SET_40_FLOOR),
        (SET_41, SET_41_FLOOR),
        (SET_42, SET_42_FLOOR),
        (SET_43, SET_43_FLOOR),
        (SET_44, SET_44_FLOOR),
        (SET_45, SET_45_FLOOR),
        (SET_46, SET_46_FLOOR),
        (SET_47, SET_47_FLOOR),
        (SET_48, SET_48_FLOOR),
        (SET_49, SET_49_FLOOR),
        (SET_50, SET_50_FLOOR),
        (SET_51, SET_51_FLOOR),
        (SET_52, SET_52_FLOOR),
        (SET_53, SET_53_FLOOR),
        (SET_54, SET_54_FLOOR),
        (SET_55, SET_55_FLOOR),
        (SET_56, SET_56_FLOOR),
        (SET_57, SET_57_FLOOR),
        (SET_58, SET_58_FLOOR),
        (SET_59, SET_59_FLOOR),
        (SET_60, SET_60_FLOOR),
        (SET_61, SET_61_FLOOR),
        (SET_62, SET_62_FLOOR),
        (SET_63, SET_63_FLOOR),
        (SET_64, SET_64_FLOOR),
        (SET_65, SET_65_FLOOR),
        (SET_66, SET_66_FLOOR),
        (SET_67, SET_67_FLOOR),
        (SET_68, SET_68_FLOOR),
        (SET_69, SET_69_FLOOR),
        (SET_70, SET_70_FLOOR),
        (SET_71, SET_71_FLOOR),
        (SET_72, SET_72_FLOOR),
        (SET_73, SET_73_FLOOR),
        (SET_74, SET_74_FLOOR),
        (SET_75, SET_75_FLOOR),
        (SET_76, SET_76_FLOOR),
        (SET_77, SET_77_FLOOR),
        (SET_78, SET_78_FLOOR),
        (SET_79, SET_79_FLOOR),
        (SET_80, SET_80_FLOOR),
        (SET_81, SET_81_FLOOR),
        (SET_82, SET_82_FLOOR),
        (SET_83, SET_83_FLOOR),
        (SET_84, SET_84_FLOOR),
        (SET_85, SET_85_FLOOR),
        (SET_86, SET_86_FLOOR),
        (SET_87, SET_87_FLOOR),
        (SET_89, SET_89_FLOOR),
        (SET_90, SET_90_FLOOR),
        (SET_91, SET_91_FLOOR),
        (SET_92, SET_92_FLOOR),
        (SET_93, SET_93_FLOOR),
        (SET_94, SET_94_FLOOR),
        (SET_95, SET_95_FLOOR),
        (SET_96, SET_96_FLOOR),
        (SET_97, SET_97_FLOOR),
        (SET_98, SET_98_FLOOR),
        (SET_99, SET_99_FLOOR),
        (SET_100, SET_100_FLOOR),
        (SET_101, SET_101_FLOOR),
        (SET_102, SET_102_FLOOR),
        (SET_103, SET_103_FLOOR),
        (SET_104, SET_104_FLOOR),
        (SET_105, SET_105_FLOOR),
        (SET_106, SET_106_FLOOR),
        (SET_107, SET_107_FLOOR),
        (SET_108, SET_108_FLOOR),
        (SET_109, SET_109_FLOOR),
        (SET_110, SET_110_FLOOR),
        (SET_111, SET_111_FLOOR),
        (SET_112, SET_112_FLOOR),
        (SET_113, SET_113_FLOOR),
        (SET_114, SET_114_FLOOR),
        (SET_115, SET_115_FLOOR),
        (SET_116, SET_116_FLOOR),
        (SET_117, SET_117_FLOOR),
        (SET_118, SET_118_FLOOR),
        (SET_119, SET_119_FLOOR),
        (SET_120, SET_120_FLOOR),
        (SET_121, SET_121_FLOOR),
        (SET_122, SET_122_FLOOR),
        (SET_123, SET_123_FLOOR),
        (SET_124, SET_124_FLOOR),
        (SET_125, SET_125_FLOOR),
        (SET_126, SET_126_FLOOR),
        (SET_127, SET_127_FLOOR),
        (SET_128, SET_128_FLOOR),
        (SET_129, SET_129_FLOOR),
        (SET_130, SET_130_FLOOR),
        (SET_131, SET_131_FLOOR),
        (SET_132, SET_132_FLOOR),
        (SET_133, SET_133_FLOOR),
        (SET_134, SET_134_FLOOR),
        (SET_135, SET_135_FLOOR),
        (SET_136, SET_136_FLOOR),
        (SET_137, SET_137_FLOOR),
    ],
    ids=[
        "set4",
        "set5",
        "set6",
        "set7",
        "set8",
        "set9",
        "set10",
        "set11",
        "set12",
        "set13",
        "set14",
        "set15",
        "set16",
        "set17",
        "set18",
        "set19",
        "set20",
        "set21",
        "set22",
        "set23",
        "set24",
        "set25",
        "set26",
        "set27",
        "set28",
        "set29",
        "set30",
        "set31",
        "set32",
        "set33",
        "set34",
        "set35",
        "set36",
        "set37",
        "set38",
        "set39",
        "set40",
        "set41",
        "set42",
        "set43",
        "set44",
        "set45",
        "set46",
        "set47",
        "set48",
        "set49",
        "set50",
        "set51",
        "set52",
        "set53",
        "set54",
        "set55",
        "set56",
        "set57",
        "set58",
        "set59",
        "set60",
        "set61",
        "set62",
        "set63",
        "set64",
        "set65",
        "set66",
        "set67",
        "set68",
        "set69",
        "set70",
        "set71",
        "set72",
        "set73",
        "set74",
        "set75",
        "set76",
        "set77",
        "set78",
        "set79",
        "set80",
        "set81",
        "set82",
        "set83",
        "set84",
        "set85",
        "set86",
        "set87",
        "set89",
        "set90",
        "set91",
        "set92",
        "set93",
        "set94",
        "set95",
        "set96",
        "set97",
        "set98",
        "set99",
        "set100",
        "set101",
        "set102",
        "set103",
        "set104",
        "set105",
        "set106",
        "set107",
        "set108",
        "set109",
        "set110",
        "set111",
        "set112",
        "set113",
        "set114",
        "set115",
        "set116",
        "set117",
        "set118",
        "set119",
        "set120",
        "set121",
        "set122",
        "set123",
        "set124",
        "set125",
        "set126",
        "set127",
        "set128",
        "set129",
        "set130",
        "set131",
        "set132",
        "set133",
        "set134",
        "set135",
        "set136",
        "set137",
    ],
)
def test_field_f1_on_the_later_sets_holds_its_floor(docs: list, floor: float) -> None:
    total = Score()
    for name, truth, data, _ in docs:
        total.merge(score_of(truth, import_resume(data, name).resume))
    assert total.f1() >= floor, {f: round(total.f1([f]), 3) for f in FIELDS}
