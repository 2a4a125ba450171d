"""kg/builder/version.py: the extractor's version follows the package's files."""
from __future__ import annotations

from kg.builder.version import _digests, extractor_version


def test_a_files_digest_follows_its_content(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    a, b = tmp_path / "a.toml", tmp_path / "b.py"
    a.write_text("x = 1\n", encoding="utf-8")
    b.write_text("y = 2\n", encoding="utf-8")
    first = dict(_digests([a, b]))
    assert (tmp_path / "cache" / "gongshu-kg" / "version-index.marshal").is_file()
    assert dict(_digests([a, b])) == first                 # from the index, unchanged
    a.write_text("x = 10\n", encoding="utf-8")
    again = dict(_digests([a, b]))
    assert again["b.py"] == first["b.py"] and again["a.toml"] != first["a.toml"]


def test_an_unreadable_index_is_computed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    f = tmp_path / "c.py"
    f.write_text("z = 3\n", encoding="utf-8")
    want = _digests([f])
    index = tmp_path / "cache" / "gongshu-kg" / "version-index.marshal"
    index.write_bytes(b"not marshal")
    assert _digests([f]) == want


def test_the_version_names_the_segmenter():
    # jieba and rjieba cut alike (tests/test_segment.py), but a cache made by one is not the other's
    assert extractor_version("jieba") != extractor_version("rjieba")
