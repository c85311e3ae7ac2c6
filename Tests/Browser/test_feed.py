"""The consultations and council news feeds parse as valid Atom with a real parser (consultations for the whole municipality and per district)."""
import urllib.request

import feedparser

from conftest import BASE_URL


def test_consultations_feed_is_valid_atom():
    with urllib.request.urlopen(BASE_URL + "/consultations.atom", timeout=30) as response:
        assert response.headers["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.read())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert len(feed.entries) >= 6
    titles = {entry.title for entry in feed.entries}
    assert "Detaljplan för bostäder vid Bettorp" in titles
    assert all(entry.link.startswith(BASE_URL + "/samrad/") for entry in feed.entries)
    assert all(entry.get("updated_parsed") for entry in feed.entries)


def test_council_news_feed_is_valid_atom():
    with urllib.request.urlopen(BASE_URL + "/samverkansradet/nyheter.atom", timeout=30) as response:
        assert response.headers["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.read())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert len(feed.entries) >= 6
    assert "Årets uppföljning är klar" in {entry.title for entry in feed.entries}
    assert all(entry.link.startswith(BASE_URL + "/samverkansradet/nyheter/") for entry in feed.entries)
