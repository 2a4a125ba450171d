"""kg/recognise/sector_rows.py: the first cell of each row of a statistical table of sectors
(行业｜企业数（家）｜产值（亿元）) names an industry track; rows pooling or summing the rest do not."""
from __future__ import annotations

import pytest

from kg.model import RawDocument
from kg.normalise import to_document


def tracks_of(recogniser, text: str) -> set[str]:
    doc = to_document(RawDocument("d0.txt", "d0.txt", text, "utf-8"))
    return {m.name for m in recogniser.document_mentions(doc) if m.cls == "IndustryTrack"}


@pytest.mark.parametrize("text, want, unwanted", [
    # a header opening on the sector's label, every other label a figure: each row's first cell is a track
    ("二、分行业运行情况\n行业｜企业数（家）｜产值（亿元）｜同比增速（%）\n"
     "墨川陶瓷制品｜5｜3.2｜4.1\n星澜橡胶加工｜4｜2.6｜-1.2\n其他行业｜2｜1.1｜0.3\n合计｜11｜6.9｜2.0\n",
     {"墨川陶瓷制品", "星澜橡胶加工"}, {"其他行业", "合计"}),
    # cells parted by spaces, a figure's unit in brackets (规上企业（户）)
    ("表2 主导产业产值\n产业    产值（亿元）   增长（%）   规上企业（户）\n"
     "云溪铁合金    88.6    7.5    12\n白露碳材    20.3    12.1    5\n",
     {"云溪铁合金", "白露碳材"}, set()),
    # (near miss: a label that is no figure, a firm's column: a table of named things, not of sectors)
    ("行业｜企业名称｜产值（亿元）\n墨川陶瓷制品｜星澜窑业有限公司｜3.2\n",
     set(), {"墨川陶瓷制品"}),
])
def test_a_sector_table_names_a_track_a_row(recogniser, text, want, unwanted):
    got = tracks_of(recogniser, text)
    assert want <= got and not (unwanted & got), sorted(got)
