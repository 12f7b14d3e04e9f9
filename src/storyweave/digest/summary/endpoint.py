"""The HTTP exchange with an OpenAI-compatible chat endpoint: standard library only, bounded, every failure named.

The default path never imports a client: this runs only when the user gives `--llm-url`. A reply is read at most
`MAX_REPLY_BYTES` far, a server on this machine is reached without the environment's proxy, and anything short of a
usable message raises `AbstractiveError` with the address and the reason.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

MAX_REPLY_BYTES = 2_000_000
# Reasoning models wrap their thinking in <think>…</think>; it is never part of the answer.
THINK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)


class AbstractiveError(RuntimeError):
    """The endpoint gave no usable reply; the message names the address and why."""


def post(address: str, body: Mapping[str, Any], timeout: float) -> Any:
    request = urllib.request.Request(
        address,
        data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept": "application/json"},
        method="POST",
    )
    try:
        with opener(address).open(request, timeout=timeout) as response:
            raw = response.read(MAX_REPLY_BYTES + 1)
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", "replace").split())
        raise AbstractiveError(f"{address}: the server answered HTTP {error.code} {error.reason}: {detail}") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise AbstractiveError(f"{address}: no answer within {timeout:g} s") from error
        raise AbstractiveError(f"{address}: cannot connect ({error.reason})") from error
    except TimeoutError as error:
        raise AbstractiveError(f"{address}: no answer within {timeout:g} s") from error
    except (OSError, http.client.HTTPException) as error:
        raise AbstractiveError(f"{address}: the connection failed ({error!r})") from error
    if len(raw) > MAX_REPLY_BYTES:
        raise AbstractiveError(f"{address}: the reply is larger than {MAX_REPLY_BYTES} bytes")
    try:
        return json.loads(raw)
    except ValueError as error:
        raise AbstractiveError(f"{address}: the reply is not JSON ({raw[:80]!r})") from error


def opener(address: str) -> urllib.request.OpenerDirector:
    """A server on this machine is reached directly, whatever proxy the environment names for the rest."""
    host = urllib.parse.urlsplit(address).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return urllib.request.build_opener(urllib.request.ProxyHandler({})) if loopback else urllib.request.build_opener()


def reply_content(reply: Any, address: str) -> str:
    try:
        content = reply["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as error:
        problem = reply.get("error") if isinstance(reply, dict) else None
        why = f"an error: {problem}" if problem else "no choices[0].message.content"
        raise AbstractiveError(f"{address}: the reply has {why}") from error
    if not isinstance(content, str) or not THINK.sub("", content).strip():
        raise AbstractiveError(f"{address}: the reply's message is empty")
    return content
