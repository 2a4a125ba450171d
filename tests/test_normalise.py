"""kg.normalise: column rejoining, repairs, debris and repeated passages."""
import json
from functools import cache
from pathlib import Path

import pytest

from kg.normalise import drop_repeats, normalise, repair
from kg.sentences import split_sentences

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gold"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


@cache
def raw(prefix: str) -> str:
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


@cache
def norm(prefix: str) -> str:
    return normalise(raw(prefix))


def lines(prefix: str) -> list[str]:
    return norm(prefix).split("\n")


def sentence_texts(text: str) -> set[str]:
    return {s.text for s in split_sentences("d", text)}


PREFIXES = [name[:3] for name in DOCS]


# ------------------------------------------------------------ whole corpus

@pytest.mark.parametrize("prefix", PREFIXES)
def test_one_clean_paragraph_per_line(prefix):
    for line in lines(prefix):
        assert line and line == line.strip()
    assert "**" not in norm(prefix) and "\u200b" not in norm(prefix)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_no_sentence_lost(prefix):
    """Dropping repeats keeps at least one copy of every sentence."""
    before = sentence_texts(repair(raw(prefix)))
    after = sentence_texts(norm(prefix))
    assert before - after == set()


@pytest.mark.parametrize("prefix", PREFIXES)
def test_idempotent_and_line_ending_blind(prefix):
    assert normalise(norm(prefix)) == norm(prefix)
    assert normalise(raw(prefix).replace("\n", "\r\n")) == norm(prefix)


@pytest.mark.skipif(not GOLD.is_dir(), reason="shared/eval/gold not beside the repo")
@pytest.mark.parametrize("prefix", PREFIXES)
def test_gold_evidence_survives(prefix):
    """The annotators quote the newline-stripped text; so must we be."""
    (gold,) = GOLD.glob(f"{prefix}_*.gold.json")
    flat = norm(prefix).replace("\n", "")
    missing = [r["evidence"] for r in json.loads(gold.read_text("utf-8"))["relations"]
               if r["evidence"] not in flat]
    assert missing == []


# --------------------------------------------------------- newspaper columns

@pytest.mark.parametrize("joined", [
    "纾困", "武林路女人街", "腾讯、网易、完美世界等龙头企业", "电竞文娱产业营收增长15%",
    "固定资产投资667.5亿元", "持续擦亮“运河明珠”成色。",
])
def test_000_words_rejoined_across_column_lines(joined):
    assert joined in norm("000")


def test_000_paragraphs_and_headings():
    assert "下一步，拱墅将对标党的二十大“着力扩大内需，增强消费对经济发展的基础性作用”" \
           "新要求，全力打造商圈矩阵，坚决扛起全省消费第一区担当。" in lines("000")
    for heading in ["全面学习贯彻党的二十大精神", "经济发展势头强劲", "绘就时尚繁华新篇章",
                    "京杭大运河南端标志拱宸桥"]:
        assert heading in lines("000")
    # 35 paragraphs, not 200-odd column lines nor one run-on block.
    assert 25 <= len(lines("000")) <= 45


def test_003_columns_numbers_and_debris():
    text = norm("003")
    for fixed in ["38.3%", "1.9%", "75.7亿元"]:
        assert fixed in text
    assert "下转" not in text and "38 .3" not in text
    assert lines("003")[0] == "■ 拱墅区人民政府代区长 敖煜新"     # the byline stays
    assert "二、2025年发展主要目标和政府工作安排" in lines("003")
    assert "（一）以扩大需求为导向，着力巩固高质量发展态势。" in lines("003")
    assert any(line.startswith("各位代表，以上成绩的取得，") for line in lines("003"))


# ----------------------------------------------------- pages broken mid-text

@pytest.mark.parametrize("prefix, joined", [
    ("001", "我们力争到2026年,社会消费品零售总额达到1800亿元"),
    ("002", "(八) 民生优享提质升级。高质量完成"),
    ("002", "惠及企业4200余家。"),
    ("004", "一路高歌猛进。上半年"),
    ("004", "清理小区垃圾及楼道堆积物。"),
])
def test_paragraphs_broken_by_the_page_are_rejoined(prefix, joined):
    assert joined in norm(prefix)


@pytest.mark.parametrize("prefix, heading", [
    ("001", "数说拱墅这十年"), ("001", "二是推进大运河国家文化公园建"),
    ("002", "政府工作报告"), ("002", "一、2023年工作回顾"),
    ("004", "数字经济高歌猛进"), ("004", "“微管家”构筑社区治理“共同体”"),
])
def test_headings_stay_paragraphs_of_their_own(prefix, heading):
    assert heading in lines(prefix)


# ------------------------------------------------------------ repeated text

@pytest.mark.parametrize("prefix, passage", [
    ("001", "拱墅今年1-8月实现社零总额840.24亿元"),         # whole paragraph repeated
    ("001", "过去几年,随着电商经济的突飞猛进"),              # repeated under new numbering
    ("001", "依托浙江云、杭钢云“两朵云”超大规模数据中心"),
    ("001", "过去十年,拱墅经历了新一轮大刀阔斧的城中村改造"),  # question repeated in answer
    ("002", "出台吸引和利用外资若干举措"),                    # run appended to a paragraph
    ("002", "生命健康产业蓬勃发展"),
])
def test_repeated_passages_appear_once(prefix, passage):
    assert repair(raw(prefix)).count(passage) > 1
    assert norm(prefix).count(passage) == 1


def test_partly_repeated_paragraph_keeps_its_new_part():
    assert "毛竹山100亩工业用地“破茧而出”" in norm("002")
    assert "五是回应美好生活期盼。" in lines("001")


def test_short_repeats_stay():
    text = "各位代表：\n第一段的内容。\n各位代表：\n第二段的内容。"
    assert drop_repeats(text) == text


def test_repeat_removal_never_merges_sentences():
    # Dropping the repeat would leave "?" before a digit, which does not end
    # a sentence, so "问题是什么?" would merge with "2024年再议。".
    long = "这是一句已经出现过的很长很长很长的句子。"
    text = f"{long}\n问题是什么?{long}2024年再议。"
    assert drop_repeats(text) == text


# ------------------------------------------------------------ small repairs

@pytest.mark.parametrize("before, after", [
    ("增长38 .3%", "增长38.3%"),
    ("下降1. 9%", "下降1.9%"),
    ("总额1 196.1亿元", "总额1196.1亿元"),
    ("共12 345 678元", "共12345678元"),
    ("2023 2024", "2023 2024"),
    ("1. 9月27日上午", "1. 9月27日上午"),
    ("2023 100个", "2023 100个"),
])
def test_spaced_numbers(before, after):
    assert normalise(before) == after


@pytest.mark.parametrize("before, after", [
    ("拱墅\u200b区\u200d", "拱墅区"),
    ("冯\u3000\u3000晶", "冯 晶"),
    ("拱墅\u00a0区", "拱墅 区"),
    ("“ 9月27日上午 ”，好。", "“9月27日上午”，好。"),
    ("全角，标点；保留：！", "全角，标点；保留：！"),
    ("## 各位代表：", "各位代表："),
    ("**(一) 亚运盛会精彩纷呈。**牢记嘱托。", "(一) 亚运盛会精彩纷呈。牢记嘱托。"),
    ("#话题#", "#话题#"),
])
def test_characters_and_markdown(before, after):
    assert normalise(before) == after


@pytest.mark.parametrize("debris", [
    "（下转7版）", "(上接1版)", "（紧接第2版）", "（转第3版）", "（接第 12 版）",
])
def test_page_turn_markers_dropped(debris):
    assert normalise(f"发展成果丰硕。{debris}") == "发展成果丰硕。"
    assert normalise(f"发展成果丰硕。\n\n {debris}\n\n下一段。") == "发展成果丰硕。\n下一段。"


@pytest.mark.parametrize("header", [
    "第3版", "3版：要闻", "2022年12月20日 星期二", "责任编辑：张三",
])
def test_page_headers_dropped(header):
    assert normalise(f"{header}\n\n正文。") == "正文。"


def test_blank_line_separates_paragraphs_outside_columns():
    text = "第一段说完了。\n\n第二段也说完了。\n\n\n第三段。"
    assert normalise(text) == "第一段说完了。\n第二段也说完了。\n第三段。"
