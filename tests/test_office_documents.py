"""Word (.docx) and PDF articles: read in order, without their page furniture, with clear problems for
files that cannot be read. Every file here is synthetic (tests/office_files.py)."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pypdf
import pytest
from office_files import W_STRICT_NS, docx, paragraph, pdf

from timeline import docx_text
from timeline.documents import discover, load_document
from timeline.errors import DocumentError
from timeline.models import DocumentDateSource, Precision

W = "w"  # the prefix office_files.docx binds to WordprocessingML


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _run(text: str, tag: str = "t") -> str:
    return f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>'


# --- Word ----------------------------------------------------------------------------------------------


def test_a_word_article_is_its_paragraphs_in_order_with_tracked_changes_accepted(tmp_path: Path) -> None:
    body = (
        paragraph("Council approves harbour expansion")
        + "<w:p>"
        + _run("The council voted ")
        + "<w:del><w:r><w:delText>narrowly </w:delText></w:r></w:del>"
        + "<w:ins><w:r><w:t>unanimously</w:t></w:r></w:ins>"
        + _run(" on Tuesday")
        + "<w:r><w:tab/><w:t>to expand the harbour.</w:t></w:r>"
        + "</w:p>"
        + "<w:p/>"  # Word's spacing: an empty paragraph
        + "<w:p>"
        + _run("Work starts in May,")
        + "<w:r><w:br/><w:t>the mayor said.</w:t></w:r>"
        + '<w:hyperlink r:id="rId4" xmlns:r="x"><w:r><w:t> Read the plan.</w:t></w:r></w:hyperlink>'
        + "<w:r><w:fldChar/></w:r><w:r><w:instrText> HYPERLINK &quot;https://x&quot; </w:instrText></w:r>"
        + "<w:r><w:footnoteReference/></w:r>"
        + "</w:p>"
        + "<w:p><w:r><w:drawing><w:txbxContent>"
        + paragraph("A pull quote in a text box")
        + "</w:txbxContent></w:drawing></w:r></w:p>"
    )
    path = _write(tmp_path / "story.docx", docx(body))
    loaded = load_document(path)
    assert loaded.text == (
        "Council approves harbour expansion\n\n"
        "The council voted unanimously on Tuesday to expand the harbour.\n\n"
        "Work starts in May,\nthe mayor said. Read the plan."
    )
    assert (loaded.info.format, loaded.info.title) == ("docx", "Council approves harbour expansion")
    assert loaded.problems == []
    assert "footer" not in loaded.text and "pull quote" not in loaded.text


def test_a_strict_open_xml_word_file_is_read_as_a_transitional_one(tmp_path: Path) -> None:
    """Word's "Strict Open XML Document" names its elements in another namespace: it came out empty."""
    body = paragraph("Harbour vote") + "<w:p>" + _run("The council voted") + "<w:r><w:tab/></w:r>"
    body += "<w:del><w:r><w:delText>not </w:delText></w:r></w:del>" + _run("on Tuesday.") + "</w:p>"
    loaded = load_document(_write(tmp_path / "strict.docx", docx(body, namespace=W_STRICT_NS)))
    assert loaded.text == "Harbour vote\n\nThe council voted on Tuesday."


def test_a_word_table_is_read_row_by_row_cell_by_cell(tmp_path: Path) -> None:
    def cell(*texts: str) -> str:
        return "<w:tc>" + "".join(paragraph(text) for text in texts) + "</w:tc>"

    table = (
        "<w:tbl><w:tr>"
        + cell("Monday")
        + cell("Dockers walk out.")
        + "</w:tr><w:tr>"
        + cell("Tuesday")
        + cell("Talks fail.", "Ships wait.")
        + "</w:tr></w:tbl>"
    )
    body = paragraph("Strike diary") + table + paragraph("The strike goes on.")
    text = load_document(_write(tmp_path / "diary.docx", docx(body))).text
    assert text.split("\n\n") == [
        "Strike diary",
        "Monday",
        "Dockers walk out.",
        "Tuesday",
        "Talks fail.",
        "Ships wait.",
        "The strike goes on.",
    ]


def test_a_word_file_s_own_title_is_used_and_its_file_dates_are_not_the_publication_date(
    tmp_path: Path,
) -> None:
    """dcterms:created is when the file was written, not when the article ran: never its date."""
    body = paragraph("Harbour vote") + paragraph("The council voted on Tuesday.")
    path = _write(
        tmp_path / "vote.docx", docx(body, title="Council backs harbour", created="2019-01-05T10:00:00Z")
    )
    loaded = load_document(path)
    assert loaded.info.title == "Council backs harbour"
    assert loaded.info.published.value is None
    # a sidecar dates a Word file as it dates a .txt file
    (tmp_path / "vote.docx.meta.json").write_text(json.dumps({"published": "2024-05-07"}), encoding="utf-8")
    published = load_document(path).info.published
    assert (published.value, published.precision, published.source) == (
        "2024-05-07",
        Precision.day,
        DocumentDateSource.manifest,
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04 cut off in the middle", "a corrupt or incomplete Word file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "password-protected"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "an old Word 97-2003 file (.doc) named .docx"),
    ],
    ids=["corrupt", "encrypted", "doc-renamed"],
)
def test_a_word_file_that_cannot_be_read_is_named_with_the_fix(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = _write(tmp_path / "memo.docx", data)
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "save it" in message and ".txt" in message


def test_a_zip_that_is_no_word_document_and_an_empty_one_are_named(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(DocumentError, match=r"not a Word document \(it has no word/document.xml\)"):
        load_document(_write(tmp_path / "fake.docx", buffer.getvalue()))
    with pytest.raises(DocumentError, match="empty document: the DOCX file holds no text"):
        load_document(_write(tmp_path / "empty.docx", docx("<w:p/>")))


def test_a_word_part_larger_than_the_limit_is_refused_before_it_is_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zip bomb: a few kilobytes that inflate to gigabytes. The limit is made small here."""
    monkeypatch.setattr(docx_text, "MAX_PART_BYTES", 10_000)
    body = "".join(paragraph("The council voted on Tuesday to expand the harbour.") for _ in range(400))
    path = _write(tmp_path / "bomb.docx", docx(body))
    assert path.stat().st_size < 10_000
    with pytest.raises(DocumentError, match=r"inflates to more than .* a zip bomb"):
        load_document(path)


def test_a_word_part_that_declares_entities_is_refused(tmp_path: Path) -> None:
    """The "billion laughs": entities that expand to gigabytes. Word never writes a DTD."""
    bomb = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?>{bomb}<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r>'
            "</w:p></w:body></w:document>",
        )
    with pytest.raises(DocumentError, match="declares a DTD, which Word never writes"):
        load_document(_write(tmp_path / "laughs.docx", buffer.getvalue()))


# --- PDF -----------------------------------------------------------------------------------------------


def test_a_pdf_is_read_without_running_headers_footers_and_page_numbers(tmp_path: Path) -> None:
    pages = [
        ["Harbour Gazette - 7 May 2024", "Council approves harbour expansion", "",
         "The council voted on Tuesday to expand the", "harbour after a long debate.", "", "Page 1 of 3"],
        ["Harbour Gazette - 7 May 2024", "Residents gathered outside the town hall", "to protest.", "",
         "Page 2 of 3"],
        ["Harbour Gazette - 7 May 2024", "Work starts in May.", "", "Page 3 of 3"],
    ]  # fmt: skip
    loaded = load_document(_write(tmp_path / "gazette.pdf", pdf(pages)))
    assert loaded.text == (
        "Council approves harbour expansion\n\n"
        "The council voted on Tuesday to expand the\nharbour after a long debate.\n"
        "Residents gathered outside the town hall\nto protest.\n"
        "Work starts in May."
    )
    assert (loaded.info.format, loaded.info.title) == ("pdf", "Council approves harbour expansion")
    assert loaded.problems == []


def test_a_page_number_alone_on_a_one_page_pdf_is_furniture(tmp_path: Path) -> None:
    lines = ["Harbour vote", "The council voted on Tuesday to expand the harbour.", "", "- 1 -"]
    assert load_document(_write(tmp_path / "one.pdf", pdf([lines]))).text == (
        "Harbour vote\nThe council voted on Tuesday to expand the harbour."
    )


def test_a_word_hyphenated_at_a_line_end_is_joined_when_the_text_says_it_is_one_word(tmp_path: Path) -> None:
    lines = [
        "Harbour vote",
        "The expansion was approved after a long debate on the expan-",  # written elsewhere: joined
        "sion of the terminal, a long-",  # two words of English, 'longawaited' none: the hyphen stays
        "awaited decision, and the well-",  # 'well-known' written elsewhere: the hyphen stays
        "known plan is Anglo-",  # a capital after the hyphen: a compound
        "French, said the well-known mayor of the Govern-",  # a capital opening the first half only
        "ment district. The reclassi-",  # a word the list lacks, 'reclassi' none: lower case, joined
        "fication was not con-",  # 'contested' is English: joined, though 'con' and 'tested' are words too
        "tested.",
    ]
    text = load_document(_write(tmp_path / "hyphens.pdf", pdf([lines]))).text
    assert text.splitlines()[1:] == [
        "The expansion was approved after a long debate on the expansion",
        "of the terminal, a long-awaited",
        "decision, and the well-known",
        "plan is Anglo-French,",
        "said the well-known mayor of the Government",
        "district. The reclassification",
        "was not contested.",
    ]


def test_a_scanned_pdf_without_text_says_to_ocr_it(tmp_path: Path) -> None:
    path = _write(tmp_path / "scan.pdf", pdf([[], []]))
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value).startswith(f"{path}: no text in it (a scanned PDF")
    assert "`ocrmypdf FILE.pdf FILE-ocr.pdf`" in str(caught.value)


def test_scanned_pages_beside_pages_with_text_are_a_problem(tmp_path: Path) -> None:
    path = _write(tmp_path / "mixed.pdf", pdf([["Harbour vote", "The council voted on Tuesday."], [], []]))
    loaded = load_document(path)
    assert loaded.text == "Harbour vote\nThe council voted on Tuesday."
    assert [(problem.kind, problem.document) for problem in loaded.problems] == [
        ("scanned_pages", "mixed.pdf")
    ]
    assert loaded.problems[0].message.startswith(
        f"{path}: 2 of its 3 pages had no text layer (scanned?) and were not read (page 2, 3): OCR it"
    )


def _encrypted(user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf([["Secret plan", "It was agreed."]]))))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_password_protected_pdf_says_to_remove_the_password(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.pdf", _encrypted("s3cret"))
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value).startswith(f"{path}: a password-protected PDF, which cannot be read: remove")
    # encrypted with an empty password (printing or copying restricted): readable, so read
    assert load_document(_write(tmp_path / "restricted.pdf", _encrypted(""))).text == (
        "Secret plan\nIt was agreed."
    )


def test_a_corrupt_pdf_is_named_with_the_fix(tmp_path: Path) -> None:
    path = _write(tmp_path / "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert str(caught.value).startswith(f"{path}: a corrupt or unreadable PDF (")
    assert "`pdftotext -layout FILE.pdf`" in str(caught.value)


def test_without_pypdf_a_pdf_names_the_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyPI's `timeline` is another project: the fix installs the extra from the checkout, as
    MissingExtraError does."""
    monkeypatch.setitem(sys.modules, "pypdf", None)  # `import pypdf` raises ImportError
    path = _write(tmp_path / "report.pdf", pdf([["Harbour vote", "The council voted."]]))
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: reading a PDF needs the optional 'pdf' extra (pypdf)")
    assert "`pip install -e '.[pdf]'` in the timeline checkout" in message


def test_ligatures_and_layout_padding_are_read_as_the_words_a_reader_sees() -> None:
    from timeline.pdf_text import _page_lines

    page = "   Oﬃcials  ﬁled   the\x07 report\n\n\n\n   Next  paragraph\n\n"
    assert _page_lines(page) == ["Officials filed the report", "", "Next paragraph"]


# --- discover ------------------------------------------------------------------------------------------


def test_word_and_pdf_files_are_found_and_other_office_files_still_named(tmp_path: Path) -> None:
    _write(tmp_path / "a.docx", docx(paragraph("x")))
    _write(tmp_path / "b.PDF", pdf([["x"]]))
    _write(tmp_path / "c.doc", b"\xd0\xcf")
    _write(tmp_path / "d.odt", b"PK")
    _write(tmp_path / "~$a.docx", b"lock")
    found, problems = discover([tmp_path])
    assert found == [tmp_path / "a.docx", tmp_path / "b.PDF"]
    assert [(Path(problem.document).name, problem.kind) for problem in problems] == [
        ("c.doc", "unsupported"),
        ("d.odt", "unsupported"),
    ]


def test_a_misnamed_pdf_sidecar_says_the_name_it_needs(tmp_path: Path) -> None:
    _write(tmp_path / "report.pdf", pdf([["x"]]))
    (tmp_path / "report.meta.json").write_text('{"published": "2024-05-07"}', encoding="utf-8")
    _, problems = discover([tmp_path])
    assert [problem.kind for problem in problems] == ["sidecar"]
    assert "rename it to report.pdf.meta.json" in problems[0].message
