"""Which URLs may be fetched: URLs in feeds are written by strangers, so each is checked before a connection.

Only http and https; no credentials; the host name is resolved once and refused when any of its addresses is not a
global one (loopback, private, link-local, the cloud metadata address, shared, reserved or multicast), so a feed
cannot make the watcher read the newsroom's intranet or its cloud credentials. The connection then goes to the
address that was checked, never to a second resolution of the name (which could answer otherwise). A host the
sources file allows by name is exempt: that is how a newsroom follows its own internal server, and how the tests
reach their loopback server.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit


class Refused(Exception):
    """A URL the watcher will not fetch; the message says why, in a few words."""


@dataclass(frozen=True, slots=True)
class Target:
    """A URL cleared for fetching, with the address to connect to."""

    url: str
    scheme: str
    host: str
    port: int
    address: str
    request: str  # path and query, as sent

    @property
    def host_header(self) -> str:
        default = 443 if self.scheme == "https" else 80
        name = f"[{self.host}]" if ":" in self.host else self.host
        return name if self.port == default else f"{name}:{self.port}"


def check(url: str, allow_hosts: frozenset[str]) -> Target:
    """The URL as a target to connect to, or Refused."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise Refused(f"not a URL ({error})") from error
    if parts.scheme not in ("http", "https"):
        raise Refused(f"scheme {parts.scheme or 'none'!r} (only http and https are fetched)")
    if parts.username is not None or parts.password is not None:
        raise Refused("carries credentials")
    host = (parts.hostname or "").lower()
    if not host:
        raise Refused("no host")
    port = port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise Refused(f"host {host} does not resolve") from error
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise Refused(f"host {host} does not resolve")
    if host not in allow_hosts:
        for address in addresses:
            why = not_global(address)
            if why:
                raise Refused(f"host {host} is at a {why} address ({address})")
    request = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(url, parts.scheme, host, port, addresses[0], request)


def not_global(address: str) -> str:
    """What kind of address this is when it is not one on the public internet; "" when it is."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local (or metadata)"
    if ip.is_private:
        return "private"
    if ip.is_multicast:
        return "multicast"
    if ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "reserved"
    return ""
