"""Bad input on every HTTP route of template.yaml: a clear 4xx that says what to fix, never a 5xx, nothing lost.

Every request goes through the real ``functions.<name>.app.lambda_handler`` as an API Gateway HTTP API (payload
2.0) event built by ``resume_autofix.localapi.build_event``. A handler that raises counts as a 5xx (API Gateway
answers 502 for an unhandled Lambda error), so the tests let such exceptions fail them.

Faults in files this test's owner does not own are ``xfail(strict=True)`` with the file and the fault in the
reason: once the owner fixes them the xfail turns into a failure and must be removed.
"""

from __future__ import annotations

import base64
import copy
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_autofix.config import get_settings
from resume_autofix.constants import CACHE_TYPES
from resume_autofix.localapi import LocalContext, build_event, decode_response, load_handler, load_routes

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
ROUTES = {route.key: route for route in load_routes(ROOT / "template.yaml")}
HANDLERS: dict[str, Callable[[dict[str, Any], Any], dict[str, Any]]] = {
    key: load_handler(ROOT, route) for key, route in ROUTES.items()
}
POSTS = ["/api/analyze", "/api/autofix", "/api/render", "/api/pdf", "/api/docx"]  # the routes that take a JSON body
MAX_BODY = get_settings().max_body_bytes
THEMES = ("classic", "modern", "compact")


def sample() -> dict[str, Any]:
    """The JSON Resume reference sample: every section and field of the schema."""
    return json.loads((CORPUS / "resumes" / "jsonresume-sample.json").read_text(encoding="utf-8"))


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def ctype(self) -> str:
        return next((v for k, v in self.headers.items() if k.lower() == "content-type"), "")

    def json(self) -> Any:
        assert "json" in self.ctype, f"{self.status} answer is {self.ctype!r}, not JSON: {self.body[:200]!r}"
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def invoke_event(event: dict[str, Any]) -> Answer:
    """Run the event through the handler template.yaml routes it to (an exception escaping it fails the test)."""
    handler = HANDLERS[event["routeKey"]]
    status, headers, _cookies, body = decode_response(handler(event, LocalContext("bad-input")))
    return Answer(status, headers, body)


def make_event(
    method: str, path: str, body: bytes | str = b"", *, query: str = "", content_type: str = "application/json"
) -> dict[str, Any]:
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    return build_event(method, path, query, {"content-type": content_type}, raw, f"{method} {path}")


def call(
    path: str,
    body: Any = None,
    *,
    method: str = "POST",
    query: str = "",
    raw: bytes | str | None = None,
    content_type: str = "application/json",
) -> Answer:
    """``body`` is JSON-encoded (stdlib, so NaN and big ints go through as such); ``raw`` is sent as is."""
    data: bytes | str = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    return invoke_event(make_event(method, path, data, query=query, content_type=content_type))


def assert_client_error(answer: Answer, *mentions: str, status: int | tuple[int, ...] | None = None) -> dict[str, Any]:
    """A 4xx with the project's error body, whose message names what to fix."""
    assert 400 <= answer.status < 500, f"expected a 4xx, got {answer.status}: {answer.body[:300]!r}"
    if status is not None:
        assert answer.status in ((status,) if isinstance(status, int) else status), answer.body[:300]
    body = answer.json()
    assert body["status"] == "error", body
    assert isinstance(body["message"], str), body
    assert body["message"].strip(), body
    for word in mentions:
        assert word.lower() in body["message"].lower(), f"{word!r} not in {body['message']!r}"
    return body


def assert_not_5xx(answer: Answer) -> None:
    assert answer.status < 500, f"{answer.status}: {answer.body[:300]!r}"
    if answer.status >= 400:
        assert_client_error(answer)


def xfail(owner_file: str, fault: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"{owner_file}: {fault}")


def test_every_template_route_is_driven_here():
    tested = {f"POST {p}" for p in POSTS} | {"GET /api/templates", "GET /api/cache/stats", "POST /api/cache/clear"}
    tested |= {"POST /api/import"}  # driven by test_import_bad_files below
    tested |= {"POST /api/batch", "GET /api/batch/{id}"}  # test_batch_routes_answer_bad_input_with_a_clear_4xx
    assert set(ROUTES) == tested


@pytest.mark.parametrize(
    ("raw", "content_type", "status"),
    [
        (b"", "application/pdf", 400),
        (b"%PDF-1.7\n" + b"\x00junk" * 100, "application/pdf", 422),
        (b"GIF89a" + b"\x00" * 64, "application/pdf", 415),
        (
            b"PK\x03\x04 not really a zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            422,
        ),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "application/msword", 415),
        (b'{"filename": "cv.pdf"}', "application/json", 400),
        (b'{"filename": 3, "content_base64": ""}', "application/json", 400),
        (b"[1, 2]", "application/json", 400),
    ],
    ids=["empty", "damaged-pdf", "gif-as-pdf", "broken-zip", "old-doc", "no-content", "bad-filename", "json-list"],
)
def test_import_bad_files(raw: bytes, content_type: str, status: int) -> None:
    assert_client_error(call("/api/import", raw=raw, content_type=content_type), status=status)


BATCH_BAD = [
    pytest.param(b"{not json", "not valid JSON", id="not-json"),
    pytest.param(b"[]", "JSON object", id="not-an-object"),
    # without the stack (as here and under `make serve`) a well-formed body says where bulk runs do work
    pytest.param(b'{"manifest_key": "manifests/a.json"}', "resume-autofix batch", id="no-stack"),
]


@pytest.mark.parametrize(("raw", "says"), BATCH_BAD)
def test_batch_routes_answer_bad_input_with_a_clear_4xx(raw, says):
    assert_client_error(invoke_event(make_event("POST", "/api/batch", raw)), says, status=400)
    event = build_event("GET", "/api/batch/run-1", "", {}, b"", "GET /api/batch/{id}")
    event["pathParameters"] = {"id": "run-1"}
    assert_client_error(invoke_event(event), "resume-autofix batch", status=400)


# --- the body is not a JSON object --------------------------------------------------------------------------------

NOT_JSON = [
    pytest.param("", "no body", id="empty"),
    pytest.param("   ", "json", id="blank"),
    pytest.param("resume=1", "json", id="form"),
    pytest.param("{", "json", id="truncated"),
    pytest.param('{"resume": {}} trailing', "json", id="trailing"),
    pytest.param("{'resume': {}}", "json", id="single-quotes"),
    pytest.param('{"resume": {"basics": {"name": NaN}}}', "json", id="nan"),
    pytest.param('{"resume": {"basics": {"name": Infinity}}}', "json", id="infinity"),
    pytest.param('{"resume": {"basics": {"name": "a"}},}', "json", id="trailing-comma"),
    pytest.param("<html><script>alert(1)</script></html>", "json", id="html"),
    pytest.param('{"resume": {"basics": {"name": "\\ud800"}}}', "json", id="escaped-lone-surrogate"),
    pytest.param('{"resume": {"basics": {"name": "\\udc00x"}}}', "json", id="escaped-lone-low-surrogate"),
]


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(("raw", "mention"), NOT_JSON)
def test_a_body_that_is_not_json_is_a_400(path, raw, mention):
    assert_client_error(call(path, raw=raw), mention, status=400)


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(
    "raw",
    [
        b'{"resume": {"basics": {"name": "\xff\xfe"}}}',
        b'{"resume": "\xc3\x28"}',
        b'{"resume": {"basics": {"name": "\xed\xa0\x80"}}}',
        b"\x00\x00\x00{",
    ],
    ids=["ff-fe", "bad-continuation", "utf8-encoded-surrogate", "nul-prefix"],
)
def test_invalid_utf8_is_a_400(path, raw):
    assert_client_error(call(path, raw=raw), "json", status=400)


@pytest.mark.parametrize("path", POSTS)
def test_a_raw_lone_surrogate_in_the_event_body_is_a_400(path):
    event = make_event("POST", path, b"{}")
    event["body"] = '{"resume": {"basics": {"name": "\ud800"}}}'  # a str Lambda could hand over
    assert_client_error(invoke_event(event), "json", status=400)


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(
    "value",
    [[], [{"resume": {}}], "resume", 42, 1.5, None, True],
    ids=["list", "list-of-object", "string", "int", "float", "null", "true"],
)
def test_json_that_is_not_an_object_is_a_400(path, value):
    assert_client_error(call(path, raw=json.dumps(value)), "object", status=400)


@pytest.mark.parametrize("path", POSTS)
def test_a_bom_before_the_json_is_accepted(path):
    raw = "\ufeff" + json.dumps({"resume": sample()})
    assert call(path, raw=raw).status == 200


# --- size, encoding and nesting ------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", POSTS)
def test_a_body_over_the_limit_is_a_413_that_names_the_limit(path):
    pad = "x" * (MAX_BODY + 1)
    body = assert_client_error(call(path, {"resume": {"basics": {"summary": pad}}}), "limit", status=413)
    assert body["details"]["limit_bytes"] == MAX_BODY


@pytest.mark.parametrize("path", POSTS)
def test_a_base64_body_over_the_limit_is_a_413(path):
    raw = json.dumps({"resume": {"basics": {"summary": "y" * MAX_BODY}}}).encode()
    event = make_event("POST", path, raw, content_type="application/octet-stream")
    assert event["isBase64Encoded"]
    assert_client_error(invoke_event(event), status=413)


@pytest.mark.parametrize("path", POSTS)
def test_a_body_at_the_limit_is_not_refused_for_its_size(path):
    raw = json.dumps({"resume": sample(), "pad": ""})
    raw = raw.replace('"pad": ""', '"pad": "' + "z" * (MAX_BODY - len(raw.encode())) + '"')
    assert len(raw.encode()) == MAX_BODY
    assert call(path, raw=raw).status != 413


@pytest.mark.parametrize("path", POSTS)
def test_a_valid_base64_body_is_decoded(path):
    event = make_event("POST", path, json.dumps({"resume": sample()}).encode(), content_type="application/octet-stream")
    assert event["isBase64Encoded"]
    assert invoke_event(event).status == 200


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(
    "bad",
    ["not base64!", "eyJyZXN1bWUiOnt9fQ", "====", "eyJyZXN1bWUiOnt9fQ==\x00"],
    ids=["punctuation", "missing-padding", "padding-only", "nul"],
)
def test_an_invalid_base64_body_is_a_400(path, bad):
    event = make_event("POST", path, b"{}")
    event["body"], event["isBase64Encoded"] = bad, True
    assert_client_error(invoke_event(event), status=400)


@pytest.mark.parametrize("path", POSTS)
def test_base64_of_a_non_json_body_is_a_400(path):
    event = make_event("POST", path, b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png")
    assert_client_error(invoke_event(event), "json", status=400)


def nested(depth: int, opener: str = '{"k":', closer: str = "}", leaf: str = '"x"') -> str:
    return opener * depth + leaf + closer * depth


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(
    "raw",
    [nested(10_000), nested(10_000, "[", "]"), '{"resume":' + nested(10_000) + "}"],
    ids=["objects", "arrays", "under-resume"],
)
def test_ten_thousand_levels_of_nesting_is_a_400(path, raw):
    assert_client_error(call(path, raw=raw), status=400)


DEEP_BODIES = {
    "meta": '{"resume": {"meta": ' + nested(1000) + "}}",
    "basics": '{"resume": {"basics": ' + nested(600) + "}}",
    "highlights": '{"resume": {"work": [{"highlights": ' + nested(1000, "[", "]") + "}]}}",
    "job_description": '{"resume": {}, "job_description": ' + nested(1000) + "}",
}


@pytest.mark.parametrize(
    ("path", "where"),
    [pytest.param(p, w, id=f"{w}-{p}") for p in POSTS for w in DEEP_BODIES],
)
def test_nesting_under_the_parser_limit_is_a_4xx_or_works(path, where):
    assert_not_5xx(call(path, raw=DEEP_BODIES[where]))


@pytest.mark.parametrize("path", ["/api/analyze", "/api/autofix"])
@pytest.mark.parametrize("where", ["meta", "basics", "highlights", "job_description"])
def test_the_fix_routes_name_where_a_body_nests_too_deep(path, where):
    body = assert_client_error(call(path, raw=DEEP_BODIES[where]), "levels deep", status=400)
    assert body["details"]["path"].startswith("/" + ("job_description" if where == "job_description" else "resume"))


@pytest.mark.parametrize("path", POSTS)
def test_a_realistic_nesting_depth_is_fine(path):
    resume = sample()
    resume["meta"] = {"a": {"b": {"c": {"d": {"e": {"f": ["g", {"h": [1]}]}}}}}}
    assert call(path, {"resume": resume}).status == 200


# --- wrong types and unknown values, field by field --------------------------------------------------------------

RESUME_TYPES = [[], [{"basics": {}}], "resume", "", 7, 1.5, True, None]


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("value", RESUME_TYPES, ids=lambda v: type(v).__name__ + (":" + str(v)[:8] if v else ""))
def test_resume_of_the_wrong_type_is_a_400_naming_resume(path, value):
    assert_client_error(call(path, {"resume": value}), "resume", status=400)


@pytest.mark.parametrize("path", POSTS)
def test_a_missing_resume_is_a_400_naming_resume(path):
    assert_client_error(call(path, {"job_description": "Python developer"}), "resume", status=400)


@pytest.mark.parametrize("path", ["/api/analyze", "/api/autofix"])
@pytest.mark.parametrize(
    "value", [5, 1.5, [1, 2], ["Python developer"], True], ids=["int", "float", "list", "list-of-text", "true"]
)
def test_job_description_of_the_wrong_type_is_a_400_naming_it(path, value):
    assert_client_error(call(path, {"resume": sample(), "job_description": value}), "job", status=400)


@pytest.mark.parametrize("path", ["/api/analyze", "/api/autofix"])
@pytest.mark.parametrize(
    "value",
    [{"title": ["Engineer"]}, {"skills": "python"}, {"responsibilities": "code"}, {"description": {"text": "x"}}],
    ids=["title-list", "skills-text", "responsibilities-text", "description-object"],
)
def test_a_job_document_with_bad_fields_is_a_400(path, value):
    assert_client_error(call(path, {"resume": sample(), "job_description": value}), status=400)


@pytest.mark.parametrize(
    ("value", "mention"),
    [
        ("spelling", "fixes"),
        (5, "fixes"),
        (True, "fixes"),
        ({"spelling": True}, "fixes"),
        ([1], "fixes"),
        ([None], "fixes"),
        ([["spelling"]], "fixes"),
        (["teleport"], "teleport"),
        (["spelling", "<b>x</b>"], "<b>x</b>"),
    ],
    ids=["string", "int", "bool", "object", "list-of-int", "list-of-null", "nested-list", "unknown", "html-id"],
)
def test_bad_fixes_are_a_400_naming_them(value, mention):
    assert_client_error(call("/api/autofix", {"resume": sample(), "fixes": value}), mention, status=400)


def test_duplicate_fixes_run_once():
    once = call("/api/autofix", {"resume": sample(), "fixes": ["spelling"]}).json()
    twice = call("/api/autofix", {"resume": sample(), "fixes": ["spelling", "spelling", "spelling"]}).json()
    assert twice["status"] == "success"
    assert twice["resume"] == once["resume"]
    assert twice["applied"] == once["applied"]


@pytest.mark.parametrize(
    ("value", "mention"),
    [
        (["odt"], "odt"),
        ("html", "formats"),
        (5, "formats"),
        ({"html": True}, "formats"),
        ([1], "formats"),
        ([["html"]], "formats"),
        (["html", "<script>"], "<script>"),
    ],
    ids=["unknown", "string", "int", "object", "list-of-int", "nested-list", "html"],
)
def test_bad_formats_are_a_400_naming_them(value, mention):
    assert_client_error(call("/api/autofix", {"resume": sample(), "formats": value}), mention, status=400)


@pytest.mark.parametrize("path", ["/api/autofix", "/api/render", "/api/pdf"])
@pytest.mark.parametrize("value", ["no-such-theme", "<script>alert(1)</script>", "../../etc/passwd", "CLASSIC "])
def test_an_unknown_template_is_a_4xx_listing_the_templates(path, value):
    extra = {"formats": ["html"]} if path == "/api/autofix" else {}
    body = assert_client_error(
        call(path, {"resume": sample(), "template_id": value, **extra}), "template", status=(400, 404)
    )
    assert "classic" in json.dumps(body)


def test_an_unknown_template_is_refused_by_autofix_even_without_formats():
    assert_client_error(
        call("/api/autofix", {"resume": sample(), "template_id": "nope"}), "template", status=(400, 404)
    )


@pytest.mark.parametrize("path", ["/api/autofix", "/api/render", "/api/pdf"])
@pytest.mark.parametrize(
    "value", [5, 1.5, True, ["classic"], {"id": "classic"}], ids=["int", "float", "bool", "list", "object"]
)
def test_a_template_id_that_is_not_text_is_a_4xx(path, value):
    assert_client_error(call(path, {"resume": sample(), "template_id": value}), "template", status=(400, 404))


@pytest.mark.parametrize(
    "raw_paper",
    [
        '"A9"',
        '"<script>"',
        '""""',
        "5",
        "true",
        '["A4"]',
        '{"size": "A4"}',
        pytest.param(nested(1000), id="deep-object"),
    ],
)
def test_an_unknown_paper_is_a_400_naming_paper(raw_paper):
    raw = '{"resume": ' + json.dumps(sample()) + ', "paper": ' + raw_paper + "}"
    if raw_paper == '""""':
        raw = raw.replace('""""', '"\\"\\""')
    assert_client_error(call("/api/pdf", raw=raw), "paper", status=400)


def test_an_unknown_paper_in_the_query_is_a_400():
    assert_client_error(call("/api/pdf", {"resume": sample()}, query="paper=B5"), "paper", status=400)


@pytest.mark.parametrize("value", ["yes", 1, None, [True], {"a": 1}])
def test_verify_of_any_type_never_fails(value):
    assert call("/api/pdf", {"resume": sample(), "verify": value}).status == 200


@pytest.mark.parametrize("cache_type", ["bogus", "<script>alert(1)</script>", "x" * 5000, "\u202etemplate", "%00"])
def test_an_unknown_cache_type_is_a_400_listing_the_valid_ones(cache_type):
    from urllib.parse import quote  # noqa: PLC0415

    body = assert_client_error(call("/api/cache/clear", query="cache_type=" + quote(cache_type)), "cache", status=400)
    assert all(t in json.dumps(body) for t in CACHE_TYPES)


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/api/templates"), ("GET", "/api/cache/stats"), ("POST", "/api/cache/clear")]
)
@pytest.mark.parametrize("raw", ["not json", nested(10_000), "\x00", '{"cache_type": 5}'])
def test_routes_without_a_body_ignore_junk_bodies_and_queries(method, path, raw):
    answer = call(path, method=method, raw=raw, query="x=%3Cscript%3E&y=%00&z=\ud800")
    assert answer.status == 200, answer.body[:300]
    assert answer.json()["status"] == "success"


@pytest.mark.parametrize("path", POSTS)
def test_the_wrong_method_is_a_4xx_with_the_error_body(path):
    event = make_event("GET", path)
    event["routeKey"] = f"POST {path}"  # the handler API Gateway would call; the method inside is GET
    assert_client_error(invoke_event(event), status=(404, 405))


# --- values that are valid but hostile ----------------------------------------------------------------------------

XSS = '<script>alert("x{n}")</script><img src=x onerror=alert({n})>"\'&amp;</textarea>'
NOT_TEXT_FIELDS = {
    "url",
    "website",
    "email",
    "image",
    "picture",
    "startDate",
    "endDate",
    "date",
    "releaseDate",
    "countryCode",
    "lastModified",
    "phone",
    "canonical",
}


def hostile(value: Any, counter: list[int] | None = None, key: str = "") -> Any:
    """Every free-text string of ``value`` replaced by a numbered script/markup payload."""
    counter = [0] if counter is None else counter
    if isinstance(value, dict):
        return {k: hostile(v, counter, k) for k, v in value.items()}
    if isinstance(value, list):
        return [hostile(v, counter, key) for v in value]
    if isinstance(value, str) and key not in NOT_TEXT_FIELDS:
        counter[0] += 1
        return XSS.format(n=counter[0])
    return value


def hostile_resume() -> dict[str, Any]:
    resume = hostile(sample())
    resume["basics"]["name"] = XSS.format(n="name")  # the name is drawn by every theme and layout
    return resume


def assert_inert_html(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img src=x" not in lowered
    assert "onerror=alert" not in lowered.replace("&lt;img src=x onerror=alert", "")
    assert "</textarea>" not in lowered
    assert "javascript:" not in lowered
    assert "&lt;script&gt;alert(" in html  # shown as text


@pytest.mark.parametrize("theme", THEMES)
def test_script_in_every_field_is_escaped_by_render(theme):
    answer = call("/api/render", {"resume": hostile_resume(), "template_id": theme})
    assert answer.status == 200, answer.body[:300]
    assert answer.ctype.startswith("text/html")
    assert_inert_html(answer.text)
    assert any(f"&lt;script&gt;alert({q}xname{q})" in answer.text for q in ("&#34;", "&quot;"))


def test_script_in_every_field_is_escaped_in_autofix_html():
    body = {"resume": hostile_resume(), "job_description": XSS.format(n=0), "formats": ["html", "pdf"]}
    answer = call("/api/autofix", body)
    assert answer.status == 200, answer.body[:300]
    result = answer.json()
    assert_inert_html(result["html"])


@pytest.mark.parametrize("theme", THEMES)
def test_script_in_every_field_is_plain_text_in_the_pdf(theme):
    from pypdf import PdfReader  # noqa: PLC0415

    answer = call("/api/pdf", {"resume": hostile_resume(), "template_id": theme})
    assert answer.status == 200, answer.body[:300]
    assert answer.body.startswith(b"%PDF")
    assert b"/JavaScript" not in answer.body
    assert b"/JS " not in answer.body
    assert b"/JS(" not in answer.body
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(answer.body)).pages)
    assert '<script>alert("xname")</script>' in text


def test_script_in_the_analysis_is_returned_as_json_text():
    body = {"resume": hostile_resume(), "job_description": XSS.format(n=0)}
    answer = call("/api/analyze", body)
    assert answer.status == 200, answer.body[:300]
    assert answer.ctype.startswith("application/json")
    assert answer.json()["status"] == "success"


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        'https://x.example/"><script>alert(1)</script>',
        "data:text/html,<script>alert(1)</script>",
        " JaVaScRiPt:alert(1)",
    ],
)
def test_a_script_url_is_refused_or_never_a_live_link(path, url):
    resume = sample()
    resume["basics"]["url"] = url
    resume["basics"]["profiles"][0]["url"] = url
    resume["work"][0]["url"] = url
    answer = call(path, {"resume": resume, "formats": ["html"]} if path == "/api/autofix" else {"resume": resume})
    assert_not_5xx(answer)
    if answer.status == 200 and path in ("/api/render", "/api/autofix"):
        html = answer.text if path == "/api/render" else answer.json()["html"]
        lowered = html.lower()
        assert 'href="javascript:' not in lowered
        assert "href=' javascript:" not in lowered
        assert 'href="data:' not in lowered
        assert "<script" not in lowered


@pytest.mark.parametrize("path", POSTS)
def test_nul_bytes_in_strings_never_fail(path):
    resume = sample()
    resume["basics"]["name"] = "Ri\x00chard"
    resume["basics"]["summary"] = "\x00" * 50
    resume["work"][0]["highlights"] = ["Led\x00 the team", "\x00"]
    resume["skills"][0]["keywords"] = ["\x00", "Py\x00thon"]
    assert_not_5xx(call(path, {"resume": resume, "job_description": "Python\x00 developer"}))


@pytest.mark.parametrize("path", POSTS)
def test_control_characters_never_fail(path):
    resume = sample()
    resume["basics"]["name"] = "".join(chr(c) for c in range(32)) + "\x7f\u2028\u2029\ufeff\ufffe\uffff"
    assert_not_5xx(call(path, {"resume": resume}))


UNICODE = {
    "name": "山田 太郎 👩🏽‍💻",
    "label": "مهندسة برمجيات — מהנדסת תוכנה",
    "summary": "Ça marche: e\u0301, Ελληνικά, हिन्दी, 한국어, \u202eevil\u202c, 🇯🇵🏳️‍🌈, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢, \U0010fffd",
}


@pytest.mark.parametrize("path", POSTS)
def test_emoji_cjk_and_rtl_text_works(path):
    resume = sample()
    resume["basics"].update(UNICODE)
    resume["work"][0]["highlights"] = ["提高了 30% 的效率 🚀", "قاد فريقًا من خمسة مهندسين"]
    body = {"resume": resume, "job_description": "مطور بايثون 🐍 Python 開発者"}
    if path == "/api/autofix":
        body["formats"] = ["html"]
    answer = call(path, body)
    assert answer.status == 200, answer.body[:300]
    if path == "/api/render":
        assert "山田 太郎" in answer.text
        assert "مهندسة برمجيات" in answer.text
        assert "提高了 30% 的效率 🚀" in answer.text
    if path == "/api/autofix":
        out = answer.json()
        assert out["resume"]["basics"]["name"] == UNICODE["name"]
        assert "山田 太郎" in out["html"]


def test_cjk_text_is_kept_in_the_pdf_text_layer():
    from pypdf import PdfReader  # noqa: PLC0415

    resume = sample()
    resume["basics"]["name"] = "山田 太郎"
    answer = call("/api/pdf", {"resume": resume})
    assert answer.status == 200
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(answer.body)).pages)
    assert "山田" in text


# --- resumes with missing, empty, null or huge sections -----------------------------------------------------------

SECTIONS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
)


def sparse_resumes() -> list[Any]:
    full = sample()
    return [
        pytest.param({}, id="empty-object"),
        pytest.param({s: [] for s in SECTIONS if s not in ("basics", "meta")} | {"basics": {}}, id="empty-sections"),
        pytest.param({"basics": {"name": ""}}, id="empty-name"),
        pytest.param({"work": [{}], "education": [{}], "skills": [{}], "projects": [{}]}, id="empty-items"),
        pytest.param({"work": [{"highlights": []}], "skills": [{"keywords": []}]}, id="empty-lists"),
        pytest.param({"$schema": "x", "unknown": {"a": [1, None]}, "basics": {"extra": True}}, id="unknown-keys"),
        pytest.param({"basics": {"name": "   ", "summary": "\n\n"}}, id="whitespace-only"),
    ] + [pytest.param({k: v for k, v in full.items() if k != s}, id=f"without-{s}") for s in SECTIONS]


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("resume", sparse_resumes())
def test_a_resume_with_missing_or_empty_sections_works(path, resume):
    body = {"resume": copy.deepcopy(resume)}
    if path == "/api/autofix":
        body["formats"] = ["html", "pdf"]
    answer = call(path, body)
    assert answer.status == 200, answer.body[:300]


NULLS = {
    "sections": dict.fromkeys(SECTIONS),
    "basics-fields": {"basics": dict.fromkeys(sample()["basics"])},
    "item-fields": {"work": [dict.fromkeys(sample()["work"][0])], "skills": [{"name": None, "keywords": None}]},
}


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("where", NULLS)
def test_nulls_are_read_as_missing_or_named_in_a_400(path, where):
    answer = call(path, {"resume": NULLS[where]})
    assert_not_5xx(answer)
    if answer.status != 200:
        assert_client_error(answer, "null", status=400)
        assert answer.json()["details"][0]["path"].startswith("/")


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize(
    ("section", "value"),
    [
        ("work", "engineer"),
        ("work", [1, None]),
        ("basics", []),
        ("skills", 42),  # issue 13: {"name": "x"} (one object) is now read as a list of one, with a note
        ("work", [{"highlights": 3}]),  # issue 13: "one" (one text) is now read as a list, with a note
        ("work", [{"highlights": [1, None]}]),
        ("basics", {"name": ["x"]}),
    ],
)
def test_a_section_of_the_wrong_type_is_a_400_with_its_path(path, section, value):
    body = assert_client_error(call(path, {"resume": {section: value}}), section, status=400)
    assert section in json.dumps(body["details"])


@pytest.mark.slow
@pytest.mark.parametrize("path", POSTS)
def test_ten_thousand_highlights_are_a_clear_answer(path):
    resume = {
        "basics": {"name": "Ada"},
        "work": [
            {"name": "Acme", "position": "Engineer", "highlights": [f"Shipped feature {i}" for i in range(10_000)]}
        ],
    }
    answer = call(path, {"resume": resume})
    assert_not_5xx(answer)


@pytest.mark.parametrize("path", POSTS)
def test_thousands_of_sections_items_are_a_clear_answer(path):
    resume = {"basics": {"name": "Ada"}, "skills": [{"name": f"Skill {i}", "keywords": ["a"] * 5} for i in range(1000)]}
    assert_not_5xx(call(path, {"resume": resume}))


@pytest.mark.parametrize("path", POSTS)
def test_a_huge_single_string_is_a_clear_answer(path):
    assert_not_5xx(call(path, {"resume": {"basics": {"name": "A" * 50_000, "summary": "word " * 10_000}}}))


@pytest.mark.parametrize("path", POSTS)
@pytest.mark.parametrize("raw_number", ["1e400", "-1e400", "123456789012345678901234567890", "-0", "1e-400"])
def test_extreme_numbers_are_a_clear_answer(path, raw_number):
    raw = '{"resume": {"basics": {"name": "Ada", "x": ' + raw_number + '}, "skills": [{"level": ' + raw_number + "}]}}"
    assert_not_5xx(call(path, raw=raw))


# --- the example events of events/ ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "events").glob("*.json")))
def test_every_example_event_is_answered_without_a_5xx(name):
    event = json.loads((ROOT / "events" / f"{name}.json").read_text(encoding="utf-8"))
    if event.get("routeKey") not in ROUTES:
        pytest.skip("not an HTTP event (a state machine action)")
    assert_not_5xx(invoke_event(event))


# --- property: any JSON body on any POST route is a 2xx or a clear 4xx --------------------------------------------

NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "<script>alert(1)</script>",
        "\u202e",
        "👩🏽‍💻",
        "山田",
        "مرحبا",
        "classic",
        "modern",
        "html",
        "pdf",
        "A4",
        "Letter",
        "spelling",
        "keywords",
        "dates",
        "2020-13-45",
        "javascript:alert(1)",
        "a" * 300,
        "{",
        "\ufeff",
    ]
)
TEXT = st.one_of(st.text(max_size=20), NASTY_TEXT)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
)
JSON = st.recursive(
    SCALARS, lambda kids: st.one_of(st.lists(kids, max_size=4), st.dictionaries(TEXT, kids, max_size=4)), max_leaves=12
)
FIELDS = st.sampled_from(
    [
        "name",
        "label",
        "summary",
        "highlights",
        "keywords",
        "position",
        "startDate",
        "endDate",
        "url",
        "email",
        "institution",
        "area",
        "level",
        "network",
        "location",
        "profiles",
    ]
)
ITEM = st.dictionaries(FIELDS, st.one_of(JSON, st.lists(TEXT, max_size=3)), max_size=5)
RESUME = st.one_of(
    st.fixed_dictionaries({}, optional={s: st.one_of(st.lists(ITEM, max_size=3), ITEM, JSON) for s in SECTIONS}),
    JSON,
)
BODY = st.one_of(
    st.fixed_dictionaries(
        {},
        optional={
            "resume": RESUME,
            "job_description": st.one_of(
                TEXT,
                JSON,
                st.dictionaries(
                    st.sampled_from(["title", "description", "skills", "responsibilities", "qualifications"]),
                    JSON,
                    max_size=3,
                ),
            ),
            "fixes": st.one_of(st.lists(st.one_of(NASTY_TEXT, TEXT), max_size=4), JSON),
            "formats": st.one_of(st.lists(st.sampled_from(["html", "pdf", "docx", ""]), max_size=3), JSON),
            "template_id": st.one_of(NASTY_TEXT, JSON),
            "paper": st.one_of(NASTY_TEXT, JSON),
            "verify": JSON,
        },
    ),
    JSON,
)


@pytest.mark.parametrize("path", POSTS)
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(body=BODY)
def test_any_json_body_is_a_success_or_a_clear_4xx(path, body):
    answer = call(path, raw=json.dumps(body))
    assert answer.status < 500, f"{answer.status}: {answer.body[:300]!r}"
    if answer.status >= 400:
        assert_client_error(answer)
    elif "json" in answer.ctype:
        assert answer.json()["status"] == "success"


@pytest.mark.parametrize("path", POSTS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200))
def test_any_bytes_are_a_success_or_a_clear_4xx(path, raw):
    event = make_event("POST", path, raw, content_type="application/octet-stream")
    answer = invoke_event(event)
    assert answer.status < 500
    if answer.status >= 400:
        assert_client_error(answer)
    event = make_event("POST", path, base64.b64encode(raw))
    assert_not_5xx(invoke_event(event))
