"""Ingest: formats, metadata headers, boilerplate, and every kind of bad input."""

from __future__ import annotations

import json

import pytest

from kg import ingest
from kg.errors import InputError
from kg.ingest import Failure, discover, read_articles
from kg.ingest.clean import clean_text, is_boilerplate, normalise_date
from tests.conftest import write

BODY = "Workers at Initech sent a letter to the chief executive on Monday.\n"


def test_text_file_with_header_becomes_metadata(tmp_path):
    f = write(tmp_path / "story-1.txt",
              "Title: Initech staff write to CEO\nURL: https://news.example/a?b=1\nDate: March 3, 2021\n"
              "Source: Example Daily\n\n" + BODY)
    [a] = read_articles([f])
    assert (a.id, a.title, a.url, a.date, a.source) == (
        "story-1", "Initech staff write to CEO", "https://news.example/a?b=1", "2021-03-03", "Example Daily")
    assert a.text == BODY


def test_text_without_header_is_kept_whole(tmp_path):
    f = write(tmp_path / "plain.md", "Title of a kind: not a header line\n\n" + BODY)
    [a] = read_articles([f])
    assert a.title is None and a.text.startswith("Title of a kind")


def test_html_main_text_through_trafilatura(tmp_path):
    page = ("<html><head><title>Walkout at Globex</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Walkout at Globex</h1><p>" + "Hundreds of Globex engineers walked out on Friday "
            "to protest the company's contract with the border agency. " * 3 + "</p></article>"
            "<footer>Copyright Example Media</footer></body></html>")
    [a] = read_articles([write(tmp_path / "globex.html", page)])
    assert a.id == "globex"
    assert "walked out on Friday" in a.text
    assert "Home" not in a.text.split("\n")


def test_jsonl_one_article_per_line(tmp_path):
    rows = [{"id": "a1", "text": BODY, "title": "T", "url": "https://x.example/1", "date": "2020-01-02",
             "source": "Wire"}, {"text": "Second article text about a petition."}]
    f = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n\n")
    a, b = read_articles([f])
    assert (a.id, a.title, a.date, a.source) == ("a1", "T", "2020-01-02", "Wire")
    assert b.id == "batch-2" and b.title is None


def test_folder_is_read_recursively_in_sorted_order(tmp_path):
    write(tmp_path / "b" / "2.txt", BODY)
    write(tmp_path / "a.txt", BODY)
    write(tmp_path / ".hidden" / "x.txt", BODY)
    assert [a.id for a in read_articles([tmp_path])] == ["a", "2"]


def test_boilerplate_lines_are_dropped():
    text = ("Skip to main content\nShare this story\nPhoto by Jane Roe / Example Images\n"
            "Keep ReadingShow less\nNow read:\nAdvertisement\n\nThe union filed a complaint.\n"
            "Read more: Other story about something\n  • Employees signed the letter.\n")
    assert clean_text(text) == "The union filed a complaint.\nEmployees signed the letter.\n"
    assert not is_boilerplate("Share prices of the company fell after the walkout was announced.")
    more = ("RELATED: Inside the company's AI push\nShare this on Facebook Share this on Twitter Share\n"
            "Jane Roe (@janeroe) is a reporter at the Herald.\nPrevious Story: A startup raises money\nNext Story: Another one\n")
    assert clean_text(more) == "Jane Roe is a reporter at the Herald.\n"
    assert is_boilerplate("Share: Facebook Twitter LinkedIn Email")
    assert not is_boilerplate("Twitter and Facebook banned the account.")
    assert is_boilerplate("SHARE Share Article via Facebook Share Article via Twitter Share Article via Email")
    assert not is_boilerplate("Shares of the company rose on Monday via an after-hours trade.")


def test_share_bar_laid_out_a_button_per_line_is_dropped():
    text = "Union wins vote\n\nShare 41\nTweet\nShare\nReddit\nEmail\n\nThe union won.\n\nX\n\nThe company said X was a platform.\n"
    assert clean_text(text) == "Union wins vote\n\nThe union won.\n\nX\n\nThe company said X was a platform.\n"


def test_dates_are_normalised():
    assert normalise_date("2019-08-05T10:00:00Z") == "2019-08-05"
    assert normalise_date("Aug 5, 2019") == "2019-08-05"
    assert normalise_date("sometime") == "sometime"
    assert normalise_date("  ") is None


@pytest.mark.parametrize("name,content,message", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b" \n\n\t\n", "file is empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("latin1.txt", "Caf\xe9 workers protest".encode("latin-1"), "not valid UTF-8"),
    ("bad.jsonl", b'{"text": "ok"}\n{not json\n', "not valid JSON"),
    ("notext.jsonl", b'{"title": "no text"}\n', "string 'text'"),
    ("only-header.txt", b"Title: x\n\n", "no text"),
])
def test_bad_files_raise_one_clear_error(tmp_path, name, content, message):
    f = write(tmp_path / name, content)
    with pytest.raises(InputError) as err:
        list(read_articles([f]))
    assert message in str(err.value) and "\n" not in str(err.value)


def test_unknown_extension_given_by_name(tmp_path):
    with pytest.raises(InputError, match="unknown format '.pdf'"):
        discover([write(tmp_path / "x.pdf", b"%PDF")])


def test_missing_path():
    with pytest.raises(InputError, match="no such file or folder"):
        discover(["does/not/exist"])


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError, match="byte limit"):
        list(read_articles([write(tmp_path / "big.txt", "word " * 400)]))


def test_folder_with_bad_files_keeps_good_ones_and_reports_bad(tmp_path):
    write(tmp_path / "good.txt", BODY)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    failures: list[Failure] = []
    articles = list(read_articles([tmp_path], failures))
    assert [a.id for a in articles] == ["good"]
    assert sorted(f.path.rsplit("/", 1)[-1] for f in failures) == ["empty.txt", "image.png"]


def test_duplicate_article_ids_are_reported(tmp_path):
    write(tmp_path / "a" / "same.txt", BODY)
    write(tmp_path / "b" / "same.txt", BODY)
    failures: list[Failure] = []
    assert len(list(read_articles([tmp_path], failures))) == 1
    assert "appears more than once" in failures[0].reason
