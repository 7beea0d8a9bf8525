"""Two hot spots in Rasa 3.6's server, measured with `bench/load.py --profile`
and fixed without changing behaviour.

1. Every custom action's response is checked with `jsonschema.validate()`,
   which first re-validates Rasa's own schema against the draft 2020-12
   meta-schema. That took well over half of the Rasa server's CPU in a form
   conversation. Here the schema is checked once and the validator reused; the
   response itself is still validated, with the same error message.
2. `Event.resolve_by_type` walks every Event subclass for every stored event it
   reads back; the type name to class map is built once instead.
3. Every call to the action server opened a new HTTP session and connection
   and encoded the whole tracker with the standard json module. The sessions
   now share one keep-alive connection pool per event loop and encode with
   ujson (already installed with Rasa).

Installed when Rasa loads Medvind's model (`bot.nlu` is imported for the custom
components), so `rasa run`, `rasa shell` and `rasa test` all get it. Only for
the Rasa version these were measured on: on another, nothing is patched.
"""
import asyncio
import functools
import logging
import weakref

import aiohttp
import rasa
import ujson
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.utils.endpoints import EndpointConfig

logger = logging.getLogger(__name__)

MEASURED_ON = "3.6."
_installed = False


@functools.lru_cache(maxsize=1)
def _action_response_validator():
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self, result) -> bool:
    error = best_match(_action_response_validator().iter_errors(result))
    if error is None:
        return True
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit {DOCS_BASE_URL}/custom-actions"
    )
    raise error


_original_resolve_by_type = Event.resolve_by_type
_event_classes: dict = {}  # only hits are kept: a subclass may be imported later


def _resolve_by_type(type_name, default=None):
    cls = _event_classes.get(type_name)
    if cls is None:
        cls = _original_resolve_by_type(type_name, default)
        if cls is not None and cls is not default:
            _event_classes[type_name] = cls
    return cls


_original_session = EndpointConfig.session
# One pool per event loop, forgotten with its loop (tests run many loops).
_connectors: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, aiohttp.TCPConnector]" = \
    weakref.WeakKeyDictionary()
# Idle connections are dropped well before Sanic's 5 s keep-alive timeout on the
# action server, so a request never goes out on a connection being closed.
KEEPALIVE_SECONDS = 2


def _json_dumps(data) -> str:
    return ujson.dumps(data, ensure_ascii=False, escape_forward_slashes=False)


def _session(self) -> aiohttp.ClientSession:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return _original_session(self)
    connector = _connectors.get(loop)
    if connector is None or connector.closed:
        # limit=0: no cap on parallel calls, as when every call had its own session.
        connector = _connectors[loop] = aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE_SECONDS)
    auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) \
        if self.basic_auth else None
    return aiohttp.ClientSession(
        headers=self.headers, auth=auth, connector=connector, connector_owner=False,
        json_serialize=_json_dumps, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
    )


def install() -> bool:
    global _installed
    if _installed:
        return True
    if not rasa.__version__.startswith(MEASURED_ON):
        logger.warning("Rasa %s: Medvind's speed-ups are for %sx and are not installed.",
                       rasa.__version__, MEASURED_ON)
        return False
    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
    EndpointConfig.session = _session
    _installed = True
    return True

