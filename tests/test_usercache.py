"""kg.usercache: values kept between runs; anything unreadable is None, an
unwritable folder is no error."""
from __future__ import annotations

import marshal
import os

import pytest

from kg import usercache


@pytest.mark.parametrize("value", [{"a": 1}, ("x", [1, 2], b"\x00"), {}, None])
def test_a_value_written_reads_back(tmp_path, value):
    p = tmp_path / "deep" / "v.marshal"
    usercache.write(p, value)
    assert usercache.read(p) == value
    assert [q.name for q in p.parent.iterdir()] == ["v.marshal"]      # no temporary file left


@pytest.mark.parametrize("content", [b"", marshal.dumps({"k": list(range(100))})[:-7], b"not marshal at all"],
                         ids=["empty", "truncated", "garbage"])
def test_what_cannot_be_read_back_is_none(tmp_path, content):
    p = tmp_path / "v.marshal"
    p.write_bytes(content)
    assert usercache.read(p) is None


def test_missing_is_none(tmp_path):
    assert usercache.read(tmp_path / "nothing.marshal") is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_no_error(tmp_path):
    tmp_path.chmod(0o500)
    try:
        usercache.write(tmp_path / "v.marshal", 1)
        assert usercache.read(tmp_path / "v.marshal") is None
    finally:
        tmp_path.chmod(0o700)


def test_a_folder_that_is_a_file_is_no_error(tmp_path):
    (tmp_path / "f").write_text("x")
    usercache.write(tmp_path / "f" / "v.marshal", 1)      # parent is a file: OSError, swallowed
    assert usercache.read(tmp_path / "f" / "v.marshal") is None


def test_the_folder_follows_xdg_cache_home(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert usercache.path("a.marshal") == tmp_path / "gongshu-kg" / "a.marshal"


def _touch(p, value, when):
    from kg import usercache as uc
    uc.write(p, value)
    os.utime(p, (when, when))


def test_a_family_keeps_only_the_files_used_last(tmp_path):
    for i in range(6):
        _touch(tmp_path / f"dict-{i}.marshal", i, 1000 + i)
    (tmp_path / "other-0.marshal").write_bytes(marshal.dumps(0))      # another family: untouched
    usercache.write(tmp_path / "dict-new.marshal", "new", family="dict-", keep=3)
    left = sorted(q.name for q in tmp_path.iterdir())
    assert left == ["dict-4.marshal", "dict-5.marshal", "dict-new.marshal", "other-0.marshal"]


def test_reading_a_file_marks_it_used(tmp_path):
    for i in range(3):
        _touch(tmp_path / f"w-{i}.marshal", i, 1000 + i)
    assert usercache.read(tmp_path / "w-0.marshal") == 0              # the oldest, now used
    usercache.write(tmp_path / "w-3.marshal", 3, family="w-", keep=2)
    assert sorted(q.name for q in tmp_path.iterdir()) == ["w-0.marshal", "w-3.marshal"]


def test_without_a_family_nothing_is_removed(tmp_path):
    for i in range(5):
        usercache.write(tmp_path / f"k-{i}.marshal", i)
    assert len(list(tmp_path.iterdir())) == 5


def test_the_segmenter_keeps_a_bounded_number_of_dictionary_files(monkeypatch, tmp_path):
    """Each virtualenv's jieba dictionary has its own key; old keys' files go."""
    from kg import segment
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    where = tmp_path / "gongshu-kg"
    where.mkdir()
    for i in range(usercache.KEEP + 3):
        _touch(where / f"jieba-tags-{i}-{i}.marshal", ("t", 1, ()), 1000 + i)
    segment._dictionary_tags.cache_clear()
    try:
        segment._dictionary_tags()
    finally:
        segment._dictionary_tags.cache_clear()
    assert len(list(where.glob("jieba-tags-*.marshal"))) == usercache.KEEP
