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
