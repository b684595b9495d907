"""Fixtures shared by the unit tests of the domain core (ai, analysis, fixes)."""

from __future__ import annotations

import pytest


@pytest.fixture
def sample_resume() -> dict:
    """A small resume with known faults: a weak opener, a typo, a loose date, a k8s variant."""
    return {
        "basics": {
            "name": "Ana Lima",
            "label": "Backend Engineer",
            "email": "ana@example.com",
            "phone": "+1 555 0100 200",
            "summary": "Backend engineer who builds reliable Python services.",
            "location": {"city": "Lisbon", "countryCode": "PT"},
        },
        "work": [
            {
                "name": "Hooli",
                "position": "Backend Engineer",
                "startDate": "March 2019",
                "endDate": "2021-06",
                "highlights": [
                    "Responsible for managing the k8s clusters of 40 services",
                    "Improved the experiance of the payments API, cutting latency by 30%",
                    "Built ingestion with Postgres and Kafka",
                ],
            },
        ],
        "education": [
            {
                "institution": "Universidade de Lisboa",
                "area": "Computer Science",
                "studyType": "BSc",
                "startDate": "2014",
                "endDate": "2018",
            }
        ],
        "skills": [{"name": "Backend", "keywords": ["Python", "Postgres", "k8s"]}],
    }
