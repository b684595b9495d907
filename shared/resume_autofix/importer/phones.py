"""Phone numbers in a header: found by Google's libphonenumber (``phonenumbers``), taken exactly as written.

A number no numbering plan allows is still taken where a label vouches for it ("Phone: 123 456 789") or where it
is shaped like one ("+39 123 45 67"); a date with its time, an ORCID iD or a short run of digits is none.
"""

from __future__ import annotations

import re

import phonenumbers

PHONE_SHAPED = re.compile(
    # "(555) 123-4567", "(+86) 123-4567-8910", "+41 53 669 25 91", "+1 (555) 111 1111"
    r"^(?:\+?\(?|\(\+)\d{1,4}\)?[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3,4}(?:[\s.-]\d{2,4}){0,2}$"
    r"|^0\d{2,4}[\s/-]\d{5,8}$"  # a trunk-prefixed area code, then the number: "0421 218646", "01234 567890"
    r"|^\+\d{1,4}[\s.-]\d{6,11}$"  # a country code, then the number in one group: "+12 3456891"
    r"|^\+\d{1,3}[\s.-]\(?\d{1,4}\)?(?:[\s.-]\d{2,5}){1,5}$"  # "+39 123 45 67", "+33 6 12 34 56 78", "+49 123 45678"
)
#: the words that label a phone number, for both the label before a number and a form's label cell
PHONE_WORDS = [
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "cel",
    "handy",
    "tél",
    "telefon",
    "telefonnummer",
    "teléfono",
    "telefone",
    "telefono",
    "тел",
    "телефон",
    "мобильный",
    "моб",
    "téléphone",
    "telefoon",
    "telefoonnummer",
    "mobiel",
    "mobilnummer",
    "handynummer",
    "gsm",
    "celular",
    "móvil",
    "cellulare",
    "portable",
    "puhelin",
    "전화",
    "휴대폰",
    "携帯",
    "携帯電話",
    "电话",
    "手机",
    "联系电话",
    "電話",
    "手機",
    "whatsapp",
    "📱",
    "📞",
    "☎",
    "✆",
]
PHONE_LABEL = re.compile(  # longest first: "Telephone:" is one label, not "Tel" and a rest; "Phone number:" too
    r"^(?:(?:(?:personal|private|work|home|business|office)\s+)?"  # "Personal Phone:"
    r"(?:" + "|".join(sorted(PHONE_WORDS, key=len, reverse=True)) + r")\.?(?:\s+(?:number|no\.|nr\.|nummer))?"
    r"\s*[:：]?\s*)+",
    re.IGNORECASE,
)
PHONE_WORD = re.compile("|".join(rf"\b{w}\b" if w in ("tel", "cel") else w for w in PHONE_WORDS), re.IGNORECASE)
#: candidates the matcher tries per region: a piece of a résumé holds a few numbers, and a line of a thousand
#: number-like runs ("+1 (555) 0100 +1 (555) 0100 …") would otherwise take seconds per region
_MAX_TRIES = 40
_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "PT", "IN", "CA", "AU", "JP", "KR", "RU", "CH", "AT", "CN")


def find_phone(text: str, labelled: bool = False) -> str | None:
    """The first phone number in ``text``, exactly as written (any possible number where a label says "phone")."""
    if sum(c.isdigit() for c in text) < 7:
        return None
    leniency = phonenumbers.Leniency.POSSIBLE if labelled else phonenumbers.Leniency.VALID
    orcids = [o.span() for o in _ORCID.finditer(text)]  # once for the text, not once a match and a region
    cut: str | None = None  # a number found with digits right before it: another region may read them too
    for region in _REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=leniency, max_tries=_MAX_TRIES):
            raw = str(match.raw_string)
            orcid = any(start < match.end and match.start < end for start, end in orcids)
            timed = bool(_CLOCK.match(text, match.end))  # "15.04.2015 14:57": the hour, then its minutes
            if _DAY_DATE.match(raw) or timed or orcid or sum(c.isdigit() for c in raw) < 6:
                continue  # "15.04.2015 14:57" (a date and a time), "0000-0002-1825-0097" (an ORCID iD)
            # a country code the matcher left out because the rest is too short for it ("+1 (234) 567 890")
            prefix = _COUNTRY_CODE.search(text, 0, match.start) or _AREA_BEFORE.search(text, 0, match.start)
            found = text[prefix.start() : match.end] if prefix else raw
            if prefix is None and _DIGITS_BEFORE.search(text, 0, match.start):
                # "11 952223516": Spain reads the last nine digits, Brazil the area code too; the longer reading wins
                cut = found if cut is None or len(found) > len(cut) else cut
                break
            if cut is not None and len(found) <= len(cut):
                break
            return found
    return cut or _code_in_brackets(text)


#: a country code and an area or mobile prefix in brackets, no plus ("(56 - 9) 9886 9381", Chile's way)
_CODE_BRACKETED = re.compile(r"\((?P<code>\d{1,3})\s*[-–]\s*(?P<area>\d{1,3})\)\s*(?P<rest>\d[\d .-]{5,}\d)")


def _code_in_brackets(text: str) -> str | None:
    """ "(56 - 9) 9886 9381": the number as written, where the code and prefix make a valid number."""
    for m in _CODE_BRACKETED.finditer(text):
        digits = re.sub(r"\D", "", m.group("area") + m.group("rest"))
        try:
            number = phonenumbers.parse(f"+{m.group('code')}{digits}")
        except phonenumbers.NumberParseException:
            continue
        if number.country_code == int(m.group("code")) and phonenumbers.is_valid_number(number):
            return m.group().strip()
    return None


_CLOCK = re.compile(r":\d\d\b")
_SENTENCE_END = re.compile(r"\.\s")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d\b")
_ORCID = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
_DAY_DATE = re.compile(r"[0-3]?\d[./][01]?\d[./](?:19|20)\d\d\b")
_PHONE_CHARS = re.compile(r"\+?\(?\d[\d\s().\-/]{5,}\d")
_COUNTRY_CODE = re.compile(r"(?:\+\d{1,3}|\(\+\d{1,3}\))[\s.-]?$")
#: a group of digits right before a number, in the same run ("11 952223516")
_DIGITS_BEFORE = re.compile(r"(?<![\d.,/:-])\d{2,4}[ .]?$")
#: an area code in brackets the matcher left out before the number ("(11) 97665-7046")
_AREA_BEFORE = re.compile(r"(?<![\w)])(?:\+\s?)?\(\d{2,4}\)\s?$")


def labelled_number(text: str) -> str | None:
    """The number after a phone label ("Phone number: 123 456 789"), digits and their separators only: the label
    vouches for it where no numbering plan allows it; ``None`` without a label or such a number."""
    labelled = PHONE_LABEL.match(text)
    number = text[labelled.end() :].strip() if labelled and labelled.end() else ""
    return number if _PHONE_CHARS.fullmatch(number) else None


#: a whole piece written as a phone number: digits, or a template's stand-ins for them ("x", "*"), and a vanity
#: number's capitals ("+1 (555) EAT-SHORTS"), in groups
#: (possessive: a long line of capitals that is no number, "AMAZON DEVELOPMENT CENTRE (INDIA) PRIVATE LIMITED,",
#: fails at once instead of trying every way to cut its words into groups)
_WRITTEN = re.compile(r"\(?\+?\(?[\dxX*A-Z]++\)?(?:[\s.\-/]*+\(?[\dxX*A-Z]++\)?)*+")
_INTERNATIONAL = re.compile(r"^\(?\+\d")


def written_phone(text: str, labelled: bool = False) -> bool:
    """A piece that is a phone number as written, where no numbering plan allows it: after a country code ("+1 555
    0100", "+490000000000", "(+00) 0123 456 789") or a phone label ("Phone: (XXX) 555-xxxx", "電話 0120-XX-XXXX"),
    seven places or more, with a template's placeholders ("+1 (xxx) xxx-xxxx") or a vanity number's capitals
    ("+44 800 PARADOX") among its digits."""
    text = text.strip()
    if not _WRITTEN.fullmatch(text) or not (labelled or _INTERNATIONAL.match(text)):
        return False
    digits = sum(c.isdigit() for c in text)
    places = sum(c.isdigit() or c in "xX*" for c in text)
    capitals = sum(c.isupper() and c != "X" for c in text)
    if capitals:  # a vanity number: real digits before its letters ("+1-(800)-JOHN"), never a word alone
        return digits >= 3 and digits + capitals >= 7
    return places >= 7 and digits >= 1


def whole_phone(piece: str, *, shaped: bool = True) -> str | None:
    """The phone number a piece is, its label aside, exactly as written ("Phone: +31 6 1234 5678", "+1 555 0100",
    "(XXX) 555-xxxx"); ``None`` where the piece holds more than a number. A label lets any possible number in; with
    ``shaped``, so does the shape of one of nine digits or more ("+41 53 669 25 91")."""
    text = PHONE_LABEL.sub("", piece).strip()
    labelled = text != piece.strip()
    lenient = labelled or (shaped and bool(PHONE_SHAPED.match(text)) and sum(c.isdigit() for c in text) >= 9)
    phone = find_phone(text, labelled=lenient)
    if phone is None:
        phone = labelled_number(piece)  # "Phone number: 123 456 789": the label vouches for what no plan allows
    short = phone is None or len(phone) < len(text) - 3 or (labelled and len(phone) < len(text))  # "42 967259965"
    if short and written_phone(text, labelled=labelled):
        phone = text  # "+1 555 0100", "Phone: (XXX) 555-xxxx", "+44 800 PARADOX" (not just the digits a plan knows)
    return phone if phone and len(phone) >= len(text) - 3 else None


_PHONE_RUN = re.compile(r"(?<![\w+(])(?:\+\s?|\(\+)?\(?\d[\d\s.()-]{7,}\d(?![\w)])")


def phone_inside(piece: str) -> tuple[int, int] | None:
    """Where a number shaped like a phone's (nine digits or more in groups) stands inside a longer piece."""
    for m in _PHONE_RUN.finditer(piece):
        # the run, or its first sentence's worth where a full stop ends the number ("(31) 98920-3855. . 18 anos")
        for run in dict.fromkeys([m.group(0).strip(), _SENTENCE_END.split(m.group(0).strip())[0]]):
            end = m.start() + m.group(0).index(run) + len(run)
            if sum(c.isdigit() for c in run) < 9 or _CLOCK.match(piece, end) or _ISO_DAY.match(run):
                continue  # "2021-06-03 21:46:41": a date and its time
            # shaped like one and possible, or a number a plan allows as it stands ("(31) 98920-3855", Brazil's)
            if (PHONE_SHAPED.match(run) and find_phone(run, labelled=True) == run) or find_phone(run) == run:
                return end - len(run), end
    return None
