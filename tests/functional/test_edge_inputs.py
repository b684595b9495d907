"""Inputs that used to mean different things on different routes: one answer for each, everywhere."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from functions.fix import app as fix_app
from functions.pdf import app as pdf_app
from functions.render import app as render_app
from resume_autofix.cli import main
from resume_autofix.localapi import build_event

RESUME = {"basics": {"name": "Zoë Müller", "label": "Café owner", "summary": "Ran a café in Köln; naïve résumé."}}


def _event(path: str, body: dict | str) -> dict:
    raw = (body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)).encode()
    return build_event("POST", path, "", {"Content-Type": "application/json"}, raw, f"POST {path}")


@pytest.mark.parametrize("value", [0, [], {}, False, 3.5])
@pytest.mark.parametrize("route", ["/api/render", "/api/pdf", "/api/autofix"])
def test_a_template_id_that_is_not_text_is_a_400_everywhere(route, value, lambda_context, decode_body) -> None:
    app = {"/api/render": render_app, "/api/pdf": pdf_app, "/api/autofix": fix_app}[route]
    answer = app.lambda_handler(_event(route, {"resume": RESUME, "template_id": value}), lambda_context)
    assert answer["statusCode"] == 400, answer["body"][:300]
    assert "template_id" in decode_body(answer)["message"]


@pytest.mark.parametrize("value", [0, False, [], {}, 4])
def test_a_paper_that_is_not_text_is_a_400(value, lambda_context, decode_body) -> None:
    answer = pdf_app.lambda_handler(_event("/api/pdf", {"resume": RESUME, "paper": value}), lambda_context)
    assert answer["statusCode"] == 400
    assert "paper" in decode_body(answer)["message"]


def test_render_answers_carry_csp_and_nosniff(lambda_context) -> None:
    answer = render_app.lambda_handler(_event("/api/render", {"resume": RESUME}), lambda_context)
    assert answer["statusCode"] == 200
    assert "default-src 'none'" in answer["headers"]["Content-Security-Policy"]
    assert answer["headers"]["X-Content-Type-Options"] == "nosniff"


def test_an_email_written_as_mailto_renders_one_mailto(lambda_context, decode_body) -> None:
    resume = {"basics": {"name": "A B", "email": "mailto:a@example.com"}}
    answer = render_app.lambda_handler(_event("/api/render", {"resume": resume}), lambda_context)
    assert answer["statusCode"] == 200, answer["body"][:300]
    html = decode_body(answer).decode()
    assert "mailto:mailto:" not in html
    assert 'href="mailto:a@example.com"' in html


def _nfd(value):
    return json.loads(unicodedata.normalize("NFD", json.dumps(value, ensure_ascii=False)))


def test_nfc_and_nfd_twins_get_equal_analyses(lambda_context, decode_body) -> None:
    # GIVEN one resume written in NFC and its NFD twin (canonically equal, different code points)
    nfd = _nfd(RESUME)
    assert nfd != RESUME
    # WHEN the NFD one is analysed first (and cached), then the NFC one
    first = decode_body(fix_app.lambda_handler(_event("/api/analyze", {"resume": nfd}), lambda_context))
    fix_app.analysis_for.__globals__["cache_manager"].clear_all()
    second = decode_body(fix_app.lambda_handler(_event("/api/analyze", {"resume": RESUME}), lambda_context))
    # THEN the analyses are equal: the edge normalised both before the key and the analysis saw them
    assert first == second


def test_an_autofix_answer_never_holds_the_other_twins_text(lambda_context, decode_body) -> None:
    # GIVEN the NFD twin auto-fixed first (its answer stored for duplicates)
    nfd = _nfd(RESUME)
    body = {"resume": nfd, "formats": ["html"]}
    first = decode_body(fix_app.lambda_handler(_event("/api/autofix", body), lambda_context))
    second = decode_body(fix_app.lambda_handler(_event("/api/autofix", {**body, "resume": RESUME}), lambda_context))
    # THEN both answers hold the NFC text (the one form every key and computation saw)
    for answer in (first, second):
        text = json.dumps(answer["resume"], ensure_ascii=False)
        assert unicodedata.is_normalized("NFC", text)
        assert answer["resume"]["basics"]["name"] == "Zoë Müller"


def test_cli_pdf_into_a_folder_is_a_usage_error(tmp_path: Path, corpus: Path, capsys) -> None:
    code = main(["pdf", str(corpus / "resumes" / "senior-engineer.json"), "--out", str(tmp_path)])
    assert code == 2
    assert "is a folder" in capsys.readouterr().err


def test_cli_refuses_a_binary_job_file(tmp_path: Path, corpus: Path, capsys) -> None:
    job = tmp_path / "job.pdf"
    job.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff\xfe binary")
    code = main(["analyze", str(corpus / "resumes" / "senior-engineer.json"), "--job", str(job)])
    assert code == 2
    assert "not text" in capsys.readouterr().err
