"""The local API: ``template.yaml``'s routes on loopback, served by the real Lambda handlers."""

from __future__ import annotations

from .events import LocalContext, build_event, decode_response
from .exceptions import LocalApiError
from .routes import Route, load_handler, load_routes
from .server import LOCAL_ENV_DEFAULTS, LocalApi, make_server

__all__ = [
    "LOCAL_ENV_DEFAULTS",
    "LocalApi",
    "LocalApiError",
    "LocalContext",
    "Route",
    "build_event",
    "decode_response",
    "load_handler",
    "load_routes",
    "make_server",
]
