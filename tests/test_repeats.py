"""kg.repeats: repeated passages dropped, short ones and card fields kept."""
import pytest

from kg.repeats import drop_repeats


def test_short_repeats_stay():
    text = "各位代表：\n第一段的内容。\n各位代表：\n第二段的内容。"
    assert drop_repeats(text) == text


@pytest.mark.parametrize("text, kept", [
    # two cards sharing a site: the second card's field line is its own, not a repeat
    ("项目名称：星澜电解液项目\n建设地点：青禾经开区墨川新能源电池产业园\n项目名称：白沙隔膜项目\n"
     "建设地点：青禾经开区墨川新能源电池产业园", True),
    ("建设单位：星澜新区城市建设投资集团有限公司\n项目名称：白沙隔膜项目\n建设单位：星澜新区城市建设投资集团有限公司", True),
    # (near miss: a long sentence repeated, a label's colon in it, is still a repeat)
    ("主持人：感谢各位记者朋友的到来，发布会到此结束。\n问：还有问题吗？\n主持人：感谢各位记者朋友的到来，发布会到此结束。", False),
])
def test_a_cards_field_line_is_kept_when_it_repeats(text, kept):
    assert (drop_repeats(text) == text) == kept


def test_repeat_removal_never_merges_sentences():
    # Dropping the repeat would leave "?" before a digit, which does not end
    # a sentence, so "问题是什么?" would merge with "2024年再议。".
    long = "这是一句已经出现过的很长很长很长的句子。"
    text = f"{long}\n问题是什么?{long}2024年再议。"
    assert drop_repeats(text) == text
