"""template.yaml: cfn-lint, `sam validate --lint`, and the security rules we hold ourselves to."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from cfnlint.decode import decode
from statelint.linter import Linter

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "template.yaml"


def _template() -> dict[str, Any]:
    template, matches = decode(str(TEMPLATE))
    assert not matches, matches
    return template


def _sam() -> str | None:
    for candidate in (ROOT / ".venv-sam" / "bin" / "sam", shutil.which("sam")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def test_cfn_lint_passes() -> None:
    cfn_lint = Path(sys.executable).with_name("cfn-lint")
    result = subprocess.run([str(cfn_lint), str(TEMPLATE)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_sam_validate_lint_passes() -> None:
    sam = _sam()
    if sam is None:
        pytest.fail("sam CLI not found: `make dev` installs it into .venv-sam")
    env = os.environ | {
        "SAM_CLI_TELEMETRY": "0",
        "AWS_DEFAULT_REGION": os.environ.get("AWS_DEFAULT_REGION", "eu-west-1"),
    }
    result = subprocess.run(
        [sam, "validate", "--lint", "--template-file", str(TEMPLATE)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "is a valid SAM Template" in result.stdout + result.stderr


def _http_events(template: dict[str, Any]) -> dict[str, dict[str, Any]]:
    routes = {}
    for name, res in template["Resources"].items():
        if res["Type"] != "AWS::Serverless::Function":
            continue
        for event in (res["Properties"].get("Events") or {}).values():
            if event["Type"] == "HttpApi":
                props = event["Properties"]
                routes[f"{props['Method']} {props['Path']}"] = {"function": name, **props}
    return routes


def test_every_contract_route_is_in_the_template() -> None:
    routes = _http_events(_template())
    assert set(routes) >= {
        "POST /api/analyze",
        "POST /api/autofix",
        "POST /api/render",
        "GET /api/templates",
        "POST /api/pdf",
        "GET /api/cache/stats",
        "POST /api/cache/clear",
        "POST /api/batch",
        "GET /api/batch/{id}",
    }


IAM_ONLY = re.compile(r"^\w+ /api/(cache/|batch(/|$))")  # cache admin; bulk runs (they spend the account's money)


def test_admin_routes_are_iam_only_and_others_are_not() -> None:
    for route, props in _http_events(_template()).items():
        authorizer = (props.get("Auth") or {}).get("Authorizer")
        if IAM_ONLY.match(route):
            assert authorizer == "AWS_IAM", route
        else:
            assert authorizer is None, route


def test_each_function_has_its_own_code_and_no_admin_policy() -> None:
    template = _template()
    for name, res in template["Resources"].items():
        if res["Type"] != "AWS::Serverless::Function":
            continue
        props = res["Properties"]
        assert (ROOT / props["CodeUri"] / "app.py").exists(), name
        text = json.dumps(props.get("Policies", []))
        assert "FullAccess" not in text, name
        for policy in props.get("Policies", []):
            for statement in policy.get("Statement", []) if isinstance(policy, dict) else []:
                assert statement.get("Resource") != "*", (name, statement)


@pytest.mark.parametrize("machine_name", ["AutoFixStateMachine", "BulkStateMachine"])
def test_state_machine_arns_are_substitutions(machine_name: str) -> None:
    template = _template()
    machine = template["Resources"][machine_name]["Properties"]
    definition = (ROOT / machine["DefinitionUri"]).read_text()
    # service integrations ("arn:aws:states:::lambda:invoke") name an API, not a resource; no resource ARN inline
    assert "arn:" not in definition.replace("arn:aws:states:::", "")
    for name in machine["DefinitionSubstitutions"]:
        assert "${" + name + "}" in definition
    assert set(re.findall(r"\$\{(\w+)\}", definition)) == set(machine["DefinitionSubstitutions"])


def test_layer_is_the_one_package() -> None:
    layer = _template()["Resources"]["SharedLayer"]
    assert layer["Properties"]["ContentUri"] == "shared/"
    top_level = {
        p.name
        for p in (ROOT / "shared").iterdir()
        if p.is_dir() and not p.name.startswith((".", "_")) and not p.name.endswith(".egg-info")
    }
    assert top_level == {"resume_autofix"}
    assert (ROOT / "shared" / "requirements.txt").exists()


def test_requirements_are_pinned() -> None:
    for path in (ROOT / "shared" / "requirements.txt", ROOT / "requirements-dev.txt"):
        for raw in path.read_text().splitlines():
            line = raw.split("#")[0].strip()
            if line and not line.startswith("-r"):
                assert "==" in line, f"{path.name}: {line} is not pinned"


def test_event_files_are_valid_v2_events_for_template_routes() -> None:
    routes = _http_events(_template())
    for path in sorted((ROOT / "events").glob("*.json")):
        event = json.loads(path.read_text())
        if event.get("version") != "2.0":
            continue  # Step Functions task payloads
        http = event["requestContext"]["http"]
        patterns = [re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(route)) for route in routes]  # /api/batch/{id}
        assert any(re.fullmatch(p, f"{http['method']} {http['path']}") for p in patterns), path.name
        assert event["rawPath"] == http["path"], path.name


def test_yaml_is_plain() -> None:
    # the template must stay readable by tools without CloudFormation tag support (e.g. the local API)
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    assert yaml.load(TEMPLATE.read_text(), Loader=Loader)["Transform"] == "AWS::Serverless-2016-10-31"


def _statements(policies: list[Any]) -> list[tuple[dict[str, Any], str | None]]:
    """Every inline statement of a Policies list, with the condition it is under (``Fn::If``), if any."""
    found: list[tuple[dict[str, Any], str | None]] = []

    def walk(node: Any, condition: str | None) -> None:
        if isinstance(node, dict) and "Fn::If" in node:
            cond, when_true, when_false = node["Fn::If"]
            walk(when_true, cond)
            walk(when_false, cond)
        elif isinstance(node, dict) and "Statement" in node:
            walk(node["Statement"], condition)
        elif isinstance(node, list):
            for item in node:
                walk(item, condition)
        elif isinstance(node, dict) and "Effect" in node:
            found.append((node, condition))

    walk(policies, None)
    return found


def test_bedrock_is_granted_to_the_model_callers_only_and_only_with_the_bedrock_provider() -> None:
    template = _template()
    granted = []
    for name, res in template["Resources"].items():
        for statement, condition in _statements(res.get("Properties", {}).get("Policies", [])):
            if "bedrock" in json.dumps(statement.get("Action")):
                granted.append((name, statement, condition))
    # the fix Lambda runs the "apply" action, the only code that calls the model; the bulk Lambda runs it with --fix;
    # the import Lambda makes the optional AI structuring call (issue 18)
    assert granted
    assert {name for name, _, _ in granted} == {"FixFunction", "BulkFunction", "ImportFunction"}
    for _, statement, condition in granted:
        assert statement["Action"] == ["bedrock:InvokeModel"]
        # with AiProvider=local (the default) no function may call Bedrock at all
        assert condition is not None
        assert template["Conditions"][condition] == {"Fn::Equals": [{"Ref": "AiProvider"}, "bedrock"]}
        # any wildcard over models is reachable only through the configured inference profile
        if "*" in json.dumps(statement["Resource"]):
            assert "bedrock:InferenceProfileArn" in json.dumps(statement.get("Condition"))


def test_no_policy_restates_what_sam_adds_itself() -> None:
    # Tracing: Active adds AWSXrayWriteOnlyAccess, VpcConfig adds AWSLambdaVPCAccessExecutionRole
    for name, res in _template()["Resources"].items():
        if res["Type"] != "AWS::Serverless::Function":
            continue
        text = json.dumps(res["Properties"].get("Policies", []))
        for restated in ("xray:", "AWSXray", "ec2:CreateNetworkInterface", "AWSLambdaVPCAccessExecutionRole"):
            assert restated not in text, (name, restated)


def test_web_bucket_is_private_behind_cloudfront_oac_and_cors_allows_only_that_origin() -> None:
    resources = _template()["Resources"]
    bucket = resources["WebBucket"]["Properties"]
    assert bucket["PublicAccessBlockConfiguration"] == dict.fromkeys(
        ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"), True
    )
    assert "WebsiteConfiguration" not in bucket
    statements = resources["WebBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    allows = [s for s in statements if s["Effect"] == "Allow"]
    assert [s["Principal"] for s in allows] == [{"Service": "cloudfront.amazonaws.com"}]
    assert "AWS:SourceArn" in allows[0]["Condition"]["StringEquals"]
    origin = resources["WebDistribution"]["Properties"]["DistributionConfig"]["Origins"][0]
    assert origin["OriginAccessControlId"] == {"Fn::GetAtt": ["WebOriginAccessControl", "Id"]}
    assert origin["S3OriginConfig"]["OriginAccessIdentity"] == ""
    cors = resources["HttpApi"]["Properties"]["CorsConfiguration"]
    assert cors["AllowOrigins"] == [{"Fn::Sub": "https://${WebDistribution.DomainName}"}]
    assert "AllowCredentials" not in cors or cors["AllowCredentials"] is False


def test_python_functions_use_snapstart_through_a_published_alias_and_the_state_machine_calls_the_alias() -> None:
    template = _template()
    function_globals = template["Globals"]["Function"]
    assert function_globals["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    assert function_globals["AutoPublishAlias"]
    for res in template["Resources"].values():
        if res["Type"] == "AWS::Serverless::Function":
            assert res["Properties"].get("SnapStart", function_globals["SnapStart"]) == {"ApplyOn": "PublishedVersions"}
    substitutions = template["Resources"]["AutoFixStateMachine"]["Properties"]["DefinitionSubstitutions"]
    # the unqualified ARN would invoke $LATEST, which SnapStart does not apply to
    assert substitutions["FixFunctionArn"] == {"Ref": "FixFunction.Alias"}


def _dashboard_body(template: dict[str, Any]) -> dict[str, Any]:
    body = template["Resources"]["OperationsDashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]
    # ${...} substitutions filled with a number keep it valid JSON (a threshold is a number in the body)
    return json.loads(re.sub(r"\$\{[^}]+\}", "1", body))


def _emitted_metric_names() -> set[str]:
    """The EMF metric names the code writes (add_metric calls and the cache metrics built from the types)."""
    from resume_autofix.constants import CACHE_TYPES  # noqa: PLC0415

    names: set[str] = set()
    for path in [*(ROOT / "functions").glob("*/app.py"), *(ROOT / "shared" / "resume_autofix").rglob("*.py")]:
        names.update(re.findall(r'add_metric\(\s*name="(\w+)"', path.read_text()))
    for cache_type in CACHE_TYPES:
        stem = "".join(part.capitalize() for part in cache_type.split("_")) + "Cache"
        names.update({f"{stem}Hits", f"{stem}Misses"})
    return names


def test_the_dashboard_shows_what_the_issue_asks_from_metrics_that_are_written() -> None:
    template = _template()
    body = _dashboard_body(template)
    text = json.dumps(body)
    titles = " | ".join(w["properties"]["title"] for w in body["widgets"])
    for wanted in ("hit rate per type", "p50 / p99", "AI calls per auto-fix", "memcached errors", "Throttles"):
        assert wanted in titles
    # every ResumeAutofix metric the dashboard reads is one the code emits
    read = set(re.findall(r'MetricName=\\"(\w+)\\"', text)) | {
        row[1] for w in body["widgets"] for row in w["properties"]["metrics"] if row and row[0] == "ResumeAutofix"
    }
    assert read
    assert read <= _emitted_metric_names(), read - _emitted_metric_names()
    for name in ("FixFunction", "RenderFunction", "PdfFunction", "CacheAdminFunction"):
        assert f"${{{name}}}" in template["Resources"]["OperationsDashboard"]["Properties"]["DashboardBody"]["Fn::Sub"]


def test_alarms_hit_rate_under_50_percent_over_15_minutes_any_5xx_and_p99_over_the_parameter() -> None:
    resources = _template()["Resources"]
    hit = resources["CacheHitRateAlarm"]["Properties"]
    assert (hit["ComparisonOperator"], hit["Threshold"]) == ("LessThanThreshold", 50)
    stats = [m for m in hit["Metrics"] if "MetricStat" in m]
    assert all(m["MetricStat"]["Period"] * hit["EvaluationPeriods"] == 900 for m in stats)
    assert {m["MetricStat"]["Metric"]["MetricName"] for m in stats} <= _emitted_metric_names()
    assert len(hit["Metrics"]) <= 10  # CloudWatch's limit for an alarm's metric math
    five = resources["Api5xxAlarm"]["Properties"]
    assert (five["MetricName"], five["Threshold"], five["ComparisonOperator"]) == ("5xx", 0, "GreaterThanThreshold")
    p99 = resources["DurationP99Alarm"]["Properties"]
    assert p99["Threshold"] == {"Ref": "DurationP99AlarmMs"}
    assert {m["MetricStat"]["Stat"] for m in p99["Metrics"] if "MetricStat" in m} == {"p99"}
    for alarm in ("CacheHitRateAlarm", "Api5xxAlarm", "DurationP99Alarm"):
        assert resources[alarm]["Properties"]["AlarmActions"] == [{"Ref": "AlarmTopic"}]


def _checkov() -> str | None:
    for candidate in (ROOT / ".venv-checkov" / "bin" / "checkov", shutil.which("checkov")):
        if candidate and Path(candidate).exists():
            return str(candidate)
    return None


def _checkov_skips(template: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(resource, check id, reason) of every suppression written in the template's metadata."""
    return [
        (name, str(skip.get("id", "")), str(skip.get("comment", "")))
        for name, res in template["Resources"].items()
        for skip in ((res.get("Metadata") or {}).get("checkov") or {}).get("skip") or []
    ]


def test_checkov_finds_nothing_unexplained() -> None:
    # GIVEN checkov (its own venv: `make dev`) scanning the template offline
    checkov = _checkov()
    if checkov is None:
        pytest.fail("checkov not found: `make dev` installs it into .venv-checkov (requirements-checkov.txt)")
    result = subprocess.run(
        [checkov, "-f", str(TEMPLATE), "--framework", "cloudformation", "--output", "json", "--skip-download"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=600,
    )
    report = json.loads(result.stdout)
    results = report["results"]
    # THEN no check fails
    failed = [f"{c['check_id']} {c['resource']}: {c['check_name']}" for c in results["failed_checks"]]
    assert failed == [], "\n".join(failed)
    # AND every check it skipped is skipped in the template itself, with a reason a reader can weigh
    written = {(name, check) for name, check, _reason in _checkov_skips(_template())}
    for check in results["skipped_checks"]:
        resource = check["resource"].split(".")[-1]
        assert (resource, check["check_id"]) in written, check["resource"]
    for name, check, reason in _checkov_skips(_template()):
        assert check.startswith("CKV"), name
        assert len(reason) >= 60, f"{name} skips {check} without a reason"


def test_deployment_hardening_is_in_place() -> None:
    template = _template()
    function_globals = template["Globals"]["Function"]
    # a reserved (and capped) concurrency for every function, and one log group with a retention
    assert "ReservedConcurrentExecutions" in function_globals
    assert function_globals["LoggingConfig"]["LogGroup"] == {"Ref": "FunctionLogGroup"}
    for name, res in template["Resources"].items():
        if res["Type"] == "AWS::Logs::LogGroup":
            assert "RetentionInDays" in res["Properties"], name
    # memcached encrypted in transit, and every client told to use TLS
    cluster = template["Resources"]["MemcachedCluster"]["Properties"]
    assert cluster["TransitEncryptionEnabled"] is True
    assert function_globals["Environment"]["Variables"]["MEMCACHED_TLS"] == "true"
    # API access logs, and TLS 1.2 at least at CloudFront
    access = template["Resources"]["HttpApi"]["Properties"]["AccessLogSettings"]
    assert access["DestinationArn"] == {"Fn::GetAtt": ["ApiAccessLogGroup", "Arn"]}
    assert "$context.status" in access["Format"]
    viewer = template["Resources"]["WebDistribution"]["Properties"]["DistributionConfig"]["ViewerCertificate"]
    assert viewer["MinimumProtocolVersion"] == "TLSv1.2_2021"


# statelint 3.1.0 predates ReaderConfig.InputType, which AWS documents for an S3 JSON/CSV/JSONL item source (and
# moto needs to read a JSON manifest); that one field is the only problem it may report on the bulk machine.
STATELINT_GAPS = ('Field "InputType" not allowed in State Machine.States.ProcessInputs.ItemReader.ReaderConfig',)


def test_bulk_state_machine_passes_statelint_but_for_its_known_gap() -> None:
    definition = (ROOT / "statemachine" / "bulk.asl.json").read_text()
    assert [p for p in Linter.validate(definition) if p not in STATELINT_GAPS] == []


def test_bulk_machine_is_a_standard_distributed_map_with_its_limits_from_parameters() -> None:
    resources = _template()["Resources"]
    machine = resources["BulkStateMachine"]["Properties"]
    assert machine["Type"] == "STANDARD"
    state = json.loads((ROOT / machine["DefinitionUri"]).read_text())["States"]["ProcessInputs"]
    assert state["ItemProcessor"]["ProcessorConfig"] == {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}
    assert state["ItemReader"]["Resource"] == "arn:aws:states:::s3:getObject"
    assert {"ItemBatcher", "ResultWriter", "MaxConcurrencyPath", "ToleratedFailurePercentagePath"} <= set(state)
    # the limits the state machine reads from its input are set by POST /api/batch from the template's parameters
    env = resources["BulkApiFunction"]["Properties"]["Environment"]["Variables"]
    assert env["BULK_MAX_CONCURRENCY"] == {"Ref": "BulkMaxConcurrency"}
    assert env["BULK_ITEMS_PER_BATCH"] == {"Ref": "BulkItemsPerBatch"}
    assert env["BULK_TOLERATED_FAILURE_PERCENTAGE"] == {"Ref": "BulkToleratedFailurePercentage"}


@pytest.mark.parametrize("bucket", ["BulkInputBucket", "BulkResultsBucket"])
def test_bulk_buckets_are_private_encrypted_and_expire(bucket: str) -> None:
    resources = _template()["Resources"]
    props = resources[bucket]["Properties"]
    assert props["PublicAccessBlockConfiguration"] == dict.fromkeys(
        ("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"), True
    )
    assert props["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
    rules = props["LifecycleConfiguration"]["Rules"]
    assert rules
    assert all(r["Status"] == "Enabled" and "ExpirationInDays" in r for r in rules)
    policy = resources[f"{bucket}Policy"]["Properties"]["PolicyDocument"]["Statement"]
    assert [s["Sid"] for s in policy] == ["DenyInsecureTransport"]
