from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.live.sources import SourcesError, import_opml, load_sources
from tests.conftest import run_cli

OPML = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><head><title>&secret;</title></head><body>
<outline text="News"><outline text="Wire" title="The Wire" type="rss" xmlUrl="https://wire.example/rss"/>
<outline text="Local" xmlUrl="http://local.example/feed.xml"/></outline>
<outline text="Bad" xmlUrl="javascript:alert(1)"/>
<outline text="Again" xmlUrl="https://wire.example/rss"/>
</body></opml>
"""


def test_a_sources_file_with_feeds_pages_and_folders(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(
        'allow_hosts = ["intranet.example"]\n'
        '[[sources]]\nurl = "https://wire.example/rss"\nname = "Wire"\nlanguage = "EN"\n'
        '[[sources]]\npath = "inbox"\ninterval = 60\n',
        encoding="utf-8",
    )
    sources = load_sources(path)
    wire, inbox = sources.sources
    assert (wire.interval, wire.name, wire.language, wire.host) == (900, "Wire", "en", "wire.example")
    assert inbox.folder == (tmp_path / "inbox").resolve() and inbox.interval == 60
    assert sources.allow_hosts == {"intranet.example"}


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("[[sources]]\nurl = 'ftp://x/y'\n", "not an http or https URL"),
        ("[[sources]]\nurl = 'https://u:p@x/y'\n", "credentials"),
        ("[[sources]]\nurl = 'https://x/y'\npath = 'z'\n", "either url or path"),
        ("[[sources]]\nurl = 'https://x/y'\ninterval = 0\n", "interval"),
        ("[[sources]]\nurl = 'https://x/y'\nevery = 5\n", "unknown key"),
        ("[[sources]]\nurl = 'https://x/y'\n[[sources]]\nurl = 'https://x/y'\n", "listed twice"),
        ("allow_hosts = 'x'\n[[sources]]\nurl = 'https://x/y'\n", "allow_hosts"),
        ("title = 'x'\n", "unknown key"),
        ("", r"no \[\[sources\]\]"),
        ("[[sources]\n", "not TOML"),
    ],
)
def test_a_mistake_is_one_line_naming_the_file_and_the_source(tmp_path: Path, text: str, why: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError, match=why) as error:
        load_sources(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_opml_import_adds_each_http_feed_once_and_never_resolves_entities(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(OPML, encoding="utf-8")
    sources_file = tmp_path / "sources.toml"
    assert import_opml(opml, sources_file, 600) == (2, 0)
    assert import_opml(opml, sources_file, 600) == (0, 2)
    loaded = load_sources(sources_file)
    assert [(s.key, s.name, s.interval) for s in loaded.sources] == [
        ("https://wire.example/rss", "The Wire", 600),
        ("http://local.example/feed.xml", "Local", 600),
    ]
    assert "root:" not in sources_file.read_text(encoding="utf-8")


def test_the_import_command(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(OPML, encoding="utf-8")
    done = run_cli("sources", "import", str(opml), "--sources", str(tmp_path / "s.toml"))
    assert done.returncode == 0 and "2 feed(s) added" in done.stdout
    (tmp_path / "bad.opml").write_text("<html/>", encoding="utf-8")
    bad = run_cli("sources", "import", str(tmp_path / "bad.opml"), "--sources", str(tmp_path / "s.toml"))
    assert bad.returncode == 1 and "not OPML" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_watch_refuses_a_bad_sources_file_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text("[[sources]]\nurl = 'gopher://x'\n", encoding="utf-8")
    done = run_cli("watch", "--sources", str(tmp_path / "s.toml"), "--store", str(tmp_path / "db"))
    assert done.returncode == 1 and "sources[1]" in done.stderr and len(done.stderr.strip().splitlines()) == 1
