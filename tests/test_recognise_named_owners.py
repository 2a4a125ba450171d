"""An owner read off a name by its shape that opens with a firm its document names is that
firm (kg/recognise/named_owners.py). On INVENTED names."""
from __future__ import annotations

import pytest

from recognition import case, document


def owners_of(rec, text):
    return {(m.surface, m.name) for m in rec.document_mentions(document(text)) if m.role == "owner"}


@pytest.mark.parametrize("text, want", [
    # the firm's declared short form opens the owner the name's shape gave (…新能源)
    case("墨川客车股份有限公司（简称“墨川客车”）入驻园区。（一）墨川客车新能源物流车工厂。总投资20亿元。",
         {("墨川客车", "墨川客车股份有限公司")}, id="declared-short-form"),
])
def test_an_owner_opening_with_a_named_firm_is_that_firm(recogniser, text, want):
    assert owners_of(recogniser, text) == want
