"""The inline-markup scanner: the same runs as the regular expression it replaced, in linear work."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resume_autofix.render import markup
from resume_autofix.render.markup import Run, parse
from tests.hostile import UNITS, field

# The pattern the scanner replaced (its lazy ``.*?`` rescans to the end for every opener without a closer): the
# oracle for what a text means, on texts small enough for it.
_ORACLE = re.compile(
    r"\[(?P<ltext>[^\]\n]+)\]\((?P<lurl>(?:https?://|mailto:)[^\s()<>\"']+)\)"
    r"|\*\*(?P<b1>\S(?:.*?\S)?)\*\*"
    r"|(?<!\w)__(?P<b2>\S(?:.*?\S)?)__(?!\w)"
    r"|<(?P<btag>strong|b)>(?P<b3>.*?)</(?P=btag)>"
    r"|(?<![\w*])\*(?P<i1>[^\s*](?:[^*\n]*?[^\s*])?)\*(?![\w*])"
    r"|(?<![\w_])_(?P<i2>[^\s_](?:[^_\n]*?[^\s_])?)_(?![\w_])"
    r"|<(?P<itag>em|i)>(?P<i3>.*?)</(?P=itag)>"
    r"|(?P<br><br\s*/?>|\n)",
    re.IGNORECASE | re.DOTALL,
)


def _oracle(text: str, bold: bool = False, italic: bool = False, url: str | None = None) -> list[Run]:
    out: list[Run] = []
    pos = 0
    for m in _ORACLE.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos : m.start()], bold, italic, url))
        pos = m.end()
        g = m.groupdict()
        if g["ltext"] is not None:
            out += _oracle(g["ltext"], bold, italic, url or g["lurl"])
        elif g["br"] is not None:
            out.append(Run("\n", bold, italic, None))
        elif (inner := next((g[k] for k in ("b1", "b2", "b3") if g[k] is not None), None)) is not None:
            out += _oracle(inner, True, italic, url)
        else:
            out += _oracle(next(g[k] for k in ("i1", "i2", "i3") if g[k] is not None), bold, True, url)
    if pos < len(text):
        out.append(Run(text[pos:], bold, italic, url))
    return out


def _style(run: Run) -> tuple[bool, bool, str | None]:
    return run.bold, run.italic, run.url


def _merged(runs: list[Run] | tuple[Run, ...]) -> list[Run]:
    """Adjacent runs of one style joined, and empty runs dropped (both drawings ignore the split)."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and "\n" not in (run.text, out[-1].text) and _style(out[-1]) == _style(run):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic, run.url)
        else:
            out.append(run)
    return out


PIECES = ["*", "**", "_", "__", "[", "]", "(", ")", "](", "http://", "mailto:", "<b>", "</b>", "<B>", "<strong>"]
PIECES += ["</strong>", "<em>", "</em>", "<i>", "</I>", "<br>", "<br />", "\n", " ", "a", "b", "x.y", "é", "1", "'"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_the_scanner_reads_markup_as_the_old_pattern_did(pieces: list[str]) -> None:
    # GIVEN any mix of markers, words and spaces (short: the oracle is quadratic)
    text = "".join(pieces)
    # THEN the scanner's runs are the old pattern's runs
    assert _merged(parse(text)) == _merged(_oracle(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "**a**b**",
        "***a***",
        "__a__b __c__",
        "a__b__ __c__d",
        "*a *b* c*",
        "*a\nb*",
        "[x[y](https://e.com) [z](http://a.b/c)",
        "[a](mailto:x@y) [b](ftp://no)",
        "<b>x <i>y</i></b> <STRONG>z</strong> <em>q</EM><br/>",
        "**a <b>b** c</b>",
        "_snake_case_ and __init__",
    ],
)
def test_known_texts_read_as_the_old_pattern_did(text: str) -> None:
    assert _merged(parse(text)) == _merged(_oracle(text))


def _scanned_characters(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many characters the scanner's closer searches cover while parsing ``text`` (their work)."""
    covered = [0]
    real_finder = markup._Scanner._finder

    def counting_finder(self: markup._Scanner, closer: str):  # type: ignore[no-untyped-def]
        find, n = real_finder(self, closer), len(self.text)

        def counted(start: int) -> int:
            found = find(start)
            covered[0] += (found if found >= 0 else n) - start + 1
            return found

        return counted

    with monkeypatch.context() as patch:
        patch.setattr(markup._Scanner, "_finder", counting_finder)
        runs = markup._parse_runs(text)
    assert "".join(r.text for r in runs)  # something comes back
    return covered[0]


@pytest.mark.parametrize("name", sorted(UNITS))
def test_work_grows_linearly_with_the_field(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN a pathological field (an opener repeated, no closer) at two sizes, and no cap on openers
    monkeypatch.setattr(markup, "MAX_OPENERS", 10**9)
    small, large = (_scanned_characters(field(UNITS[name], size), monkeypatch) for size in (2_000, 8_000))
    # THEN 4x the text costs about 4x the search work (a parser that rescans to the end per opener: ~16x)
    assert large <= 5 * small + 64, (small, large)
    assert large <= 3 * 8_000 * (markup.MAX_DEPTH + 1)  # and a few passes over the text at most, per level


def test_openers_per_field_are_capped_and_the_rest_kept_as_written() -> None:
    # GIVEN 100 KB of italic openers (every third character a marker to look at)
    text = field("*a ", 100_000)
    runs = markup._parse_runs(text)
    # THEN at most MAX_OPENERS were looked at: the runs stay few, and the rest of the text is there as written
    assert len(runs) <= markup.MAX_OPENERS + 2
    assert "".join(r.text for r in runs).endswith(text[-50_000:])


def test_deep_nesting_stops_at_the_limit() -> None:
    # GIVEN emphasis nested deeper than MAX_DEPTH
    text = "**" * 40 + "x" + "**" * 40
    runs = parse(text)
    # THEN it is parsed without recursion trouble and the text is kept
    assert "x" in "".join(r.text for r in runs)


def test_long_texts_are_not_memoised() -> None:
    markup._parse_memo.cache_clear()
    parse("a" * (markup.MEMO_MAX_CHARS + 1))
    parse("short **text**")
    assert markup._parse_memo.cache_info().currsize == 1
