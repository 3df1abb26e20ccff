"""Answers as HTML and list URLs, without a browser."""

from __future__ import annotations

from admin.web.params import parse_list
from admin.web.text import linkify, url_link

ACTIVITIES = ("patrolling", "mediation")


def test_typed_markup_is_text_and_links_are_clickable() -> None:
    html = str(linkify('<script>alert(1)</script> & "x" see http://a.example/p?q=1&r=2.'))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<a href="http://a.example/p?q=1&amp;r=2" rel="noopener noreferrer">' in html
    assert html.endswith("</a>.")  # the full stop is not part of the link


def test_emails_and_phones_become_links_but_short_numbers_do_not() -> None:
    html = str(linkify("Write to a.b@c.example or call +33 6 12 34 56 78, we are 45 people"))
    assert '<a href="mailto:a.b@c.example"' in html
    assert '<a href="tel:+33612345678"' in html
    assert "tel:45" not in html


def test_only_web_addresses_become_url_links() -> None:
    assert "<a" not in str(url_link("javascript:alert(1)"))
    assert "<a" not in str(url_link("data:text/html,<b>x</b>"))
    assert '<a href="https://x.example"' in str(url_link("https://x.example"))


def test_a_list_url_round_trips_and_bad_values_are_named() -> None:
    wanted = parse_list(
        {
            "q": " night ",
            "country": "Italia",
            "triage": "selected",
            "activity": "mediation",
            "since": "2026-01-01",
            "until": "2026-13-01",
            "lang": "xx",
            "sort": "city",
            "page": "2",
        },
        ACTIVITIES,
    )
    assert wanted.where.country == "IT" and wanted.where.search == "night"
    assert wanted.where.triage == "selected" and wanted.where.activity == "mediation"
    assert wanted.where.until is None and wanted.where.language is None
    assert set(wanted.errors) == {"ws-error-date", "ws-error-language"}
    assert wanted.url("/submissions") == (
        "/submissions?q=night&triage=selected&country=IT&activity=mediation"
        "&since=2026-01-01&sort=city&page=2"
    )
    # Changing a filter goes back to the first page.
    assert "page=" not in wanted.filter_url("/submissions", triage=None)
