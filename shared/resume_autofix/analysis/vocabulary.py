"""The skills taxonomy: canonical names, their category, and the variants/abbreviations/synonyms that count.

A keyword matches a resume when any of its forms appears as a whole word. The same table is the evidence the
keyword fix and the merge guards rely on: a form present in the resume is evidence for the canonical name.
The spelling check treats every form as a known word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

HARD = "hard_skill"
TOOL = "tool"
CERT = "certification"
SOFT = "soft_skill"
TITLE = "job_title"


@dataclass(frozen=True)
class Term:
    canonical: str
    category: str
    forms: tuple[str, ...]  # canonical first, then variants


# canonical | category | variants (";"-separated). Variants are matched case-insensitively unless they are
# short all-caps abbreviations (matched case-sensitively, so "AI"/"ML"/"TS" are not found inside prose words).
_TABLE = """
JavaScript|hard_skill|JS;ECMAScript;ES6;ES2015
TypeScript|hard_skill|TS
Python|hard_skill|Python3;Python 3
Java|hard_skill|
Go|hard_skill|Golang
Rust|hard_skill|
C++|hard_skill|CPP
C#|hard_skill|CSharp;C Sharp
Ruby|hard_skill|
PHP|hard_skill|
Kotlin|hard_skill|
Swift|hard_skill|
Scala|hard_skill|
R|hard_skill|
SQL|hard_skill|
NoSQL|hard_skill|
HTML|hard_skill|HTML5;HTML 5
CSS|hard_skill|CSS3;CSS 3
GraphQL|hard_skill|
REST|hard_skill|RESTful;REST API;REST APIs
Node.js|tool|Node;NodeJS;Node JS
React|tool|React.js;ReactJS
Next.js|tool|NextJS
Vue.js|tool|Vue;VueJS
Angular|tool|AngularJS
Svelte|tool|
Tailwind CSS|tool|Tailwind;TailwindCSS
Redux|tool|
jQuery|tool|
Django|tool|
Django REST Framework|tool|DRF
Flask|tool|
FastAPI|tool|
Spring|tool|Spring Boot;SpringBoot
Hibernate|tool|
Rails|tool|Ruby on Rails;RoR
Express|tool|Express.js;ExpressJS
asyncio|tool|
PostgreSQL|tool|Postgres;psql;Postgre
MySQL|tool|
SQLite|tool|
MongoDB|tool|Mongo
Redis|tool|
Memcached|tool|
Elasticsearch|tool|Elastic Search;ELK
Cassandra|tool|
DynamoDB|tool|Dynamo
Kafka|tool|Apache Kafka
RabbitMQ|tool|
Spark|tool|Apache Spark;PySpark
Ray|tool|
Dask|tool|
Hadoop|tool|
Airflow|tool|Apache Airflow
dbt|tool|
Snowflake|tool|
BigQuery|tool|
Tableau|tool|
Power BI|tool|PowerBI
Looker|tool|
Excel|tool|Microsoft Excel;MS Excel
Mixpanel|tool|
Amplitude|tool|
Google Analytics|tool|GA4
AWS|tool|Amazon Web Services
GCP|tool|Google Cloud;Google Cloud Platform
Azure|tool|Microsoft Azure
ECS|tool|Elastic Container Service
EKS|tool|
Lambda|tool|AWS Lambda
RDS|tool|
ElastiCache|tool|
S3|tool|Amazon S3
SageMaker|tool|Amazon SageMaker
Docker|tool|
Kubernetes|tool|k8s;kube
Terraform|tool|
Ansible|tool|
Helm|tool|
Linux|tool|GNU/Linux
Git|tool|
GitHub|tool|
GitHub Actions|tool|
GitLab|tool|
CircleCI|tool|Circle CI
Jenkins|tool|
CI/CD|hard_skill|CI;CD;continuous integration;continuous delivery;continuous deployment
Datadog|tool|
Prometheus|tool|
Grafana|tool|
OpenTelemetry|tool|OTel
Jira|tool|
Confluence|tool|
Figma|tool|
Sketch|tool|
Adobe Creative Suite|tool|Adobe CC;Creative Cloud
Photoshop|tool|Adobe Photoshop
Illustrator|tool|Adobe Illustrator
InDesign|tool|Adobe InDesign
After Effects|tool|Adobe After Effects
Storybook|tool|
Jest|tool|
Vitest|tool|
Playwright|tool|
Cypress|tool|
Selenium|tool|
PyTorch|tool|Torch
TensorFlow|tool|TF
scikit-learn|tool|sklearn;scikit learn
Pandas|tool|
NumPy|tool|
Hugging Face|tool|HuggingFace;Hugging Face Transformers;Transformers
MLflow|tool|
Triton|tool|Triton Inference Server
Feast|tool|
Tecton|tool|
Evidently|tool|
WhyLogs|tool|
Salesforce|tool|
HubSpot|tool|
Google Ads|tool|AdWords;Google AdWords
SEO|hard_skill|search engine optimization;search engine optimisation
SEM|hard_skill|search engine marketing
CRM|hard_skill|
A/B testing|hard_skill|A/B tests;A/B test;AB testing;split testing;experimentation
machine learning|hard_skill|ML
artificial intelligence|hard_skill|AI
deep learning|hard_skill|DL
natural language processing|hard_skill|NLP
computer vision|hard_skill|
data analysis|hard_skill|data analytics;analytics
data science|hard_skill|
data engineering|hard_skill|
data modeling|hard_skill|data modelling
data visualization|hard_skill|data visualisation;dashboarding;dashboards
statistics|hard_skill|statistical analysis
ETL|hard_skill|ELT;data pipelines;data pipeline
distributed systems|hard_skill|
microservices|hard_skill|micro-services;microservice
event-driven architecture|hard_skill|event-driven;event driven
system design|hard_skill|
API design|hard_skill|APIs;API
caching|hard_skill|cache
observability|hard_skill|monitoring
SSR|hard_skill|server-side rendering
accessibility|hard_skill|a11y;WCAG
responsive design|hard_skill|
UI/UX|hard_skill|UX;UI;user experience;user interface
product management|hard_skill|
product roadmap|hard_skill|roadmap;roadmaps;roadmapping
PRD|hard_skill|PRDs;product requirements
OKR|hard_skill|OKRs
NPS|hard_skill|Net Promoter Score
SaaS|hard_skill|software as a service
B2B|hard_skill|
Agile|hard_skill|Scrum;Kanban
project management|hard_skill|
stakeholder management|soft_skill|stakeholders
budgeting|hard_skill|budget;budgets
forecasting|hard_skill|forecasts
inventory management|hard_skill|inventory
content marketing|hard_skill|content strategy
copywriting|hard_skill|copy writing
email marketing|hard_skill|
social media|hard_skill|social media marketing
digital marketing|hard_skill|
performance marketing|hard_skill|paid media;paid advertising
branding|hard_skill|brand identity;brand
typography|hard_skill|
print production|hard_skill|prepress
CMYK|hard_skill|
laboratory management|hard_skill|lab management
GLP|hard_skill|good laboratory practice
PCR|hard_skill|
compliance|hard_skill|regulatory compliance
leadership|soft_skill|led;lead;leading;mentored;mentoring;mentor
communication|soft_skill|communications;written communication;verbal communication
collaboration|soft_skill|collaborated;cross-functional;teamwork
problem solving|soft_skill|problem-solving
time management|soft_skill|
attention to detail|soft_skill|detail-oriented
customer service|soft_skill|customer experience;guest experience
ownership|soft_skill|
AWS Certified|certification|AWS Certified Solutions Architect;AWS Solutions Architect
PMP|certification|Project Management Professional
CSM|certification|Certified ScrumMaster;Certified Scrum Master
CKA|certification|Certified Kubernetes Administrator
CPA|certification|
Google Data Analytics Certificate|certification|Google Data Analytics
"""

# Short all-caps forms that are also common English words or letters: matched case-sensitively only.
_CASE_SENSITIVE_MAX = 4


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    out: list[Term] = []
    for line in _TABLE.strip().splitlines():
        canonical, category, variants = line.split("|")
        forms = (canonical, *(v.strip() for v in variants.split(";") if v.strip()))
        out.append(Term(canonical, category, forms))
    return tuple(out)


def _form_pattern(form: str) -> str:
    # Whole word: no letter/digit (or . + # that continue a token like "Node.js") on either side.
    body = re.escape(form).replace(r"\ ", r"[\s-]+")
    return rf"(?<![\w.+#/-]){body}(?![\w+#/]|\.\w)"


def case_sensitive(form: str) -> bool:
    return (form.isupper() and len(form) <= _CASE_SENSITIVE_MAX) or form in _PROPER_ONLY


# Names that are also plain English words: only their capitalised form is the product.
_PROPER_ONLY = frozenset(
    {
        "Go",
        "R",
        "Ray",
        "Spring",
        "Lambda",
        "Rust",
        "Swift",
        "Express",
        "Feast",
        "Evidently",
        "Sketch",
        "Triton",
        "Looker",
        "Helm",
        "Jest",
    }
)


@lru_cache(maxsize=4096)
def form_regex(form: str) -> re.Pattern[str]:
    return re.compile(_form_pattern(form), 0 if case_sensitive(form) else re.IGNORECASE)


# Characters outside ASCII that re.IGNORECASE matches to an ASCII letter (found by trying every code point).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` lower-cased so that a case-insensitive form found by :func:`form_regex` is a substring of it."""
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=4096)
def _pieces(form: str) -> tuple[bool, tuple[str, ...]]:
    sensitive = case_sensitive(form)
    return sensitive, tuple((form if sensitive else form.lower()).split(" "))


def may_contain(text: str, folded: str, form: str) -> bool:
    """A cheap necessary condition for ``form_regex(form).search(text)``: every word of the form is in the text.

    ``folded`` is ``fold(text)``. Most forms are absent from most texts, so this skips most regex searches.
    """
    sensitive, pieces = _pieces(form)
    hay = text if sensitive else folded
    return all(piece in hay for piece in pieces)


def search_form(text: str, form: str, folded: str | None = None) -> re.Match[str] | None:
    """``form_regex(form).search(text)``, skipped when the form's words are not in the text at all."""
    if not may_contain(text, fold(text) if folded is None else folded, form):
        return None
    return form_regex(form).search(text)


@lru_cache(maxsize=1)
def by_form() -> dict[str, Term]:
    """Every form, lower-cased, → its term (first table entry wins)."""
    index: dict[str, Term] = {}
    for term in terms():
        for form in term.forms:
            index.setdefault(form.lower(), term)
    return index


def lookup(name: str) -> Term | None:
    return by_form().get(name.strip().lower())


@lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """Every single word used by a form, lower-cased: the spelling check's technical vocabulary."""
    words: set[str] = set()
    for term in terms():
        for form in term.forms:
            words.update(w.lower() for w in re.findall(r"[A-Za-z][\w.+#-]*", form))
    return frozenset(words | _EXTRA_WORDS)


# Technical words that are not skills to match but must never be "corrected".
_EXTRA_WORDS = frozenset(
    [
        "api",
        "apis",
        "backend",
        "frontend",
        "fullstack",
        "devops",
        "sre",
        "saas",
        "paas",
        "iaas",
        "url",
        "urls",
        "http",
        "https",
        "json",
        "yaml",
        "xml",
        "csv",
        "sdk",
        "cli",
        "gui",
        "ios",
        "android",
        "macos",
        "os",
        "npm",
        "pip",
        "webpack",
        "vite",
        "babel",
        "eslint",
        "oauth",
        "jwt",
        "sso",
        "ldap",
        "tcp",
        "udp",
        "ip",
        "dns",
        "cdn",
        "vpc",
        "iam",
        "cto",
        "ceo",
        "cfo",
        "coo",
        "vp",
        "svp",
        "evp",
        "hr",
        "qa",
        "ux",
        "ui",
        "kpi",
        "kpis",
        "roi",
        "ppc",
        "cpc",
        "ctr",
        "seo",
        "sem",
        "smb",
        "etl",
        "olap",
        "oltp",
        "repo",
        "repos",
        "config",
        "configs",
        "async",
        "sync",
        "middleware",
        "runtime",
        "runtimes",
        "toolchain",
        "codebase",
        "codebases",
        "dataset",
        "datasets",
        "onboarding",
        "offboarding",
        "upskilling",
        "stakeholder",
        "stakeholders",
        "workflow",
        "workflows",
        "roadmap",
        "roadmaps",
        "microservice",
        "microservices",
        "serverless",
        "containerized",
        "orchestration",
        "kubernetes",
        "postgres",
        "postgresql",
        "mongodb",
        "mysql",
        "sqlite",
        "redis",
        "kafka",
        "grafana",
        "datadog",
        "terraform",
        "ansible",
        "jenkins",
        "github",
        "gitlab",
        "bitbucket",
        "inc",
        "llc",
        "ltd",
        "gmbh",
        "corp",
        "co",
    ]
)
