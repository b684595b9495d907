"""The HTTP routes of ``template.yaml``: which function's ``lambda_handler`` serves each method and path.

Reading the routes from the template (rather than listing them again) keeps the local API exactly what
API Gateway will route in AWS.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .exceptions import LocalApiError


class _CfnLoader(yaml.SafeLoader):
    """A YAML loader that reads CloudFormation short tags (``!Ref``, ``!Sub``, ...) as plain values."""


def _tag(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True)


_CfnLoader.add_multi_constructor("!", _tag)


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    function: str
    code_uri: str
    handler: str
    iam_only: bool

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"


def load_routes(template: Path) -> list[Route]:
    """Every HttpApi event of every ``AWS::Serverless::Function`` in ``template``."""
    if not template.exists():
        raise LocalApiError(f"{template} not found: run from the repository root or pass --root")
    doc = yaml.load(template.read_text(encoding="utf-8"), Loader=_CfnLoader)  # noqa: S506 (SafeLoader subclass)
    default_handler = (((doc.get("Globals") or {}).get("Function")) or {}).get("Handler", "app.lambda_handler")
    routes = []
    for name, resource in (doc.get("Resources") or {}).items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        props = resource.get("Properties") or {}
        for event in (props.get("Events") or {}).values():
            if event.get("Type") != "HttpApi":
                continue
            ev = event.get("Properties") or {}
            routes.append(
                Route(
                    method=str(ev["Method"]).upper(),
                    path=str(ev["Path"]),
                    function=name,
                    code_uri=str(props["CodeUri"]).rstrip("/"),
                    handler=str(props.get("Handler", default_handler)),
                    iam_only=((ev.get("Auth") or {}).get("Authorizer")) == "AWS_IAM",
                )
            )
    return routes


def load_handler(root: Path, route: Route) -> Callable[[dict[str, Any], Any], dict[str, Any]]:
    """Import the function's module the way Lambda would (``functions/fix/app.py`` → ``functions.fix.app``)."""
    module_file, _, attr = route.handler.rpartition(".")
    dotted = ".".join([*Path(route.code_uri).parts, module_file])
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    try:
        module = importlib.import_module(dotted)
    except ImportError as exc:
        raise LocalApiError(f"cannot import {dotted} for {route.key}: {exc}") from exc
    handler = getattr(module, attr, None)
    if not callable(handler):
        raise LocalApiError(f"{dotted}.{attr} is not a function")
    return handler
