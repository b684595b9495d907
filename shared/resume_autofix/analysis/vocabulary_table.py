"""The skills taxonomy's data, one term a line: kept apart from the code that reads it (``vocabulary.py``) so
each stays a size a reader can hold."""

from __future__ import annotations

# canonical | category | variants (";"-separated). Variants are matched case-insensitively unless they are
# short all-caps abbreviations (matched case-sensitively, so "AI"/"ML"/"TS" are not found inside prose words).
# A variant written "~word" is weak: a generic word that counts in a resume but names no requirement on its own.
TABLE = """
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
