from __future__ import annotations

import pytest

from storyweave.live.safety import Refused, check, not_global

LOOPBACK = frozenset({"127.0.0.1"})


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://example.org/feed", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("http://user:secret@127.0.0.1/feed", "credentials"),
        ("http://127.0.0.1:8080/feed", "loopback"),
        ("http://localhost/feed", "loopback"),
        ("http://[::1]/feed", "loopback"),
        ("http://10.0.0.7/feed", "private"),
        ("http://192.168.1.1/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://[fd00:ec2::254]/latest/meta-data/", "private"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://100.64.0.1/", "reserved"),
        ("http://0.0.0.0/", "private"),
        ("http:///nohost", "no host"),
        ("http://example.org:99999/", "not a URL"),
    ],
)
def test_urls_that_lead_inside_or_carry_secrets_are_refused(url: str, why: str) -> None:
    with pytest.raises(Refused, match=why):
        check(url, frozenset())


def test_a_host_the_sources_file_allows_is_reached_at_the_address_checked() -> None:
    target = check("http://127.0.0.1:8080/feeds/a.xml?x=1", LOOPBACK)
    assert (target.address, target.port, target.request, target.host_header) == (
        "127.0.0.1",
        8080,
        "/feeds/a.xml?x=1",
        "127.0.0.1:8080",
    )
    with pytest.raises(Refused, match="credentials"):
        check("http://u:p@127.0.0.1/", LOOPBACK)  # allowed hosts are still never sent credentials


def test_public_addresses_pass() -> None:
    assert not_global("93.184.215.14") == "" and not_global("2606:4700:4700::1111") == ""
