import codecs
import hashlib

import pytest

from shebao.ingest import ReadError, iter_paths, read_document

TEXT = "某县养老基金收入1234.5万元，支出987.6万元。\n二、情况 ok 42%\n"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
    ],
)
def test_read_decodes_encoding(tmp_path, data, encoding):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    doc = read_document(path)
    assert (doc.text, doc.encoding) == (TEXT, encoding)


def test_read_hashes_the_bytes(tmp_path):
    path = tmp_path / "r.txt"
    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")
    path.write_bytes(data)
    doc = read_document(str(path))
    assert (doc.sha256, doc.path) == (hashlib.sha256(data).hexdigest(), str(path))


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02", "NUL bytes"),
        (bytes(range(1, 32)) * 4 + b"abc", "control bytes"),
        (b"\x00\x00\x00\x01" * 50, "NUL bytes"),
    ],
)
def test_read_rejects_non_text(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(path)
    assert reason in info.value.reason
    assert str(path) in str(info.value)


def test_read_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="cannot read"):
        read_document(tmp_path / "absent.txt")


def test_read_truncated_utf8_replaces_last_char(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("收入12万元".encode("utf-8")[:-1])
    doc = read_document(path)
    assert (doc.text, doc.encoding) == ("收入12万\ufffd", "utf-8")


def test_iter_paths_expands_directories_sorted_and_keeps_named_files(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ["d/b.txt", "d/a.txt", "d/sub/c.TXT", "d/e.pdf", "d/f.DOCX", "d/skip.doc",
                 "named.md"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    got = list(iter_paths([str(tmp_path / "named.md"), str(tmp_path / "d")]))
    rel = [p.relative_to(tmp_path).as_posix() for p in got]
    assert rel == ["named.md", "d/a.txt", "d/b.txt", "d/e.pdf", "d/f.DOCX", "d/sub/c.TXT"]
