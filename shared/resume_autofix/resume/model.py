"""A pydantic model of the JSON Resume schema (v1.2.1), tolerant the way real files are.

Unknown keys are kept (``extra="allow"``), v0 keys (``company``, ``website``, ``picture``) are read as
their own fields so an error names the key the file really has, numbers are accepted as text, and empty
strings mean "not given". Only what would break a consumer is an error: wrong types, a malformed email,
URL or country code.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, PrivateAttr, field_validator

from .pointer import deep_copy

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")
# A bare host ("example.com/page") is what people write; it is readable, so it is tolerated (analysis flags it).
_BARE_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#]\S*)?$")


def check_url(value: str | None) -> str | None:
    """An absolute URI (RFC 3986): a scheme, and a host for web schemes; empty means not given."""
    if value is None or value.strip() == "":
        return value
    parts = urlsplit(value.strip())
    if _BARE_HOST.match(value.strip()):
        return value
    if not parts.scheme or not _SCHEME.match(parts.scheme):
        raise ValueError(f"{value!r} is not an absolute URL; write it with its scheme, e.g. https://example.com")
    if parts.scheme.lower() in {"http", "https", "ftp"} and not parts.netloc:
        raise ValueError(f"{value!r} has no host; write it like https://example.com/page")
    return value


def check_email(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return value
    if not _EMAIL.match(value.strip()):
        raise ValueError(f"{value!r} is not a valid email address; write it like name@example.com")
    return value


def check_country(value: str | None) -> str | None:
    if value is None or value.strip() == "":
        return value
    if not _COUNTRY.match(value.strip()):
        raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code; write two letters, e.g. US or DE")
    return value


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True, populate_by_name=True)


class _Linked(_Part):
    url: str | None = None
    website: str | None = None

    _urls = field_validator("url", "website")(check_url)


class Location(_Part):
    address: str | None = None
    postalCode: str | None = None  # noqa: N815 - schema key
    city: str | None = None
    countryCode: str | None = None  # noqa: N815 - schema key
    region: str | None = None

    _country = field_validator("countryCode")(check_country)


class Profile(_Linked):
    network: str | None = None
    username: str | None = None


class Basics(_Linked):
    name: str | None = None
    label: str | None = None
    image: str | None = None
    picture: str | None = None
    email: str | None = None
    phone: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: list[Profile] = []

    _email = field_validator("email")(check_email)


class _Dated(_Linked):
    startDate: str | None = None  # noqa: N815 - schema key
    endDate: str | None = None  # noqa: N815 - schema key
    summary: str | None = None
    highlights: list[str] = []


class Work(_Dated):
    name: str | None = None
    company: str | None = None
    position: str | None = None
    location: Any = None
    description: str | None = None

    @property
    def employer(self) -> str:
        return self.name or self.company or ""


class Volunteer(_Dated):
    organization: str | None = None
    position: str | None = None


class Education(_Linked):
    institution: str | None = None
    area: str | None = None
    studyType: str | None = None  # noqa: N815 - schema key
    startDate: str | None = None  # noqa: N815 - schema key
    endDate: str | None = None  # noqa: N815 - schema key
    score: str | None = None
    gpa: str | None = None
    courses: list[str] = []


class Award(_Part):
    title: str | None = None
    date: str | None = None
    awarder: str | None = None
    summary: str | None = None


class Certificate(_Linked):
    name: str | None = None
    date: str | None = None
    issuer: str | None = None


class Publication(_Linked):
    name: str | None = None
    publisher: str | None = None
    releaseDate: str | None = None  # noqa: N815 - schema key
    summary: str | None = None


class Skill(_Part):
    name: str | None = None
    level: str | None = None
    keywords: list[str] = []


class Language(_Part):
    language: str | None = None
    fluency: str | None = None


class Interest(_Part):
    name: str | None = None
    keywords: list[str] = []


class Reference(_Part):
    name: str | None = None
    reference: str | None = None


class Project(_Dated):
    name: str | None = None
    description: str | None = None
    keywords: list[str] = []
    roles: list[str] = []
    entity: str | None = None
    type: str | None = None


class Meta(_Part):
    canonical: str | None = None
    version: str | None = None
    lastModified: str | None = None  # noqa: N815 - schema key

    _canonical = field_validator("canonical")(check_url)


class Resume(_Part):
    """A validated JSON Resume; ``to_dict()`` gives back the document exactly as it was loaded."""

    basics: Basics = Basics()
    work: list[Work] = []
    volunteer: list[Volunteer] = []
    education: list[Education] = []
    awards: list[Award] = []
    certificates: list[Certificate] = []
    publications: list[Publication] = []
    skills: list[Skill] = []
    languages: list[Language] = []
    interests: list[Interest] = []
    references: list[Reference] = []
    projects: list[Project] = []
    meta: Meta | None = None

    _raw: dict[str, Any] | None = PrivateAttr(default=None)
    _notes: list[dict[str, str]] = PrivateAttr(default_factory=list)

    @property
    def notes(self) -> list[dict[str, str]]:
        """What loading converted (``{"path", "message"}``): shown in the analysis, never silent."""
        return [dict(n) for n in self._notes]

    def to_dict(self) -> dict[str, Any]:
        """The loaded document, unknown and v0 keys included (a deep copy, safe to change)."""
        if self._raw is not None:
            return deep_copy(self._raw)
        return self.model_dump(mode="json", exclude_unset=True)
