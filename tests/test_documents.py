"""Documents in: discovery, decoding, front matter, HTML extraction, sidecars, and the planted bad inputs."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest
import trafilatura

import timeline.documents as documents
from timeline.dates import parse_document_date
from timeline.documents import discover, identical_copies, load_document, unique_ids
from timeline.errors import DocumentError
from timeline.models import DocumentDate, DocumentDateSource, Precision, Problem

BAD = Path(__file__).parent / "data" / "bad_inputs"

HIDDEN_STRINGS = [
    "Ignore previous instructions",
    "1999-01-01",
    "SECRET",
    "1998-12-31",
    "Hidden paragraph",
    "Screen-reader-hidden",
    "script text",
    "color: red",
]


def _date(value: str, precision: Precision, source: DocumentDateSource) -> DocumentDate:
    return DocumentDate(value=value, precision=precision, source=source)


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


# --- planted bad inputs --------------------------------------------------------------------------------


def test_latin1_file_decodes_to_the_right_characters() -> None:
    doc = load_document(BAD / "latin1.txt")
    assert doc.text == "Café reopens in Zürich\nThe café on Bahnhofstrasse reopened on 3 March 2024.\n"
    assert doc.info.title == "Café reopens in Zürich"
    assert doc.info.chars == len(doc.text) == 76
    assert doc.info.format == "text"


def test_bom_is_stripped_and_crlf_kept() -> None:
    path = BAD / "bom_crlf.txt"
    doc = load_document(path)
    assert doc.text == "Council vote\r\nThe council voted on June 20, 2024.\r\nIt was close.\r\n"
    assert doc.info.chars == len(doc.text)
    assert doc.info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.info.title == "Council vote"
    assert doc.info.id == "bom_crlf.txt"
    assert doc.info.path == str(path)
    assert doc.info.published == DocumentDate()


def test_front_matter_gives_title_and_date_and_is_cut_from_the_text() -> None:
    doc = load_document(BAD / "front_matter.md")
    assert doc.text == "# Harbour strike ends\n\nDock workers returned on March 15, 2024.\n"
    assert doc.info.title == "Harbour strike ends"
    assert doc.info.published == _date("2024-03-15", Precision.day, DocumentDateSource.front_matter)
    assert doc.info.format == "markdown"
    assert doc.info.chars == 64
    start = doc.text.index("March 15, 2024")
    assert doc.text[start : start + 14] == "March 15, 2024"


def test_invalid_yaml_front_matter_is_kept_as_text() -> None:
    doc = load_document(BAD / "bad_yaml.md")
    assert doc.text == "---\ntitle: [unclosed\n---\nBody line.\n"
    assert doc.info.published == DocumentDate()
    assert doc.info.title is None  # never a YAML line; "Body line." is a sentence, not a headline


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty document: nothing to extract"),
        ("whitespace.txt", "empty document: nothing to extract"),
        ("binary.txt", "binary file, not text: it contains NUL bytes"),
        ("no_text.html", "no article text found in HTML"),
    ],
)
def test_unusable_inputs_raise_a_document_error_naming_the_file(name: str, reason: str) -> None:
    path = BAD / name
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: {reason}")


def test_hidden_html_content_and_comments_do_not_survive() -> None:
    doc = load_document(BAD / "hidden.html")
    assert doc.info.format == "html"
    assert doc.info.title == "Bridge reopens after repairs"
    assert doc.info.published == _date("2024-05-02", Precision.day, DocumentDateSource.html_meta)
    assert "The Old Town bridge reopened to traffic on May 2, 2024, after eight months of repairs" in doc.text
    assert "The mayor said a second bridge will be renovated starting in March 2025" in doc.text
    for hidden in HIDDEN_STRINGS:
        assert hidden not in doc.text
    assert doc.info.chars == len(doc.text)


def test_hidden_html_is_removed_before_trafilatura_sees_it() -> None:
    """trafilatura alone keeps a `hidden` paragraph; the cleaned tree must hold none of the hidden text."""
    root = documents._visible_tree((BAD / "hidden.html").read_text(encoding="utf-8"), BAD / "hidden.html")
    visible = "".join(root.itertext())
    for hidden in HIDDEN_STRINGS:
        assert hidden not in visible
    assert "eight months of repairs" in visible


def test_html_falls_back_to_visible_body_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    doc = load_document(BAD / "hidden.html")
    assert doc.text == (  # without the <nav>: menus are never the article
        "Bridge reopens after repairs\n"
        "The Old Town bridge reopened to traffic on May 2, 2024, after eight months of repairs that cost "
        "the city more than four million euros.\n"
        "The mayor said a second bridge will be renovated starting in March 2025, once the budget for the "
        "next year has been approved by the council."
    )
    assert doc.info.title == "Bridge reopens after repairs"
    assert doc.info.published == DocumentDate()


AMP_PAGE = """<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>Treaty ratified</title>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Treaty ratified", "datePublished": "2024-10-24T10:00:00Z",
"dateModified": "2024-10-26T09:00:00Z"}
</script></head><body><article><h1>Treaty ratified</h1>
<p>The parliament voted 310 to 12 on Thursday to ratify the treaty, officials said on the day.</p>
<p>The agreement covers defence, energy and trade, and enters into force next month.</p>
</article></body></html>"""


def test_html_date_from_json_ld(tmp_path: Path) -> None:
    """AMP pages and live blogs give their date only in JSON-LD: it was dropped with the scripts."""
    doc = load_document(_write(tmp_path / "amp.html", AMP_PAGE))
    assert doc.info.published == _date("2024-10-24", Precision.day, DocumentDateSource.html_meta)
    assert "schema.org" not in doc.text and "datePublished" not in doc.text


def test_html_body_fallback_leaves_out_json_ld(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    json_ld = '<script type="application/ld+json">{"@type": "Person"}</script>'
    page = AMP_PAGE.replace("</article>", json_ld + "</article>")
    doc = load_document(_write(tmp_path / "amp.html", page))
    assert "schema.org" not in doc.text and "Person" not in doc.text
    assert doc.text.endswith("covers defence, energy and trade, and enters into force next month.")


def test_html_date_is_not_a_related_story_s(tmp_path: Path) -> None:
    """trafilatura takes the oldest `<time>` on the page: a sidebar's or a menu's older story dated it."""
    body = (
        "<article><h1>Treaty ratified</h1><p>By Jane Roe <time datetime='2024-10-24T08:00'>24 Oct</time></p>"
        "<p>The parliament voted 310 to 12 on Thursday to ratify the treaty, officials said on the day.</p>"
        "<p>The agreement covers defence, energy and trade, and enters into force next month.</p></article>"
    )
    older = "<a href='/old'>Minister resigns</a> <time datetime='2023-05-01T09:00:00Z'>1 May 2023</time>"
    for furniture in (f"<aside>{older}</aside>", f"<nav>{older}</nav>", f"<footer>{older}</footer>"):
        page = f"<!DOCTYPE html><html><head><title>T</title></head><body>{furniture}{body}</body></html>"
        doc = load_document(_write(tmp_path / "page.html", page))
        expected = _date("2024-10-24", Precision.day, DocumentDateSource.html_meta)
        assert doc.info.published == expected, furniture
        assert "Minister resigns" not in doc.text


ARTICLE = (
    "The parliament voted 310 to 12 on Thursday to ratify the treaty, officials said on the day. "
    '"This is a historic day for our two nations," the speaker told reporters after the vote.\n\n'
    "The agreement covers defence, energy and trade, and enters into force next month.\n\n"
    "Opposition deputies walked out before the ballot, calling the text rushed and the debate too short."
)


def _json_ld_page(shown: str) -> str:
    data = json.dumps({"@type": "NewsArticle", "datePublished": "2024-10-24", "articleBody": ARTICLE})
    return (
        "<!DOCTYPE html><html><head><title>Treaty ratified</title>"
        f'<script type="application/ld+json">{data}</script></head><body>{shown}</body></html>'
    )


def test_html_article_only_in_json_ld_is_read_from_there(tmp_path: Path) -> None:
    """A JavaScript page saved before it loaded showed the model "Loading…" as the whole article."""
    doc = load_document(_write(tmp_path / "app.html", _json_ld_page('<div id="root">Loading…</div>')))
    assert doc.text == ARTICLE
    assert doc.info.published == _date("2024-10-24", Precision.day, DocumentDateSource.html_meta)


def test_html_paywalled_lede_gives_way_to_the_json_ld_article(tmp_path: Path) -> None:
    lede = ARTICLE.split(' "')[0]
    shown = f"<article><h1>Treaty ratified</h1><p>{lede}</p><p>Subscribe to read on.</p></article>"
    doc = load_document(_write(tmp_path / "paywall.html", _json_ld_page(shown)))
    assert doc.text == ARTICLE


def test_html_shown_article_wins_over_json_ld(tmp_path: Path) -> None:
    """The page's own text, as shown, is the article when it holds at least half of the JSON-LD's."""
    shown = (
        "<article><h1>Treaty ratified</h1>"
        + "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
        + "</article>"
    )
    doc = load_document(_write(tmp_path / "page.html", _json_ld_page(shown)))
    assert doc.text.startswith("Treaty ratified\nThe parliament voted")


def test_html_article_only_in_noscript_is_read(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page = (
        "<!DOCTYPE html><html><head><title>Treaty ratified</title></head><body><div id='app'></div>"
        f"<noscript><article><h1>Treaty ratified</h1>{paragraphs}</article></noscript></body></html>"
    )
    doc = load_document(_write(tmp_path / "page.html", page))
    assert "enters into force next month" in doc.text
    # ...but a page with an article does not show the model its "enable JavaScript" notice
    page = page.replace("<div id='app'></div>", f"<article>{paragraphs}</article>")
    page = page.replace(
        f"<article><h1>Treaty ratified</h1>{paragraphs}</article>", "Please enable JavaScript"
    )
    assert "enable JavaScript" not in load_document(_write(tmp_path / "page.html", page)).text


@pytest.mark.parametrize("control", ["&#27;", "&#x1B;", "\x1b", "&#7;", "&#0;", "&#xFFFF;"])
def test_html_with_a_control_character_is_read_without_it(tmp_path: Path, control: str) -> None:
    """lxml refuses a text holding a character XML cannot hold: a page with an ESC in its title or a
    paragraph ("&#27;]0;owned" sets a terminal's title) ended the whole build with a traceback."""
    page = (
        f"<!DOCTYPE html><html><head><title>Storm{control} hits coast</title></head><body><article>"
        "<h1>Storm hits coast</h1>"
        f"<p>The storm made landfall on 3 September 2024 near the port{control}[2J, officials said.</p>"
        "<p>Power was restored to 40,000 homes on 5 September 2024, the utility said.</p>"
        "</article></body></html>"
    )
    doc = load_document(_write(tmp_path / "page.html", page))
    assert "landfall on 3 September 2024 near the port[2J, officials said." in doc.text
    assert "restored to 40,000 homes" in doc.text
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\uffff]", doc.text + (doc.info.title or ""))
    form_feed = page.replace(control, "&#12;")  # HTML reads it as a space
    assert "near the port [2J," in load_document(_write(tmp_path / "page.html", form_feed)).text


def test_html_byline_date_line_dates_a_page_without_date_metadata(tmp_path: Path) -> None:
    """trafilatura leaves the byline's date out of the article: a print view came out undated."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    page = (
        "<html><head><title>Print: Treaty ratified</title></head><body><div>The Daily Paper</div>"
        f"<h1>Treaty ratified</h1><div>Published: October 24, 2024 10:42 AM</div>{paragraphs}"
        "<div>URL: https://example.com/treaty</div></body></html>"
    )
    doc = load_document(_write(tmp_path / "print.html", page))
    assert doc.info.published == DocumentDate(
        value="2024-10-24",
        precision=Precision.day,
        source=DocumentDateSource.estimated,
        evidence="Published: October 24, 2024 10:42 AM",
    )
    # a date line below the article (a comment's) is not the article's
    page = page.replace("<div>Published: October 24, 2024 10:42 AM</div>", "")
    page = page.replace("</body>", "<div>October 27, 2024 9:15 PM</div><p>Great piece.</p></body>")
    assert load_document(_write(tmp_path / "print.html", page)).info.published == DocumentDate()


def _page_with_json_ld(*objects: object) -> str:
    scripts = "".join(f'<script type="application/ld+json">{json.dumps(o)}</script>' for o in objects)
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))
    return f"<html><head><title>T</title>{scripts}</head><body><article>{paragraphs}</article></body></html>"


def test_html_json_ld_date_is_the_article_s(tmp_path: Path) -> None:
    """Only the page's own article counts: the oldest JSON-LD date on the page used to win."""
    related = {"@type": "NewsArticle", "headline": "Minister resigns", "datePublished": "2023-05-01"}
    related_list = {"@type": "ItemList", "itemListElement": [{"@type": "ListItem", "item": related}]}
    article = {"@type": "NewsArticle", "headline": "Treaty ratified", "datePublished": "2024-10-24T10:00Z"}
    graph = {"@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"}, article]}
    expected = _date("2024-10-24", Precision.day, DocumentDateSource.html_meta)
    for page, published in [
        (_page_with_json_ld(article, related_list), expected),
        (_page_with_json_ld(graph), expected),
        (_page_with_json_ld(related_list), DocumentDate()),
    ]:
        assert load_document(_write(tmp_path / "page.html", page)).info.published == published, page


def test_html_json_ld_article_body_in_html_is_read_as_text(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.replace("trade", "trade &amp; fishing").split("\n\n"))
    data = json.dumps({"@type": "NewsArticle", "articleBody": body})
    page = (
        f'<html><head><script type="application/ld+json">{data}</script></head><body>Loading…</body></html>'
    )
    doc = load_document(_write(tmp_path / "app.html", page))
    assert "<p>" not in doc.text and "&amp;" not in doc.text
    assert "defence, energy and trade & fishing, and enters into force" in doc.text


def test_html_is_sniffed_in_a_txt_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "page.txt", (BAD / "hidden.html").read_bytes())
    doc = load_document(path)
    assert doc.info.format == "html"
    assert "Ignore previous instructions" not in doc.text


# --- decoding ------------------------------------------------------------------------------------------


def test_cp1252_punctuation_decodes_right(tmp_path: Path) -> None:
    text = "The mayor’s café — “opened” in 2024…\nNaïve résumé.\n"
    doc = load_document(_write(tmp_path / "cp1252.txt", text.encode("cp1252")))
    assert doc.text == text


def test_cyrillic_cp1251_goes_to_charset_normalizer(tmp_path: Path) -> None:
    text = "Городской совет утвердил бюджет на 2024 год. Строительство моста начнётся весной.\n"
    doc = load_document(_write(tmp_path / "ru.txt", text.encode("cp1251")))
    assert doc.text == text


# An old news site's page saved from the browser keeps the encoding its <meta> declares. Guessed, the
# Turkish letters of windows-1254 all read as cp1252 letters ("Erdoðan"), the first Latin code page that
# reads being taken: the declaration is what a browser goes by, and so is it here.
DECLARED_PAGE = """<!DOCTYPE html>
<html><head>{meta}<title>{name} visits Athens</title></head><body><article>
<h1>{name} meets Mitsotakis in Athens</h1>
<p>ATHENS, Dec 7 (Reuters) - {name} met Greek Prime Minister Kyriakos Mitsotakis in Athens on Thursday,
the first such visit in six years.</p>
<p>The two sides agreed to hold talks on trade in {city} next year, {name}'s office said.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("meta", "encoding", "name", "city"),
    [
        ('<meta charset="windows-1254">', "cp1254", "Tayyip Erdoğan", "İzmir"),
        # a browser reads ISO-8859-9 as windows-1254, its superset
        (
            '<meta http-equiv="content-type" content="text/html; charset=ISO-8859-9">',
            "cp1254",
            "Erdoğan",
            "Ödemiş",
        ),
        ("<meta charset=iso-8859-13>", "iso8859_13", "Gabrielius Landsbergis", "Šiauliai"),  # Baltic
    ],
)
def test_html_page_is_read_in_the_encoding_it_declares(
    tmp_path: Path, meta: str, encoding: str, name: str, city: str
) -> None:
    page = DECLARED_PAGE.format(meta=meta, name=name, city=city)
    doc = load_document(_write(tmp_path / "visit.html", page.encode(encoding)))
    assert doc.info.title == f"{name} meets Mitsotakis in Athens"
    assert f"{name} met Greek Prime Minister" in doc.text and f"in {city} next year" in doc.text
    assert doc.problems == []  # read as declared, as a browser reads it: not a guess to check


def test_html_page_declaring_an_encoding_it_is_not_in_is_still_guessed(tmp_path: Path) -> None:
    """A declaration the bytes contradict (a CMS template's charset=utf-8 over a cp1252 file, or a
    name no codec has) is ignored: the page is guessed and the guess reported, as before."""
    text = (
        '<html><head><meta charset="{}"></head><body>'
        "<p>The mayor’s café — “opened” in 2024.</p></body></html>"
    )
    for i, declared in enumerate(("utf-8", "x-no-such-charset", "utf-16")):
        doc = load_document(_write(tmp_path / f"p{i}.html", text.format(declared).encode("cp1252")))
        assert "The mayor’s café — “opened” in 2024." in doc.text
        assert [p.kind for p in doc.problems] == ["encoding"]


def test_html_page_mostly_utf8_keeps_utf8_whatever_it_declares(tmp_path: Path) -> None:
    """A UTF-8 page under an old template's charset=iso-8859-1, with one byte pasted from Word: its UTF-8
    lines stay UTF-8 (read as Latin-1 'café' became 'cafÃ©')."""
    raw = (
        '<html><head><meta charset="iso-8859-1"></head><body>\n<p>The café reopened on Monday.</p>\n'.encode()
        + "<p>The mayor’s speech.</p></body></html>\n".encode("cp1252")
    )
    doc = load_document(_write(tmp_path / "cafe.html", raw))
    assert "The café reopened on Monday." in doc.text and "The mayor’s speech." in doc.text


def test_utf16_with_bom_decodes(tmp_path: Path) -> None:
    text = "Storm hits the coast\r\nOn 2 May 2024.\n"
    doc = load_document(_write(tmp_path / "utf16.txt", text.encode("utf-16")))
    assert doc.text == text


def test_control_characters_mean_binary(tmp_path: Path) -> None:
    path = _write(tmp_path / "blob", bytes(range(1, 32)) * 4)
    with pytest.raises(DocumentError, match=r"blob: binary file, not text: \d+ of its first 124 bytes"):
        load_document(path)


def test_permission_denied_names_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "locked.txt", "text")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value) == f"{path}: permission denied: check the file's permissions"


def test_missing_file_is_a_document_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value) == f"{path}: not found: check the path"


# --- titles, dates and precedence ----------------------------------------------------------------------


def test_plain_text_title_is_the_first_non_empty_line(tmp_path: Path) -> None:
    doc = load_document(_write(tmp_path / "a.txt", "\n\n  Floods in Valencia  \nBody.\n"))
    assert doc.text == "\n\n  Floods in Valencia  \nBody.\n"
    assert doc.info.title == "Floods in Valencia"
    long_first = load_document(_write(tmp_path / "b.txt", "x" * 200 + "\nBody.\n"))
    assert long_first.info.title is None


def _fm(value: str, precision: Precision) -> DocumentDate:
    return _date(value, precision, DocumentDateSource.front_matter)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("date: 2024", _fm("2024", Precision.year)),
        ("date: '2024'", _fm("2024", Precision.year)),
        ("date: 2024-06", _fm("2024-06", Precision.month)),
        ("date: 2024-06-20", _fm("2024-06-20", Precision.day)),
        ("date: !!timestamp 2024-06-20", _fm("2024-06-20", Precision.day)),
        ("date: !!timestamp 2024-06-20T23:30:00Z", _fm("2024-06-20", Precision.day)),
        ("date: 2024-06-20T23:30:00+02:00", _fm("2024-06-20", Precision.day)),
        ("date: '2024-06-20 23:30'", _fm("2024-06-20", Precision.day)),
        ("date: June 20, 2024", _fm("2024-06-20", Precision.day)),
        ("pubDate: Thu, 20 Jun 2024 23:30:00 +0200", _fm("2024-06-20", Precision.day)),
        ("pubDate: 20 Jun 2024 08:00 GMT", _fm("2024-06-20", Precision.day)),
        ("pubDate: Thu, 31 Jun 2024 08:00:00 GMT", DocumentDate()),
        ("published: 2023-01\ndate: 2024-06-20", _fm("2023-01", Precision.month)),
        ("date: 2024-13-01", DocumentDate()),
        ("date: soon", DocumentDate()),
        ("date: [2024]", DocumentDate()),
        ("title: only a title", DocumentDate()),
    ],
)
def test_front_matter_dates(tmp_path: Path, front: str, expected: DocumentDate) -> None:
    doc = load_document(_write(tmp_path / "a.md", f"---\n{front}\n---\nBody.\n"))
    assert doc.info.published == expected
    assert doc.text == "Body.\n"


def test_front_matter_with_crlf_and_empty_block(tmp_path: Path) -> None:
    crlf = load_document(_write(tmp_path / "a.md", "---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n"))
    assert crlf.text == "\r\nBody.\r\n"
    assert crlf.info.title == "T"
    empty = load_document(_write(tmp_path / "b.md", "---\n---\n## Heading\nBody.\n"))
    assert empty.text == "## Heading\nBody.\n"
    assert empty.info.title == "Heading"


def test_front_matter_only_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "---\ntitle: T\n---\n\n")
    with pytest.raises(DocumentError, match="empty document: nothing to extract after the front matter"):
        load_document(path)


def test_precedence_cli_over_sidecar_over_front_matter(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "---\ntitle: From front matter\ndate: 2024-03-15\n---\nBody.\n")
    front = load_document(path)
    assert front.info.published == _date("2024-03-15", Precision.day, DocumentDateSource.front_matter)

    _write(tmp_path / "a.md.meta.json", '{"title": "From sidecar", "published": "2024-07"}')
    sidecar = load_document(path)
    assert sidecar.info.title == "From sidecar"
    assert sidecar.info.published == _date("2024-07", Precision.month, DocumentDateSource.manifest)
    assert sidecar.text == "Body.\n"

    cli = _date("2025", Precision.year, DocumentDateSource.cli)
    assert load_document(path, published=cli).info.published == cli


def test_sidecar_overrides_html_meta(tmp_path: Path) -> None:
    path = _write(tmp_path / "page.html", (BAD / "hidden.html").read_bytes())
    _write(tmp_path / "page.html.meta.json", '{"published": "2024-05-01"}')
    doc = load_document(path)
    assert doc.info.published == _date("2024-05-01", Precision.day, DocumentDateSource.manifest)
    assert doc.info.title == "Bridge reopens after repairs"


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ("{not json", "a.txt.meta.json is not valid JSON (Expecting property name enclosed in double quotes"),
        ('["2024"]', 'a.txt.meta.json is not a JSON object like {"published": "2024-06-20", "title": "..."}'),
        (b"\xff\xfe{}", "a.txt.meta.json is not UTF-8"),
    ],
)
def test_a_sidecar_that_cannot_be_used_is_a_problem_and_the_article_is_read(
    tmp_path: Path, sidecar: str | bytes, reason: str
) -> None:
    path = _write(tmp_path / "a.txt", "---\ntitle: From front matter\ndate: 2024-03-15\n---\nBody.\n")
    _write(tmp_path / "a.txt.meta.json", sidecar)
    doc = load_document(path)
    assert doc.text == "Body.\n"
    assert doc.info.title == "From front matter"
    assert doc.info.published == _fm("2024-03-15", Precision.day)
    assert [p.kind for p in doc.problems] == ["sidecar"]
    assert doc.problems[0].message.startswith(f"{path}: {reason}")
    assert "its date and title were not used; fix it or remove it" in doc.problems[0].message
    cli = _date("2025", Precision.year, DocumentDateSource.cli)
    assert [p.kind for p in load_document(path, published=cli).problems] == ["sidecar"]  # still worth fixing


def test_a_title_that_is_not_text_is_named_not_ignored_in_silence(tmp_path: Path) -> None:
    """`title: 1984` (a number to YAML) or a list gave the article no title, and no word of why."""
    story = "Flood defences held overnight\n\nThe river crested on 12 May 2024 below the barriers.\n"
    path = _write(tmp_path / "flood.md", "---\ntitle: [Flood, defences]\ndate: 2024-05-12\n---\n" + story)
    doc = load_document(path)
    assert doc.info.title == "Flood defences held overnight"  # from the article, as before
    assert [(p.kind, p.message) for p in doc.problems] == [
        (
            "front_matter",
            f"{path}: front matter title ['Flood', 'defences'] is not text: it was ignored and the title is "
            "read from the article; write it as text, in quotes",
        )
    ]
    plain = _write(tmp_path / "vote.txt", "Senate passes budget\n\nThe Senate voted 61-39 on 3 June 2024.\n")
    _write(tmp_path / "vote.txt.meta.json", '{"title": 1984, "published": "2024-06-03"}')
    assert [(p.kind, p.message) for p in load_document(plain).problems] == [
        (
            "sidecar",
            f"{plain}: vote.txt.meta.json title 1984 is not text: it was ignored and the title is read from "
            "the article; write it as text, in quotes",
        )
    ]
    # a front matter title the sidecar's replaces is not worth a problem
    _write(tmp_path / "flood.md.meta.json", '{"title": "Flood defences hold"}')
    assert load_document(path).problems == []


def test_a_sidecar_date_that_is_not_a_date_is_a_problem_and_the_next_date_is_used(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "---\ndate: 2024-03-15\n---\nBody.\n")
    _write(tmp_path / "a.md.meta.json", '{"title": "From sidecar", "published": "last week"}')
    doc = load_document(path)
    assert doc.info.title == "From sidecar"
    assert doc.info.published == _fm("2024-03-15", Precision.day)
    assert [(p.kind, p.message) for p in doc.problems] == [
        (
            "sidecar",
            f"{path}: a.md.meta.json published 'last week' is not a date: it was ignored and the front "
            "matter date (2024-03-15) is used instead; write it as YYYY-MM-DD, YYYY-MM or YYYY "
            "(e.g. 2024-06-20)",
        )
    ]
    plain = _write(tmp_path / "b.txt", "Body.\n")
    _write(tmp_path / "b.txt.meta.json", '{"published": "last week"}')
    assert (
        load_document(plain)
        .problems[0]
        .message.endswith(
            "it was ignored and the publication date is estimated from the text; "
            "write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-06-20)"
        )
    )
    cli = _date("2025", Precision.year, DocumentDateSource.cli)
    assert load_document(path, published=cli).problems == []  # the sidecar date would not have been used


@pytest.mark.parametrize(
    "sidecar",
    [
        '{"pubDate": "2024-10-24"}',
        '{"Published": "2024-10-24"}',
        '{"publication_date": "2024-10-24T09:00:00Z"}',
        '{"date": "soon", "published_at": "2024-10-24"}',
    ],
)
def test_sidecar_takes_the_front_matter_date_keys(tmp_path: Path, sidecar: str) -> None:
    path = _write(tmp_path / "a.txt", "Body.\n")
    _write(tmp_path / "a.txt.meta.json", sidecar)
    doc = load_document(path)
    assert doc.info.published == _date("2024-10-24", Precision.day, DocumentDateSource.manifest)
    assert [p.kind for p in doc.problems] == (["sidecar"] if "soon" in sidecar else [])


def test_doc_id_and_unique_ids() -> None:
    paths = [Path("in/a/story.txt"), Path("in/b/story.txt"), Path("in/other.txt"), Path("x/a/story.md")]
    assert unique_ids(paths) == {
        Path("in/a/story.txt"): "a/story.txt",
        Path("in/b/story.txt"): "b/story.txt",
        Path("in/other.txt"): "other.txt",
        Path("x/a/story.md"): "story.md",
    }
    same_parent = [Path("one/a/s.txt"), Path("two/a/s.txt")]
    assert unique_ids(same_parent) == {same_parent[0]: "one/a/s.txt", same_parent[1]: "two/a/s.txt"}
    doc = load_document(BAD / "latin1.txt", doc_id="bad_inputs/latin1.txt")
    assert doc.info.id == "bad_inputs/latin1.txt"


# --- discover ------------------------------------------------------------------------------------------


def _mixed_folder(root: Path) -> None:
    for name in ["b.md", "a.txt", "c.html", "README", "sub/z.txt", "sub/a.txt", "sub/deeper/y.htm"]:
        _write(root / name, "text\n")
    for name in [".hidden.txt", ".git/config.txt", "a.txt.meta.json", "photo.png", "bundle.zip", "data.json"]:
        _write(root / name, "x")
    _write(root / "report.rtf", b"{\\rtf1")
    os.symlink(root / "a.txt", root / "dup.txt")  # the same file again
    os.symlink(root, root / "sub" / "loop")  # a folder that leads back to an ancestor
    os.symlink(root / "gone.txt", root / "broken.txt")
    os.symlink(root / "self_b.txt", root / "self_a.txt")
    os.symlink(root / "self_a.txt", root / "self_b.txt")


def test_discover_mixed_folder(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _mixed_folder(root)
    found, problems = discover([root])
    assert found == [
        root / "a.txt",
        root / "b.md",
        root / "c.html",
        root / "sub" / "a.txt",
        root / "sub" / "deeper" / "y.htm",
        root / "sub" / "z.txt",
    ]
    by_path = {problem.document: (problem.kind, problem.message) for problem in problems}
    assert set(by_path) == {
        str(root / "broken.txt"),
        str(root / "report.rtf"),
        str(root / "self_a.txt"),
        str(root / "self_b.txt"),
        str(root / "sub" / "loop"),
    }
    assert by_path[str(root / "report.rtf")][0] == "unsupported"
    assert "RTF files are not supported" in by_path[str(root / "report.rtf")][1]
    assert by_path[str(root / "broken.txt")] == (
        "unreadable",
        f"{root / 'broken.txt'}: broken symlink: fix or remove the link",
    )
    assert by_path[str(root / "self_a.txt")] == (
        "unreadable",
        f"{root / 'self_a.txt'}: symlink loop: fix or remove the link",
    )
    loop_kind, loop_message = by_path[str(root / "sub" / "loop")]
    assert loop_kind == "symlink_loop"  # not "unreadable": the folder it leads to is read anyway
    assert loop_message.startswith(f"{root / 'sub' / 'loop'}: symlink loop")
    assert loop_message.endswith("remove the link")  # fmt: skip


def test_discover_files_missing_paths_and_duplicates(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", "text\n")
    link = tmp_path / "link.txt"
    os.symlink(a, link)
    odt = _write(tmp_path / "paper.odt", b"PK")
    other = _write(tmp_path / "notes.csv", "x")
    missing = tmp_path / "nope"
    found, problems = discover([a, link, tmp_path / "a.txt", missing, odt, other])
    assert found == [a]
    assert [(problem.document, problem.kind) for problem in problems] == [
        (str(missing), "missing"),
        (str(odt), "unsupported"),
        (str(other), "unsupported"),
    ]
    assert problems[0].message == f"{missing}: no such file or folder: check the path"


def test_discover_input_that_is_a_symlink_loop(tmp_path: Path) -> None:
    os.symlink(tmp_path / "y", tmp_path / "x")
    os.symlink(tmp_path / "x", tmp_path / "y")
    found, problems = discover([tmp_path / "x"])
    assert found == []
    assert [(problem.kind, problem.message) for problem in problems] == [
        ("unreadable", f"{tmp_path / 'x'}: symlink loop: fix or remove the link")
    ]


def test_discover_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "ok" / "a.txt", "text\n")
    _write(tmp_path / "locked" / "b.txt", "text\n")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found, problems = discover([tmp_path])
    assert found == [tmp_path / "ok" / "a.txt"]
    assert [(problem.kind, problem.message) for problem in problems] == [
        (
            "unreadable",
            f"cannot read folder {tmp_path / 'locked'}: permission denied: check the folder's permissions",
        )
    ]


def test_discover_empty_folder_is_not_an_error(tmp_path: Path) -> None:
    assert discover([tmp_path]) == ([], [])


def test_discovered_bad_inputs_folder() -> None:
    found, problems = discover([BAD])
    assert [path.name for path in found] == [
        "README.md",
        "bad_yaml.md",
        "binary.txt",
        "bom_crlf.txt",
        "empty.txt",
        "front_matter.md",
        "hidden.html",
        "latin1.txt",
        "no_text.html",
        "whitespace.txt",
    ]
    assert problems == []


# --- review fixes: sentence-like first lines, front matter problems, extensions, UTF-16 ---------------

SEEDS = Path(__file__).parent.parent / "seeds"


def test_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    from timeline.cleaning import clean

    lede = "The Senate passed the defence bill on Tuesday, 4 June 2024."
    doc = load_document(_write(tmp_path / "lede.txt", f"{lede}\n\nIt now goes to the President.\n"))
    assert doc.info.title is None
    assert [s.text for s in clean(doc.text, doc.info.title).sentences] == [
        lede,
        "It now goes to the President.",
    ]


def test_one_line_file_keeps_its_only_line(tmp_path: Path) -> None:
    from timeline.cleaning import clean

    line = "The Senate passed the bill on 4 June 2024."
    doc = load_document(_write(tmp_path / "a.txt", f"\n{line}\n\n"))
    assert doc.info.title is None
    assert [s.text for s in clean(doc.text, doc.info.title).sentences] == [line]
    assert load_document(_write(tmp_path / "b.txt", "Senate passes bill\n")).info.title is None


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Senate passes defence bill", "Senate passes defence bill"),
        ("Will the Senate pass the bill?", "Will the Senate pass the bill?"),
        ("Senate says yes!", "Senate says yes!"),
        ("Senate waits...", "Senate waits..."),
        ("# Senate passes defence bill", "Senate passes defence bill"),
        ("The Senate passed the bill.", None),
        ('The Senate said "yes."', None),
        ("# The Senate passed the bill.", None),
    ],
)
def test_first_line_is_a_title_only_when_it_reads_as_a_headline(
    tmp_path: Path, first: str, title: str | None
) -> None:
    for suffix in (".md",) if first.startswith("#") else (".txt", ".md"):
        doc = load_document(_write(tmp_path / f"a{suffix}", f"{first}\n\nIt now goes to the President.\n"))
        assert doc.info.title == title


def test_seed_headlines_stay_titles() -> None:
    titles = [load_document(path).info.title for path in sorted(SEEDS.glob("*.txt"))]
    assert titles == [
        "North Korea is preparing for a military invasion of Ukraineon the side of dictator Putin",
        "North Korean troops suffered first losses in Kursk, Putin’s allies came under attack by Ukraine",
        "Is the North Korean leader preparing his troops for deployment to Ukraine?",
        "North Korean Troops Could Join Russia’s War Action Against Ukraine",
        "The presence of North Korean troops alongside Russia illustrates Pyongyang’s new global ambitions",
    ]


def test_invalid_yaml_front_matter_is_reported_naming_the_file_and_the_fix(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", "---\ntitle: Storm hits\ndate: : 2024\n---\nStorm hits\n\nIt rained.\n")
    doc = load_document(path, doc_id="dir/a.md")
    assert doc.text == "---\ntitle: Storm hits\ndate: : 2024\n---\nStorm hits\n\nIt rained.\n"
    assert doc.info.title == "Storm hits"  # from the body, never a YAML line
    assert [(p.document, p.kind) for p in doc.problems] == [("dir/a.md", "front_matter")]
    assert doc.problems[0].message == (
        f"{path}: front matter is not valid YAML (line 3: mapping values are not allowed here): "
        "the date and title in it were not read; fix the YAML or remove the block"
    )
    planted = load_document(BAD / "bad_yaml.md")
    assert planted.info.title is None
    assert planted.problems[0].message == (
        f"{BAD / 'bad_yaml.md'}: front matter is not valid YAML (line 2: while parsing a flow sequence; "
        "expected ',' or ']', but got '<stream end>'): the date and title in it were not read; "
        "fix the YAML or remove the block"
    )


@pytest.mark.parametrize("value", ["2024-02-30", "someday", "[2024]", "2024-13"])
def test_bad_front_matter_date_is_reported(tmp_path: Path, value: str) -> None:
    path = _write(tmp_path / "a.md", f"---\ntitle: T\ndate: {value}\n---\nBody.\n")
    doc = load_document(path)
    assert doc.info.published == DocumentDate()
    assert doc.info.title == "T"
    assert [p.kind for p in doc.problems] == ["front_matter"]
    message = doc.problems[0].message
    assert message.startswith(f"{path}: front matter date ")
    assert "is not a date" in message
    assert message.endswith("write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-06-20)")
    overridden = load_document(path, published=_date("2025", Precision.year, DocumentDateSource.cli))
    assert overridden.problems == []  # the front matter date would not have been used anyway


def test_good_documents_have_no_problems(tmp_path: Path) -> None:
    assert load_document(BAD / "front_matter.md").problems == []
    assert load_document(BAD / "bom_crlf.txt").problems == []
    utf16 = _write(tmp_path / "utf16.txt", "Storm hits the coast\nOn 2 May 2024.\n".encode("utf-16"))
    assert load_document(utf16).problems == []  # a byte-order mark leaves no doubt


def test_folder_discovery_takes_only_article_extensions(tmp_path: Path) -> None:
    for name in ["LICENSE", "Makefile", "notes.rst", "a.txt", "b.md", "c.html", "d.htm", "sub/README"]:
        _write(tmp_path / name, "text\n")
    found, problems = discover([tmp_path])
    assert [path.name for path in found] == ["a.txt", "b.md", "c.html", "d.htm"]
    assert problems == []


def test_explicit_file_with_another_extension_is_a_problem_naming_the_accepted_ones(tmp_path: Path) -> None:
    license_file = _write(tmp_path / "LICENSE", "text\n")
    rst = _write(tmp_path / "notes.rst", "text\n")
    rtf = _write(tmp_path / "notes.rtf", b"{\\rtf1")
    found, problems = discover([license_file, rst, rtf])
    assert found == []
    assert [(p.document, p.kind) for p in problems] == [
        (str(license_file), "unsupported"),
        (str(rst), "unsupported"),
        (str(rtf), "unsupported"),
    ]
    assert problems[0].message == (
        f"{license_file}: not an article file (no extension): give .txt, .md, .html, .htm, .eml, .docx or "
        ".pdf files (rename it to LICENSE.txt if it is plain text)"
    )
    assert problems[1].message == (
        f"{rst}: not an article file (.rst): give .txt, .md, .html, .htm, .eml, .docx or .pdf files "
        "(rename it to notes.txt if it is plain text)"
    )
    assert "RTF files are not supported" in problems[2].message


def test_utf16_without_bom_says_to_resave_as_utf8(tmp_path: Path) -> None:
    path = _write(tmp_path / "utf16.txt", "Storm hits the coast\nOn 2 May 2024.\n".encode("utf-16-le"))
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: binary file, not text: it contains NUL bytes")
    assert "UTF-16" in message
    assert "re-save it as UTF-8" in message


# --- review fixes: unsupported article files are named, broken links fail -----------------------------


@pytest.mark.parametrize("name", ["notes.rtf", "memo.doc", "memo.DOC", "minutes.odt", "book.epub"])
def test_unsupported_article_file_in_a_folder_is_named_with_the_fix(tmp_path: Path, name: str) -> None:
    _write(tmp_path / "a.txt", "text\n")
    _write(tmp_path / name, b"\x00binary")
    found, problems = discover([tmp_path])
    assert found == [tmp_path / "a.txt"]
    assert [(p.document, p.kind) for p in problems] == [(str(tmp_path / name), "unsupported")]
    message = problems[0].message
    assert message.startswith(f"{tmp_path / name}: ")
    assert "it was not read: convert it to .txt, .md or .html" in message


def test_other_files_in_a_folder_stay_silently_ignored(tmp_path: Path) -> None:
    for name in ["photo.png", "photo.JPG", "data.json", "LICENSE", "archive.zip", "a.txt", "a.txt.meta.json"]:
        _write(tmp_path / name, "x")
    assert discover([tmp_path]) == ([tmp_path / "a.txt"], [])


def test_a_saved_pages_files_folder_is_not_read_as_articles(tmp_path: Path) -> None:
    """Chrome's and Firefox's "Webpage, Complete": an ad frame and an embedded post were two articles."""
    page = _write(tmp_path / "Pentagon confirms troops _ Example News.html", "<p>The Pentagon said.</p>")
    parts = tmp_path / "Pentagon confirms troops _ Example News_files"
    _write(parts / "saved_resource.html", "<p>Get 50% off your first month.</p>")
    _write(parts / "saved_resource(1).html", "<blockquote>Breaking: troops spotted.</blockquote>")
    _write(parts / "style.css", "body{}")
    # a folder of that name without its page is an ordinary folder of articles
    _write(tmp_path / "notes_files" / "interview.txt", "The mayor resigned on Monday.\n")
    assert discover([tmp_path]) == ([page, tmp_path / "notes_files" / "interview.txt"], [])
    # `timeline build folder/*` names the parts' folder itself
    found, problems = discover(sorted(tmp_path.iterdir()))
    assert found == [page, tmp_path / "notes_files" / "interview.txt"]
    assert [(p.document, p.kind, p.message) for p in problems] == [
        (
            str(parts),
            "saved_page_parts",
            f"{parts}: the parts (ads, frames, scripts) of a saved page, not read",
        )
    ]


@pytest.mark.parametrize("name", ["page.mhtml", "page.mht", "page.webarchive"])
def test_a_single_file_web_archive_is_named_with_the_fix(tmp_path: Path, name: str) -> None:
    _write(tmp_path / name, b"MIME-Version: 1.0\r\n")
    found, problems = discover([tmp_path])
    assert found == []
    assert [(p.document, p.kind) for p in problems] == [(str(tmp_path / name), "unsupported")]
    assert "it was not read: save the page again" in problems[0].message


def test_a_sidecar_without_its_article_is_named_with_the_name_it_needs(tmp_path: Path) -> None:
    """`story.meta.json` beside `story.txt` was passed over in silence, and the story went undated."""
    story = _write(tmp_path / "story.txt", "The council met on Monday.\n")
    misnamed = _write(tmp_path / "story.meta.json", '{"published": "2024-10-24"}')
    orphan = _write(tmp_path / "gone.md.meta.json", '{"published": "2024-10-24"}')
    found, problems = discover([tmp_path])
    assert found == [story]
    assert [(p.document, p.kind, p.message) for p in problems] == [
        (
            str(orphan),
            "sidecar",
            f"{orphan}: no article gone.md beside it, so its date and title were used for none: name it "
            "after its article's whole file name, e.g. story.txt.meta.json for story.txt",
        ),
        (
            str(misnamed),
            "sidecar",
            f"{misnamed}: no article story beside it, so its date and title were used for none: rename it "
            "to story.txt.meta.json",
        ),
    ]


# --- review fixes: front matter keys in any case, a bad date beside a good one, .txt, TOML -------------


@pytest.mark.parametrize(
    "key", ["published", "Published", "DATE", "pubDate", "publishDate", "published_at", "publication_date"]
)
def test_front_matter_date_keys_are_matched_in_any_case(tmp_path: Path, key: str) -> None:
    doc = load_document(_write(tmp_path / "a.md", f"---\nTitle: Storm\n{key}: 2024-10-24\n---\nBody.\n"))
    assert doc.info.published == _fm("2024-10-24", Precision.day)
    assert doc.info.title == "Storm"
    assert doc.problems == []


@pytest.mark.parametrize(
    ("where", "key"),
    [
        ("sidecar", "publish_date"),  # newspaper3k's Article.publish_date, as a scraper writes it out
        ("sidecar", "datePublished"),  # schema.org's name, which the HTML page's JSON-LD has too
        ("front matter", "date_published"),
        ("front matter", "Published-At"),
    ],
)
def test_a_date_key_spelled_with_or_without_separators_is_read(tmp_path: Path, where: str, key: str) -> None:
    """A sidecar of {"publish_date": ...} was read for its title only, and its date silently left for
    the text to estimate: the keys are compared with case, "_" and "-" ignored."""
    if where == "sidecar":
        path = _write(tmp_path / "a.txt", "Storm hits coast\n\nThe storm hit the coast on Thursday.\n")
        _write(tmp_path / "a.txt.meta.json", json.dumps({"title": "Storm", key: "2024-10-24"}))
        expected = _date("2024-10-24", Precision.day, DocumentDateSource.manifest)
    else:
        path = _write(tmp_path / "a.md", f"---\ntitle: Storm\n{key}: 2024-10-24\n---\nThe storm hit.\n")
        expected = _fm("2024-10-24", Precision.day)
    doc = load_document(path)
    assert doc.info.published == expected
    assert doc.problems == []


@pytest.mark.parametrize(
    "front",
    [
        "date: soon\npubDate: 2024-10-24",
        "published: soon\ndate: 2024-10-24",
        "Date: 2024-10-24\npubdate: soon",
    ],
)
def test_an_unreadable_date_does_not_hide_a_readable_one(tmp_path: Path, front: str) -> None:
    path = _write(tmp_path / "a.md", f"---\n{front}\n---\nBody.\n")
    doc = load_document(path)
    assert doc.info.published == _fm("2024-10-24", Precision.day)
    assert [p.kind for p in doc.problems] == ["front_matter"]
    bad_key = next(line.split(":")[0] for line in front.splitlines() if "soon" in line)
    good_key = next(line.split(":")[0] for line in front.splitlines() if "2024" in line)
    assert doc.problems[0].message == (
        f"{path}: front matter {bad_key} 'soon' is not a date: it was ignored and {good_key} (2024-10-24) is "
        "used instead; write it as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-06-20)"
    )


def test_yaml_front_matter_in_a_txt_file_is_read_and_cut_from_the_text(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "a.txt",
        "---\ntitle: Duma ratifies treaty\npublished: 2024-10-24\nauthor: Desk\n---\n"
        "Duma ratifies treaty\n\nThe Duma voted on Thursday.\n",
    )
    doc = load_document(path)
    assert doc.text == "Duma ratifies treaty\n\nThe Duma voted on Thursday.\n"
    assert doc.info.title == "Duma ratifies treaty"
    assert doc.info.published == _fm("2024-10-24", Precision.day)
    assert doc.info.format == "text"
    assert doc.problems == []


@pytest.mark.parametrize(
    "text",
    [
        "---\nThe Duma voted on Thursday.\n---\nIt now goes to the President.\n",
        "---\nBy the desk: a note\n---\nIt now goes to the President.\n",
        "---\n\n---\nIt now goes to the President.\n",
    ],
)
def test_a_txt_file_that_opens_with_a_rule_keeps_its_lines(tmp_path: Path, text: str) -> None:
    doc = load_document(_write(tmp_path / "a.txt", text))
    assert doc.text == text
    assert doc.problems == []


def test_invalid_yaml_front_matter_in_a_txt_file_is_reported(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", "---\ntitle: Storm: hits\ndate: 2024-10-24\n---\nIt rained.\n")
    doc = load_document(path)
    assert doc.text == "---\ntitle: Storm: hits\ndate: 2024-10-24\n---\nIt rained.\n"
    assert [p.kind for p in doc.problems] == ["front_matter"]
    assert doc.problems[0].message.startswith(f"{path}: front matter is not valid YAML (line 2: ")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("published = 2024-10-24", _fm("2024-10-24", Precision.day)),
        ('published = "2024-10-24"', _fm("2024-10-24", Precision.day)),
        ("date = 2024-10-24T08:00:00Z", _fm("2024-10-24", Precision.day)),
        ("PubDate = '2024-10'", _fm("2024-10", Precision.month)),
    ],
)
def test_toml_front_matter_is_read(tmp_path: Path, suffix: str, front: str, expected: DocumentDate) -> None:
    path = _write(tmp_path / f"a{suffix}", f'+++\ntitle = "Duma ratifies treaty"\n{front}\n+++\nBody.\n')
    doc = load_document(path)
    assert doc.text == "Body.\n"
    assert doc.info.title == "Duma ratifies treaty"
    assert doc.info.published == expected
    assert doc.problems == []


def test_invalid_toml_front_matter_is_reported_with_its_file_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.md", '+++\ntitle = "T"\npublished 2024-10-24\n+++\nBody.\n')
    doc = load_document(path)
    assert doc.text == '+++\ntitle = "T"\npublished 2024-10-24\n+++\nBody.\n'
    assert [p.kind for p in doc.problems] == ["front_matter"]
    message = doc.problems[0].message
    assert message.startswith(f"{path}: front matter is not valid TOML (")
    assert "line 3" in message
    assert message.endswith("fix the TOML or remove the block")


# --- review fixes: encodings ---------------------------------------------------------------------------

MIXED = "Minister resigns\n\nThe café owner said that the minister’s plan failed. He didn’t comment.\n"
POLISH = (
    "Budżet przyjęty\n\nSejm przyjął w poniedziałek ustawę budżetową. Środki są na obronność, łąka, źdźbło.\n"
)


def test_one_stray_cp1252_byte_leaves_the_rest_of_a_utf8_file_alone(tmp_path: Path) -> None:
    raw = MIXED.encode("utf-8").replace("didn’t".encode(), "didn’t".encode("cp1252"))
    path = _write(tmp_path / "mixed.txt", raw)
    doc = load_document(path)
    assert doc.text == MIXED
    assert [(p.kind, p.message) for p in doc.problems] == [
        (
            "encoding",
            f"{path}: read as UTF-8, but 1 byte(s) on line(s) 3 are not UTF-8 and were read as cp1252 "
            "(Windows Western European): check that the letters and quotes there read right, or re-save "
            "the file as UTF-8",
        )
    ]


def test_a_legacy_line_in_a_utf8_file_is_read_in_its_own_code_page(tmp_path: Path) -> None:
    utf8_part = "Café reopens\n\nThe café reopened on 3 March 2024.\n"
    polish_line = "Sejm przyjął ustawę w poniedziałek.\n"
    path = _write(tmp_path / "joined.txt", utf8_part.encode("utf-8") + polish_line.encode("iso8859_2"))
    doc = load_document(path)
    assert doc.text == utf8_part + polish_line
    assert "line(s) 4 are not UTF-8 and were read as ISO-8859-2 (Central European)" in doc.problems[0].message


@pytest.mark.parametrize(("encoding", "name"), [("iso8859_2", "ISO-8859-2"), ("cp1250", "cp1250")])
def test_central_european_text_is_not_read_as_another_latin_page(
    tmp_path: Path, encoding: str, name: str
) -> None:
    path = _write(tmp_path / "pl.txt", POLISH.encode(encoding))
    doc = load_document(path)
    assert doc.text == POLISH  # charset-normalizer alone gave ISO-8859-3: 'przyjħ³ w poniedzia³ek'
    assert [p.kind for p in doc.problems] == ["encoding"]
    assert doc.problems[0].message.startswith(f"{path}: decoded as {name} ")


@pytest.mark.parametrize(
    ("path", "name"),
    [
        (BAD / "latin1.txt", "cp1252 (Windows Western European)"),
        (None, "cp1251 (charset-normalizer's best guess)"),
    ],
)
def test_text_not_read_as_utf8_is_reported_with_the_encoding_used(
    tmp_path: Path, path: Path | None, name: str
) -> None:
    if path is None:
        path = _write(tmp_path / "ru.txt", "Городской совет утвердил бюджет на 2024 год.\n".encode("cp1251"))
    doc = load_document(path, doc_id="doc")
    assert [(p.document, p.kind, p.message) for p in doc.problems] == [
        (
            "doc",
            "encoding",
            f"{path}: decoded as {name}, not UTF-8: check that its letters and quotes read right, "
            "or re-save the file as UTF-8",
        )
    ]


def test_a_sign_inside_a_word_means_another_code_page() -> None:
    assert documents._sign_inside_a_word("przyj±ł")
    assert documents._sign_inside_a_word("g³osowa³o")
    assert not documents._sign_inside_a_word("the minister’s 20 m³ of 5 € ±2 Coca-Cola® drinks")


def test_the_first_line_of_a_hard_wrapped_lede_is_not_a_title(tmp_path: Path) -> None:
    text = (
        "KYIV, Oct 24 (Reuters) - Russian forces launched a large-scale missile and\n"
        "drone attack on Ukraine's energy infrastructure overnight, officials said.\n"
    )
    assert load_document(_write(tmp_path / "wire.txt", text)).info.title is None
    headed = load_document(_write(tmp_path / "headed.txt", "Russia strikes the grid\n\n" + text))
    assert headed.info.title == "Russia strikes the grid"


# Publication dates have one reader: a date copied from a manifest or front matter to `--published`
# (or back) is read the same. Before, "2024-10-24T10:00:00Z" and RSS dates worked only in metadata,
# and "2024/10/24", "Oct. 24, 2024" or "Thursday, October 24, 2024" only on the command line.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024/10/24", "2024-10-24"),
        ("Oct. 24, 2024", "2024-10-24"),
        ("Thursday, October 24, 2024", "2024-10-24"),
        ("2024-10-24T23:30:00-05:00", "2024-10-24"),  # the day as written, not moved to UTC
        ("2024-10-24 10:00 UTC", "2024-10-24"),
        ("Thu, 24 Oct 2024 10:00:00 +0000", "2024-10-24"),
        ("24.10.2024", None),  # day and month order is ambiguous
        ("0999", None),
        ("2024-02-30T10:00:00Z", None),
    ],
)
def test_front_matter_and_the_command_line_read_publication_dates_alike(
    tmp_path: Path, value: str, expected: str | None
) -> None:
    doc = load_document(_write(tmp_path / "a.md", f"---\npublished: '{value}'\n---\nBody.\n"))
    try:
        given = parse_document_date(value, DocumentDateSource.cli).value
    except ValueError:
        given = None
    assert (doc.info.published.value if doc.info.published else None) == given == expected
    assert [p.kind for p in doc.problems] == ([] if expected else ["front_matter"])


def test_a_byline_date_above_the_headline_is_not_the_title(tmp_path: Path) -> None:
    """It was: the title read "October 24, 2024 10:42 AM"."""
    path = _write(
        tmp_path / "a.txt",
        "October 24, 2024 10:42 AM\nDuma ratifies treaty\n\nThe Duma voted on Thursday.\n",
    )
    assert load_document(path).info.title == "Duma ratifies treaty"


def test_a_byline_date_below_the_headline_that_trafilatura_keeps_dates_the_page(tmp_path: Path) -> None:
    """An AP page: trafilatura's text opens with the headline, and the date line sits below it, so the
    byline was looked for above the headline and the page came out undated."""
    page = (
        "<html><head><title>Strike on Kharkiv kills 3 | AP News</title></head><body>\n"
        '<div class="Page-header">\n<a>World</a>\n<a>Politics</a>\n</div>\n<div class="Page-content">\n'
        "<h1>Russian strike on Kharkiv kills 3 as Ukraine awaits US aid</h1>\n"
        "<div>Updated 10:42 AM GMT, March 7, 2024</div>\n"
        '<div class="Page-actions">\n<button>Share</button>\n<a>Copy</a>\n</div>\n'
        '<div class="RichTextStoryBody RichTextBody">\n<p>KHARKIV, Ukraine (AP) — A Russian missile hit an '
        "apartment building in Kharkiv on Thursday, killing three people and injuring 12, regional officials "
        "said.</p>\n<p>Firefighters pulled two children from the rubble, Governor Oleh Syniehubov said.</p>\n"
        "<p>Follow AP’s coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine</p>\n"
        "</div>\n</div>\n</body></html>\n"
    )
    doc = load_document(_write(tmp_path / "ap.html", page))
    assert doc.text.startswith("Russian strike on Kharkiv kills 3")
    assert (doc.info.published.value, doc.info.published.evidence) == (
        "2024-03-07",
        "Updated 10:42 AM GMT, March 7, 2024",
    )


def test_the_dates_of_a_most_viewed_box_do_not_date_the_page(tmp_path: Path) -> None:
    """A Guardian page without date metadata: trafilatura's date search found the "Most viewed" box's
    `<time>` and dated a story of 7 March 2024 to 16 October 2025."""
    page = (
        "<html><head><title>Glide bombs on Kherson</title></head><body><article>"
        "<h1>Russia accused of using glide bombs on Kherson for first time</h1>"
        "<div>Thu 7 Mar 2024 12.15 GMT</div><div>"
        "<p>Russia dropped guided aerial bombs on the centre of Kherson for the first time on Thursday, "
        "Ukrainian officials said, wounding four people.</p>"
        "<p>The head of the city's military administration said a school and a clinic had been damaged.</p>"
        "</div></article>"
        '<div class="most-viewed"><h2>Most viewed</h2><a>Trump says he will meet Putin in Budapest</a>'
        "<time>16 October 2025</time></div></body></html>"
    )
    doc = load_document(_write(tmp_path / "guardian.html", page))
    assert doc.info.published.value == "2024-03-07"
    assert "Budapest" not in doc.text


def test_identical_copies_are_read_once_and_a_sidecar_s_metadata_goes_with_the_file_it_was_written_for(
    tmp_path: Path,
) -> None:
    """Copies (the same bytes) by the names browsers and file managers give a file saved again, with
    and without sidecars; other names with their own sidecar dates stay apart (syndicated wire copy)."""
    quake = b"A magnitude 6.1 earthquake struck the coast on Tuesday, officials said.\n"
    vote = b"<html><body><p>Polls closed at 8 p.m. on 5 November 2024 in the county.</p></body></html>"
    wire = b"The central bank raised its key rate by a quarter point on Thursday.\n"
    files = {
        "quake (1).txt": quake,  # sorts before quake.txt, whose sidecar dates it
        "quake.txt": quake,
        "quake.txt.meta.json": b'{"published": "2024-01-09"}',
        "vote - Copy.html": vote,
        "vote.html": vote,
        "archive/ruling.md": b"The appeals court upheld the fine on 2 May 2024.\n",
        "ruling.md": b"The appeals court upheld the fine on 2 May 2024.\n",
        "ruling.md.meta.json": b'{"title": "Fine upheld"}',
        "ap/rates.txt": wire,
        "ap/rates.txt.meta.json": b'{"published": "2024-07-25"}',
        "reuters/rates.txt": wire,
        "reuters/rates.txt.meta.json": b'{"published": "2024-07-26"}',
        "bank.txt": wire,  # another name, no sidecar: the outlet that ran it undated
    }
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    paths, _ = discover([tmp_path])
    copies = {
        copy.relative_to(tmp_path).as_posix(): (read.relative_to(tmp_path).as_posix(), metadata)
        for copy, (read, metadata) in identical_copies(paths).items()
    }
    assert copies == {
        "quake (1).txt": ("quake.txt", True),
        "vote.html": ("vote - Copy.html", False),
        "archive/ruling.md": ("ruling.md", True),
    }
    # --published: sidecar dates are not used, so they no longer tell copies apart
    copies = {
        copy.relative_to(tmp_path).as_posix(): read.relative_to(tmp_path).as_posix()
        for copy, (read, _) in identical_copies(paths, cli_date=True).items()
    }
    assert copies == {
        "quake.txt": "quake (1).txt",
        "vote.html": "vote - Copy.html",
        "archive/ruling.md": "ruling.md",
        "bank.txt": "ap/rates.txt",
        "reuters/rates.txt": "ap/rates.txt",
    }


# --- what else an analyst's folder holds: system files, locks, unfinished downloads -------------------


SYSTEM_FILES = ["Thumbs.db", "desktop.ini", "~$memo.docx", "~$report.doc", "._story.txt", ".DS_Store"]


def test_system_and_lock_files_are_passed_over_in_silence_even_when_named_one_by_one(tmp_path: Path) -> None:
    """`timeline build folder/*` named Word's `~$memo.docx` lock as an unread Word article and Thumbs.db
    with "rename it to Thumbs.txt"."""
    article = _write(tmp_path / "a.txt", "The mayor resigned on Monday.\n")
    for name in SYSTEM_FILES:
        _write(tmp_path / name, b"\x05user" + bytes(60))
    assert discover([tmp_path]) == ([article], [])
    assert discover(sorted(tmp_path.iterdir())) == ([article], [])


@pytest.mark.parametrize("name", ["story.html.part", "report.pdf.crdownload", "story.txt.partial"])
def test_an_unfinished_download_of_an_article_is_named_with_the_fix(tmp_path: Path, name: str) -> None:
    _write(tmp_path / name, "<html><body><p>The terminal")
    _write(tmp_path / "photo.jpg.part", b"\xff\xd8")  # not an article: passed over in a folder
    found, problems = discover([tmp_path])
    assert found == []
    assert [(p.document, p.kind, p.message) for p in problems] == [
        (
            str(tmp_path / name),
            "unsupported",
            f"{tmp_path / name}: an unfinished download ({Path(name).suffix}), not read: let the download "
            f"finish, or download {Path(name).stem} again, and rerun",
        )
    ]


# --- e-mail (.eml): a newsletter or an article sent by mail ---------------------------------------------


NEWSLETTER_BODY = (
    "The Zürich council approved the “green port” plan on Tuesday, its chair said.\nWork starts in March.\n"
)


def _newsletter(subject: str = "Fwd: Zürich approves port plan", date: str | None = None) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Daily Brief <news@example.com>"
    message["Subject"] = subject
    if date is not None:
        message["Date"] = date
    message.set_content(NEWSLETTER_BODY, cte="quoted-printable")
    message.add_alternative("<html><body><p>Read it in the browser.</p></body></html>", subtype="html")
    return bytes(message)


def test_an_eml_newsletter_is_read_from_its_plain_text_body_dated_by_its_date_header(tmp_path: Path) -> None:
    """An e-mailed newsletter (.eml) was passed over in silence in a folder, named "not an article file"
    when given alone. Its text is the decoded body, so every quote stays at its offsets."""
    path = _write(tmp_path / "brief.eml", _newsletter(date="Tue, 22 Oct 2024 23:30:00 -0500 (CDT)"))
    assert discover([tmp_path]) == ([path], [])
    loaded = load_document(path)
    assert loaded.text == NEWSLETTER_BODY
    assert loaded.info.format == "email"
    assert loaded.info.title == "Zürich approves port plan"
    # the day as written, not moved to UTC (23 October there)
    assert loaded.info.published == DocumentDate(
        value="2024-10-22", precision=Precision.day, source=DocumentDateSource.email_header
    )
    assert loaded.problems == []


def test_an_html_only_eml_is_read_as_its_page_and_an_unreadable_date_header_is_named(tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Port plan"
    page = "<html><body><article><p>The council approved the port plan on Tuesday, its chair said.</p>"
    message.set_content(page + "</article></body></html>", subtype="html")
    path = _write(tmp_path / "brief.eml", b"Date: sometime last week\n" + bytes(message))
    loaded = load_document(path)
    assert loaded.text.strip() == "The council approved the port plan on Tuesday, its chair said."
    assert loaded.info.published.source is DocumentDateSource.unknown
    assert [(p.kind, p.message) for p in loaded.problems] == [
        (
            "email_header",
            f"{path}: e-mail Date header 'sometime last week' is not a date: it was ignored and the "
            "publication date is estimated from the text; give the date in a sidecar NAME.eml.meta.json",
        )
    ]


def test_an_eml_without_a_text_body_names_the_file(tmp_path: Path) -> None:
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"] = "Scan"
    message.set_content(b"%PDF-1.4", maintype="application", subtype="pdf", filename="scan.pdf")
    path = _write(tmp_path / "scan.eml", bytes(message))
    with pytest.raises(DocumentError, match="an e-mail without a text or HTML body"):
        load_document(path)


def test_an_outlook_msg_file_is_named_with_the_fix(tmp_path: Path) -> None:
    path = _write(tmp_path / "Brief.MSG", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(60))
    assert discover([tmp_path]) == (
        [],
        [
            Problem(
                document=str(path),
                kind="unsupported",
                message=f"{path}: Outlook .msg files are not supported, so it was not read: save the message "
                "in Outlook as Text Only (.txt; File > Save As) or download it as .eml, and rerun",
            )
        ],
    )
