"""The skills taxonomy: canonical names, their category, and the variants/abbreviations/synonyms that count.

A keyword matches a resume when any of its forms appears as a whole word. The same table is the evidence the
keyword fix and the merge guards rely on: a form present in the resume is evidence for the canonical name.
The spelling check treats every form as a known word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

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
    weak: frozenset[str] = frozenset()  # generic words among the forms ("budget", "lead", "APIs")

    @cached_property
    def strong_forms(self) -> tuple[str, ...]:
        """The forms specific enough to name the skill: they extract it from a job and are evidence for it.

        A weak form ("budget" for budgeting, "lead" for leadership) still earns credit in a resume, but a job's
        "performance budgets" is not a budgeting requirement, and a resume's "REST APIs" is no evidence of
        "API design".
        """
        return tuple(f for f in self.forms if f not in self.weak)


# canonical | category | variants (";"-separated). Variants are matched case-insensitively unless they are
# short all-caps abbreviations (matched case-sensitively, so "AI"/"ML"/"TS" are not found inside prose words).
# A variant written "~word" is weak: a generic word that counts in a resume but names no requirement on its own.
_TABLE = """
JavaScript|hard_skill|JS;ECMAScript;ES6;ES2015
TypeScript|hard_skill|TS
Python|hard_skill|Python3;Python 3
Java|hard_skill|
Go|hard_skill|Golang
Rust|hard_skill|
C++|hard_skill|CPP
C#|hard_skill|CSharp;C Sharp
C|hard_skill|
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
object-oriented programming|hard_skill|OOP;object-oriented design;object oriented programming;object oriented design
REST|hard_skill|RESTful;REST API;REST APIs
Node.js|tool|Node;NodeJS;Node JS
React|tool|React.js;ReactJS
Next.js|tool|NextJS
Vue.js|tool|Vue;VueJS
Angular|tool|AngularJS
Svelte|tool|
Tailwind CSS|tool|Tailwind;TailwindCSS
CSS-in-JS|tool|
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
SQL Server|tool|Microsoft SQL Server;MSSQL;MS SQL
Oracle|tool|Oracle Database;Oracle DB
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
Premiere Pro|tool|Adobe Premiere;Adobe Premiere Pro;Premiere
Procreate|tool|
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
Hugging Face|tool|HuggingFace;Hugging Face Transformers;~Transformers
MLflow|tool|
Triton|tool|Triton Inference Server
Feast|tool|
Tecton|tool|
Evidently|tool|
WhyLogs|tool|
Salesforce|tool|
HubSpot|tool|
Google Ads|tool|AdWords;Google AdWords
Facebook Ads|tool|Meta Ads;Facebook Blueprint
LinkedIn Ads|tool|
Google Tag Manager|tool|
Marketo|tool|
Pardot|tool|
Mailchimp|tool|
Klaviyo|tool|
Hotjar|tool|
Optimizely|tool|
SEMrush|tool|
Ahrefs|tool|
WordPress|tool|
Canva|tool|
Asana|tool|
Trello|tool|
Microsoft Office|tool|MS Office;Microsoft Office Suite;Office 365;Microsoft 365
PowerPoint|tool|Microsoft PowerPoint;MS PowerPoint
SEO|hard_skill|search engine optimization;search engine optimisation
SEM|hard_skill|search engine marketing
CRM|hard_skill|
A/B testing|hard_skill|A/B tests;A/B test;AB testing;split testing;~experimentation
machine learning|hard_skill|ML
artificial intelligence|hard_skill|AI
deep learning|hard_skill|DL
natural language processing|hard_skill|NLP
computer vision|hard_skill|
data analysis|hard_skill|data analytics;~analytics
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
API design|hard_skill|~APIs;~API
caching|hard_skill|~cache
observability|hard_skill|~monitoring
SSR|hard_skill|server-side rendering
Core Web Vitals|hard_skill|Web Vitals;LCP;CLS;INP
design systems|hard_skill|design system;design-system
unit testing|hard_skill|unit tests;unit test
end-to-end testing|hard_skill|E2E testing;E2E tests;end-to-end tests
accessibility|hard_skill|a11y;WCAG
responsive design|hard_skill|
UI/UX|hard_skill|UX;UI;user experience;user interface
product management|hard_skill|
product roadmap|hard_skill|~roadmap;~roadmaps;~roadmapping
PRD|hard_skill|PRDs;product requirements
OKR|hard_skill|OKRs
NPS|hard_skill|Net Promoter Score
SaaS|hard_skill|software as a service
competitive analysis|hard_skill|competitor analysis
go-to-market|hard_skill|go to market;GTM
customer discovery|hard_skill|
B2B|hard_skill|
Agile|hard_skill|Scrum;Kanban
project management|hard_skill|
stakeholder management|soft_skill|~stakeholders
budgeting|hard_skill|budget management;budget planning;~budget;~budgets
forecasting|hard_skill|forecasts
inventory management|hard_skill|inventory
content marketing|hard_skill|content strategy
thought leadership|hard_skill|
copywriting|hard_skill|copy writing
email marketing|hard_skill|
social media|hard_skill|social media marketing
digital marketing|hard_skill|
performance marketing|hard_skill|paid media;paid advertising
branding|hard_skill|brand identity;~brand
typography|hard_skill|
color theory|hard_skill|colour theory
logo design|hard_skill|
packaging design|hard_skill|
motion graphics|hard_skill|
video editing|hard_skill|
photo editing|hard_skill|photo retouching;retouching
web design|hard_skill|
print production|hard_skill|prepress
CMYK|hard_skill|
laboratory management|hard_skill|lab management
GLP|hard_skill|good laboratory practice
PCR|hard_skill|
cell culture|hard_skill|
molecular biology|hard_skill|
tissue engineering|hard_skill|
grant writing|hard_skill|grant applications;grant proposals;grant administration
regulatory compliance|hard_skill|~compliance
leadership|soft_skill|~led;~lead;~leading;~mentored;~mentoring;~mentor
communication|soft_skill|communications;written communication;verbal communication
collaboration|soft_skill|collaborated;cross-functional;teamwork
problem solving|soft_skill|problem-solving
time management|soft_skill|
attention to detail|soft_skill|detail-oriented
customer service|soft_skill|customer experience;guest experience
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
        raw = [v.strip() for v in variants.split(";") if v.strip()]
        forms = (canonical, *(v.removeprefix("~") for v in raw))
        out.append(Term(canonical, category, forms, frozenset(v[1:] for v in raw if v.startswith("~"))))
    return tuple(out)


def _form_pattern(form: str) -> str:
    # Whole word: no letter/digit (or . + # that continue a token like "Node.js") on either side. A slash
    # inside a form ("CI/CD") also matches the space that for_matching() puts between "HTML/CSS".
    body = re.escape(form).replace(r"\ ", r"[\s-]+").replace("/", "[/ ]")
    if len(form) <= 2 and form.isalpha():
        # "R", "Go", "C": not "R&D", "C-suite", "Go-to-market", "Series C", nor the initial in "Dr. R. Lee".
        return rf"(?<![\w.+#&/-])(?<!Series )(?<!Vitamin )(?<!Type ){body}(?![\w+#&/-]|\.\w|\.\s*[A-Z])"
    return rf"(?<![\w.+#/-]){body}(?![\w+#/]|\.\w)"


_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net|io|dev|app|co)/\S*", re.IGNORECASE)
_SLASH = re.compile(r"(?<=[\w+#])/(?=\w)")


def for_matching(text: str) -> str:
    """``text`` as forms are matched in it (same length): URLs blanked ("github.com/acme/react-app" names no
    skill) and a slash between words made a space, so "HTML/CSS" and "C/C++" name both."""
    if "/" not in text and "www." not in text:
        return text
    return _SLASH.sub(" ", _URL.sub(lambda m: " " * len(m.group(0)), text))


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
        "Node",
        "Rails",
        "Excel",
        "Amplitude",
        "Airflow",
        "Premiere",
        "Oracle",
        "Canva",
        "Asana",
        "C",
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
    return sensitive, tuple(re.split(r"[ /]", form if sensitive else form.lower()))


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


_WORD_RUN = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _strong_index() -> tuple[dict[str, tuple[tuple[int, str, frozenset[str]], ...]], tuple[tuple[int, str], ...]]:
    """Strong forms by their first word (lower-cased) → (term's place in :func:`terms`, form, all its words);
    and the forms that do not start with a word character (none today), which are always searched in full."""
    index: dict[str, list[tuple[int, str, frozenset[str]]]] = {}
    other: list[tuple[int, str]] = []
    for i, term in enumerate(terms()):
        for form in term.strong_forms:
            runs = [r.lower() for r in _WORD_RUN.findall(form)]
            if runs and re.match(r"\w", form) and form.isascii():
                index.setdefault(runs[0], []).append((i, form, frozenset(runs)))
            else:
                other.append((i, form))
    return {first: tuple(entries) for first, entries in index.items()}, tuple(other)


def terms_in(text: str) -> list[Term]:
    """The terms one of whose strong forms :func:`form_regex` finds in ``text``, in table order.

    The same answer as ``[t for t in terms() if any(search_form(text, f) for f in t.strong_forms)]`` from one
    pass over the text's words instead of a search per form. A form's pattern allows no word character just
    outside it and only non-word characters (space, ``-``, ``.``, ``+``, ``#``, ``/``) between its words, so a
    match starts where a whole word run of ``text`` starts, and every word of the form is a whole word run of
    ``text``, equal to it once folded (forms are ASCII; :func:`fold` maps the non-ASCII characters that match ASCII
    letters). So a form with a word missing is absent, and the others are tried (anchored, lookbehinds seeing the
    text before) only where their first word starts.
    """
    starts: dict[str, list[int]] = {}
    folded = fold(text)
    # Lower-casing never shortens a character, so equal lengths mean character-for-character (the usual case).
    aligned = len(folded) == len(text)
    for m in _WORD_RUN.finditer(text):
        start, end = m.span()
        starts.setdefault(folded[start:end] if aligned else fold(m.group()), []).append(start)
    index, other = _strong_index()
    found: set[int] = set()
    for word, places in starts.items():
        for i, form, runs in index.get(word, ()):
            if i in found or not runs <= starts.keys():
                continue
            pattern = form_regex(form)
            if any(pattern.match(text, p) for p in places):
                found.add(i)
    found.update(i for i, form in other if i not in found and search_form(text, form))
    table = terms()
    return [table[i] for i in sorted(found)]


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
