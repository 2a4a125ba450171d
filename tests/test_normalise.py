"""kg.normalise: column rejoining, repairs, debris and repeated passages."""
import json
from functools import cache
from pathlib import Path

import pytest

from kg.normalise import normalise, repair
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


# ------------------------------------------------------------ small repairs

@pytest.mark.parametrize("before, after", [
    ("增长38 .3%", "增长38.3%"),
    ("下降1. 9%", "下降1.9%"),
    ("总额1 196.1亿元", "总额1196.1亿元"),
    ("共12 345 678元", "共12345678元"),
    ("2023 2024", "2023 2024"),
    ("1. 9月27日上午", "1. 9月27日上午"),
    ("2023 100个", "2023 100个"),
    # a space between a number and its unit
    ("建筑面积达到35 万平方米", "建筑面积达到35万平方米"),
    ("增长7 %", "增长7%"),
    ("星澜区 2023 年", "星澜区 2023 年"),
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
    # a post's emoji keep their picture, not the selector that glues them to a word
    ("🖥\ufe0f云溪算力产业加快集聚", "🖥云溪算力产业加快集聚"),
    ("1\ufe0f\u20e3星澜园区", "1星澜园区"),
    ("👍🏽点赞", "👍点赞"),
    ("☁云溪数据中心", "☁云溪数据中心"),
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
    # a notice's distribution line
    "抄送：云溪区人大常委会办公室，区政府督查室。", "（抄报：青禾市政府督查室）",
])
def test_page_headers_dropped(header):
    assert normalise(f"{header}\n\n正文。") == "正文。"


def test_a_distribution_word_inside_a_sentence_stays():
    # (near miss: 抄送 in a sentence that says what was done is text)
    text = "整改情况已抄送区政府督查室。"
    assert normalise(text) == text


def test_blank_line_separates_paragraphs_outside_columns():
    text = "第一段说完了。\n\n第二段也说完了。\n\n\n第三段。"
    assert normalise(text) == "第一段说完了。\n第二段也说完了。\n第三段。"


# ------------------------------------------- columns set without blank lines
# Invented pages in the shapes real ones come in: lines of about one width,
# paragraphs opening with an indent of two ideographic spaces, words and
# numbers broken at line ends, 。 ending a full line by chance.

I = "\u3000\u3000"
SET_COLUMN = (
    f"{I}6月3日，记者从青禾高新技术开发\n"
    "区（简称“青禾高新区”）获悉，今年前\n"
    "5个月，区内星澜产业集群实现营业收\n"
    "入超过300亿元，同比增长1\n"
    "2 .6%，全年规模有望突破800亿元。\n"
    f"{I}星澜科技、墨川网络、云栖药业等龙头\n"
    "企业牢牢占据产业链关键环节。在芯片领\n"
    "域，星澜存储持续扩产。\n")
SET_PAGE = (
    "青禾日报  2024年6月12日  星期三  第5版  经济·青禾\n\n"
    "青禾高新区“芯屏端网”集群\n规模突破900亿元\n\n"
    "本报记者 王某 通讯员 赵某\n"
    f"{I}近日，记者从青禾高新区管委会获悉，\n"
    "今年一季度园区工业总产值达到1\n"
    "86.4亿元，同比增长9.2%，其中集成电\n"
    "路产业贡献过半。园区内星澜存储二期项\n"
    "目总投资约1.5亿元，已于3月开工建设。\n"
    "生物医药组团\n"
    f"{I}云栖药业研发中心落户药谷二期，新增\n"
    "企业1. 2万家，带动上下游配套企业集聚\n"
    "发展，药谷已成为青禾的第二增长极。\n"
    "（下转第6版）\n")
SET_UNINDENTED = (
    "记者从青禾高新区获悉，今年一季度园区\n工业总产值达到186.4亿元，同比增长9.\n"
    "2%，其中集成电路产业贡献过半。\n园区内星澜存储二期项目总投资约15亿\n"
    "元，已于3月开工建设。生物医药方面，云\n栖药业研发中心落户药谷二期，新增企业\n三十家。\n")
SET_ACROSS_PAGES = (
    f"{I}近日，记者从青禾高新区管委会获悉，\n今年一季度园区工业总产值达到1\n"
    "86.4亿元，同比增长9.2%，其中集成电\n路产业贡献过半。园区内星澜存储二期项\n\n"
    "目总投资约1.5亿元，已于3月开工建设。\n"
    f"{I}云栖药业研发中心落户药谷二期，新增\n\n企业1. 2万家，带动上下游配套企业集聚\n"
    "发展，药谷已成为青禾的第二增长极。\n")
P_OUTPUT = "近日，记者从青禾高新区管委会获悉，今年一季度园区工业总产值达到186.4亿元，" \
           "同比增长9.2%，其中集成电路产业贡献过半。园区内星澜存储二期项目总投资约1.5亿元，" \
           "已于3月开工建设。"
P_PHARMA = "云栖药业研发中心落户药谷二期，新增企业1.2万家，带动上下游配套企业集聚发展，" \
           "药谷已成为青禾的第二增长极。"


@pytest.mark.parametrize("text, paragraphs", [
    (SET_COLUMN, [
        "6月3日，记者从青禾高新技术开发区（简称“青禾高新区”）获悉，今年前5个月，"
        "区内星澜产业集群实现营业收入超过300亿元，同比增长12.6%，全年规模有望突破800亿元。",
        "星澜科技、墨川网络、云栖药业等龙头企业牢牢占据产业链关键环节。在芯片领域，星澜存储持续扩产。"]),
    # masthead dropped; the two-line title, the byline and the heading apart
    (SET_PAGE, ["青禾高新区“芯屏端网”集群", "规模突破900亿元", "本报记者 王某 通讯员 赵某",
                P_OUTPUT, "生物医药组团", P_PHARMA]),
    # without indents a paragraph ends at a short line ending a sentence
    (SET_UNINDENTED, [
        "记者从青禾高新区获悉，今年一季度园区工业总产值达到186.4亿元，同比增长9.2%，"
        "其中集成电路产业贡献过半。",
        "园区内星澜存储二期项目总投资约15亿元，已于3月开工建设。生物医药方面，"
        "云栖药业研发中心落户药谷二期，新增企业三十家。"]),
    # a page whose every line is shifted right: the indent says nothing
    ("".join(f"  {line}\n" for line in SET_UNINDENTED.splitlines()),
     normalise(SET_UNINDENTED).split("\n")),
    # a blank line mid-word is a page break; after a sentence, a paragraph end
    (SET_ACROSS_PAGES, [P_OUTPUT, P_PHARMA]),
    (SET_ACROSS_PAGES.replace(f"开工建设。\n{I}", "开工建设。\n\n").replace("新增\n\n", "新增\n"),
     [P_OUTPUT, P_PHARMA]),
    # a byline right above the column, a heading inside it
    (f"■ 本报记者 王某\n{SET_COLUMN}■聚焦生物医药\n{I}云栖药业研发中心落户药谷二期，新增\n"
     "企业1. 2万家，带动上下游配套企业集聚\n发展，药谷已成为青禾的第二增长极。\n",
     ["■ 本报记者 王某"] + normalise(SET_COLUMN).split("\n") + ["■聚焦生物医药", P_PHARMA]),
])
def test_columns_set_without_blank_lines(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("text", [
    # short items without clause marks: a list, not a column
    "主要指标\n地区生产总值增长5.1%\n工业增加值增长6.3%\n固定资产投资增长8.2%\n社零总额增长4.0%",
    # one sentence a line, of one width
    "全年新增市场主体两千三百余户。\n园区规上工业产值增长百分之九。\n"
    "青禾药谷新落地生物企业四十家。\n星澜存储二期项目顺利封顶验收。",
    # a table
    "项目名称 总投资 开工时间\n星澜存储二期 15亿元 3月\n云栖药业研发中心 8亿元 5月\n墨川数据中心 20亿元 6月",
    # paragraphs already one a line, short ones among headings
    "星澜科学城：打造产业集群的“硬核”载体\n星澜科学城位于青禾市东部，规划面积约60平方公里。\n"
    "产业定位\n星澜科学城聚焦集成电路和生物医药。\n重点项目\n墨川数据中心二期已开工。\n"
    "配套服务\n人才公寓已交付。",
])
def test_lines_of_one_width_that_are_no_column_stay_apart(text):
    assert normalise(text) == text


# --------------------------------------------------- titles and headings

@pytest.mark.parametrize("text, paragraphs", [
    # a title with a colon, headings over blank lines or right above their text
    ("星澜科学城：打造世界级产业集群的“硬核”载体\n\n"
     "星澜科学城位于青禾市东部，规划面积约60平方公里，是青禾建设科技创新中心的核心承载区。\n\n"
     "产业定位\n\n星澜科学城聚焦集成电路和生物医药。\n\n重点项目\n墨川数据中心二期已开工。",
     ["星澜科学城：打造世界级产业集群的“硬核”载体",
      "星澜科学城位于青禾市东部，规划面积约60平方公里，是青禾建设科技创新中心的核心承载区。",
      "产业定位", "星澜科学城聚焦集成电路和生物医药。", "重点项目", "墨川数据中心二期已开工。"]),
    # a news title wider than a heading
    ("云溪新区举行2024年第二批重点项目集中签约 42个项目总投资386亿元\n\n"
     "5月20日，云溪新区举行2024年第二批重点项目集中签约仪式，42个项目现场签约，总投资386亿元。",
     ["云溪新区举行2024年第二批重点项目集中签约 42个项目总投资386亿元",
      "5月20日，云溪新区举行2024年第二批重点项目集中签约仪式，42个项目现场签约，总投资386亿元。"]),
    # a first-line title may have a comma
    ("稳中求进，星澜区上半年经济运行平稳\n\n上半年，星澜区地区生产总值同比增长5.8%，"
     "规模以上工业增加值增长6.1%。",
     ["稳中求进，星澜区上半年经济运行平稳",
      "上半年，星澜区地区生产总值同比增长5.8%，规模以上工业增加值增长6.1%。"]),
    # a second news item's title on the same page
    ("第一条消息到此结束。\n\n星澜存储二期项目开工 总投资超过150亿元\n\n"
     "本报讯 3月18日，星澜存储二期项目开工。",
     ["第一条消息到此结束。", "星澜存储二期项目开工 总投资超过150亿元",
      "本报讯 3月18日，星澜存储二期项目开工。"]),
])
def test_titles_end_their_paragraph(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("text, joined", [
    # cut after a clause mark, or in a line as wide as the page
    ("开篇。\n\n全区新增高新技术企业320家，墨川网络等龙头企业研发投入持续增长，我们力争到2026年,社\n\n"
     "会消费品零售总额达到900亿元。", "我们力争到2026年,社会消费品零售总额达到900亿元。"),
    ("开篇。\n\n今年以来，云栖药业研发中心\n\n落户药谷二期。", "今年以来，云栖药业研发中心落户药谷二期。"),
    # the next line is the tail of a word
    ("开篇。\n\n今年以来全区数字经济发展一路高歌猛\n\n进。上半年增长28%。", "一路高歌猛进。上半年增长28%。"),
    # a line ending in 、 or 和 continues
    ("开篇。\n\n星澜科技、墨川网络和\n\n云栖药业入选。", "星澜科技、墨川网络和云栖药业入选。"),
])
def test_sentences_cut_by_a_page_break_still_join(text, joined):
    assert joined in normalise(text) and normalise(text).count("\n") == 1


# ------------------------------------------------------------ other genres

@pytest.mark.parametrize("text, paragraphs", [
    # a press conference: each speaker's turn is a paragraph, even unpunctuated
    ("主持人：各位媒体朋友，上午好！欢迎参加今天的发布会\n"
     "青禾高新区管委会副主任：谢谢主持人。青禾高新区是首批国家级高新区之一。\n"
     "星澜日报记者：请问今年高新区在招商方面有哪些重点？\n"
     "青禾高新区管委会副主任：今年我们将围绕链主企业开展精准招商\n"
     "问：人才方面有何举措\n答：我们将共建人才公寓。",
     ["主持人：各位媒体朋友，上午好！欢迎参加今天的发布会",
      "青禾高新区管委会副主任：谢谢主持人。青禾高新区是首批国家级高新区之一。",
      "星澜日报记者：请问今年高新区在招商方面有哪些重点？",
      "青禾高新区管委会副主任：今年我们将围绕链主企业开展精准招商",
      "问：人才方面有何举措", "答：我们将共建人才公寓。"]),
    # markdown headings and numbered sections
    ("# 星澜区政府工作报告（摘要）\n\n## 一、过去一年工作回顾\n\n过去一年，全区生产总值增长6.5%。\n\n"
     "## 二、今年工作安排\n（一）全力以赴抓项目。力争完成投资1200亿元。\n"
     "（二）培育未来产业。支持星澜科技牵头组建联盟。",
     ["星澜区政府工作报告（摘要）", "一、过去一年工作回顾", "过去一年，全区生产总值增长6.5%。",
      "二、今年工作安排", "（一）全力以赴抓项目。力争完成投资1200亿元。",
      "（二）培育未来产业。支持星澜科技牵头组建联盟。"]),
    ("一、产业概况\n生物医药是园区的一号产业。\n二、链主企业与上下游\n1.创新药环节\n"
     "星澜药业带动作用明显。\n2.医疗器械环节\n墨川医疗已建成生产线。",
     ["一、产业概况", "生物医药是园区的一号产业。", "二、链主企业与上下游", "1.创新药环节",
      "星澜药业带动作用明显。", "2.医疗器械环节", "墨川医疗已建成生产线。"]),
    # a bulletin with ■ bylines
    ("■ 本报记者 王某\n星澜区召开半年度工作会议，部署下一阶段重点任务\n■ 通讯员 赵某\n"
     "云溪街道开展环境整治行动，清理楼道堆积物。\n■ 简讯\n青禾药谷新落地生物企业四十家。",
     ["■ 本报记者 王某", "星澜区召开半年度工作会议，部署下一阶段重点任务", "■ 通讯员 赵某",
      "云溪街道开展环境整治行动，清理楼道堆积物。", "■ 简讯", "青禾药谷新落地生物企业四十家。"]),
])
def test_turns_sections_and_bylines_are_paragraphs(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs
    assert normalise(normalise(text)) == normalise(text)


@pytest.mark.parametrize("masthead", [
    "青禾日报  2024年6月12日  星期三  第5版  经济·青禾",
    "第A3版 要闻 2024-06-12 星期三",
    "星澜晚报 第12版 2024年6月12日",
    "2024年6月12日星期三 星澜商报 A05",
])
def test_newspaper_mastheads_dropped(masthead):
    assert normalise(f"{masthead}\n\n正文。") == "正文。"


@pytest.mark.parametrize("line", [
    "星澜区人民政府 2024年6月12日",          # a signature: no weekday, no page
    "星澜区 2024年6月12日 召开大会",
    "2024年6月12日，星澜区第5版规划发布。",
])
def test_dated_lines_that_are_no_masthead_stay(line):
    assert normalise(f"正文。\n\n{line}") == f"正文。\n{line}"


# -- hard-wrapped text outside columns (an invented report wrapped at 12 characters) --------

_WRAPPED = ("云溪晚报　第7版\n\n"
            "　　入冬以来，云溪港区星澜物流\n"
            "园的吊机昼夜作业，集装箱堆场一\n"
            "片繁忙。园区东侧的墨川冷链中心\n"
            "二号库已于上月启用。\n"
            "　　港口物流是云溪的传统优势，\n"
            "星澜物流园则是航运企业落户最多\n"
            "的片区。今年以来，园区围绕冷链\n"
            "、跨境电商和多式联运等重点方向\n"
            "，持续完善配套服务，计划两年内\n"
            "吞吐能力提升一半，建成区域性物\n"
            "流枢纽。\n")


@pytest.mark.parametrize("paragraph", [
    "入冬以来，云溪港区星澜物流园的吊机昼夜作业，集装箱堆场一片繁忙。园区东侧的墨川冷链中心二号库已于上月启用。",
    "港口物流是云溪的传统优势，星澜物流园则是航运企业落户最多的片区。今年以来，园区围绕冷链、跨境电商和多式联运等重点方向，"
    "持续完善配套服务，计划两年内吞吐能力提升一半，建成区域性物流枢纽。",
])
def test_hard_wrapped_lines_are_joined_into_their_paragraphs(paragraph):
    assert paragraph in normalise(_WRAPPED).split("\n")


def test_lines_of_unequal_width_are_not_taken_for_wrapped_ones():
    text = "青禾高新区工作报告\n星澜科技落户青禾高新区。\n墨川网络营收增长。\n"
    assert normalise(text).split("\n") == ["青禾高新区工作报告", "星澜科技落户青禾高新区。", "墨川网络营收增长。"]


def _line(text, indented=False):
    from kg.columns import Line, width
    return Line(text, width(text), indented, False, False, False)


@pytest.mark.parametrize("a, b, want", [
    # as wide as the wrap: goes on, though it ends a sentence mid-line
    ("园区东侧的墨川冷链中心二号库已于", "上月启用，货车进出络绎不绝。", True),
    ("冷链库上月启用，吊机昼夜作业。。", "墨川冷链中心二号库的货车排起长队", True),
    # a little short, without a terminal mark: a digit or a carried-over word
    ("港口物流是云溪的传统优势产业，", "星澜物流园则是航运企业落户最多", True),
    # short and ending a sentence: the paragraph ends
    ("吞吐能力是港口发展的根。", "云溪港区的墨川冷链中心二号库内", False),
    # the next line is indented: a new paragraph
    ("园区东侧的墨川冷链中心二号库已于", "上月启用，货车进出络绎不绝。", None),
])
def test_a_wrapped_line_goes_on_into_the_next(a, b, want):
    from kg.paragraphs import _wrapped
    if want is None:
        assert not _wrapped(_line(a), _line(b, indented=True), 16.0)
    else:
        assert _wrapped(_line(a), _line(b), 16.0) is want


@pytest.mark.parametrize("a, want", [
    # a mark that may not start a line hangs one past the wrap
    ("园区东侧的墨川冷链中心二号库已于，", True),
    ("园区东侧的墨川冷链中心二号库已于上", False),
    ("园区东侧的墨川冷链中心二号库已于上，", False),
])
def test_a_hung_mark_stands_past_the_wrap(a, want):
    from kg.paragraphs import _layout, _wrapped
    assert _wrapped(_line(a), _line("月启用，货车进出络绎不绝。"), 16.0, _layout().no_line_start) is want


def test_the_wrap_is_as_wide_as_its_lines_of_chinese_only():
    from kg.paragraphs import _layout, _wrap_width
    # most lines have a digit in them (half a character narrower)
    lines = [_line("园区东侧的墨川冷链中心2号库已")] * 9 + [_line("园区东侧的墨川冷链中心二号库已")] * 4
    assert _wrap_width(lines, _layout()) == 15.0
    assert _wrap_width(lines[:9] + lines[-1:], _layout()) == 14.5


def test_the_wrap_width_is_the_width_most_lines_share():
    from kg.paragraphs import _layout, _wrap_width
    wrapped = [_line("园区东侧的墨川冷链中心二号库已于")] * 9 + [_line("吞吐能力是港口发展的根。")]
    assert _wrap_width(wrapped, _layout()) == 16.0
    varied = [_line("青禾" * n) for n in range(5, 15)]
    assert _wrap_width(varied, _layout()) is None


# -- page numbers of a printed or PDF page, between the lines of a broken sentence -----------

_PAGED = ("　　今年以来，青禾经开区围绕新材\n"
          "料和智能装备两条主线招商，墨川\n"
          "{page}\n"
          "精工智能装备产业园一期已经投产\n"
          "，星澜新材年产五万吨项目进入设\n"
          "备调试阶段。\n")


@pytest.mark.parametrize("page", ["- 2 -", "—2—", "－ 12 －", "第2页", "第 2 页 共 5 页", "共5页 第2页", "2/5"])
def test_page_numbers_between_wrapped_lines_are_dropped(page):
    assert normalise(_PAGED.format(page=page)) == (
        "今年以来，青禾经开区围绕新材料和智能装备两条主线招商，墨川精工智能装备产业园一期已经投产，"
        "星澜新材年产五万吨项目进入设备调试阶段。")


@pytest.mark.parametrize("line", ["2023-2024", "第2页显示，星澜新材的产能翻番。", "1/5的企业完成改造。"])
def test_lines_like_page_numbers_stay(line):
    assert normalise(f"正文。\n\n{line}") == f"正文。\n{line}"


# -- a district paper's masthead names its organiser: that field stays ------------------------

@pytest.mark.parametrize("masthead, kept", [
    ("中共星澜市青禾区委主办    2024年6月12日  星期三    第1186期    今日4版", "中共星澜市青禾区委主办"),
    ("青禾新闻 青禾区融媒体中心出版 2024年6月12日 星期三 第3版", "青禾区融媒体中心出版"),
    # a long organiser's name is no reason to keep the date and the page
    ("中共星澜市青禾新区工作委员会主办 2024-06-12 星期三 A2", "中共星澜市青禾新区工作委员会主办"),
    ("青禾日报  2024年6月12日  星期三  第5版  经济·青禾", None),
])
def test_a_mastheads_organiser_stays(masthead, kept):
    text = f"青禾新闻\n{masthead}\n\n星澜科技在青禾区落地研发中心，总投资三亿元。"
    assert normalise(text).split("\n") == ["青禾新闻"] + ([kept] if kept else []) + ["星澜科技在青禾区落地研发中心，总投资三亿元。"]


def test_a_mastheads_organiser_is_no_title_and_its_date_counts(tmp_path):
    from kg.read import read_document
    path = tmp_path / "p.txt"
    path.write_text("中共星澜市青禾区委主办  2024年6月12日  星期三  第2版\n\n青禾区新添两家研发中心\n", "utf-8")
    doc = read_document(path)
    assert (doc.title, doc.date) == ("青禾区新添两家研发中心", "2024-06-12")


# -- list items, box labels and photo credits are paragraphs of their own -----------------------

@pytest.mark.parametrize("marks", [
    ("1）", "2）", "3）"), ("(1)", "(2)", "(3)"), ("（1）", "（2）", "（3）"), ("①", "②", "③"),
    ("一是", "二是", "三是"), ("第一，", "第二，", "第三，"), ("△", "△", "△"), ("- ", "- ", "- "),
    ("· ", "· ", "· "),
])
def test_list_items_stay_apart(marks):
    items = ["星澜精工智能装备基地，总投资6亿元", "墨川云算力中心，总投资9亿元", "青禾药谷三期，总投资4亿元"]
    text = "本次签约项目包括：\n" + "\n".join(m + item for m, item in zip(marks, items))
    assert normalise(text).split("\n") == ["本次签约项目包括："] + [m + item for m, item in zip(marks, items)]


@pytest.mark.parametrize("text, paragraphs", [
    ("【链接】\n墨川云成立于2016年。", ["【链接】", "墨川云成立于2016年。"]),
    ("【园区动态】\n简讯。", ["【园区动态】", "简讯。"]),
    # a class's label, lettered or counted in brackets, opens a field line of its own
    ("A类（2家）：星澜精工有限公司、墨川材料有限公司\n\nB类（1家）：白露陶瓷有限公司\n\nC类、D类：无\n\n备注：无",
     ["A类（2家）：星澜精工有限公司、墨川材料有限公司", "B类（1家）：白露陶瓷有限公司", "C类、D类：无", "备注：无"]),
    # a lettered zone's heading with a note in brackets (a map's legend): the comma in the note
    # does not run the heading on into its first field line
    ("【B区】墨川装备产业园（浅蓝色，图幅东北）\n区位：白露镇东部。", ["【B区】墨川装备产业园（浅蓝色，图幅东北）", "区位：白露镇东部。"]),
    # (near misses: a note-less box line with a comma runs on; a label with text after the note too)
    ("【编者按】近年来，星澜区\n大力发展装备制造。", ["【编者按】近年来，星澜区大力发展装备制造。"]),
    ("【B区】墨川装备产业园（浅蓝色，东北）位于\n白露镇东部。", ["【B区】墨川装备产业园（浅蓝色，东北）位于白露镇东部。"]),
    ("图为星澜精工的装配车间。 记者 周某 摄\n青禾药谷三期封顶。", ["图为星澜精工的装配车间。 记者 周某 摄", "青禾药谷三期封顶。"]),
    # an editor's credit in brackets is debris like one without
    ("青禾药谷三期封顶。\n（责任编辑：周某）\n下一篇说墨川云。", ["青禾药谷三期封顶。", "下一篇说墨川云。"]),
])
def test_box_labels_and_credits_end_their_line(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs


# -- inside a block of column lines, a line that had room for more ends its paragraph ---------
# Invented pages set in a column 16 characters wide, without blank lines.

_BODY = ("智能装备是星澜区的主导产业之一，\n"
         "全区已集聚规上装备企业一百二十余\n"
         "家，形成了整机、核心部件和系统集\n"
         "成三个环节齐全的产业链条，产业规\n"
         "模突破六百亿元，占全区工业的四成\n"
         "以上。\n")
_BODY_TEXT = ("智能装备是星澜区的主导产业之一，全区已集聚规上装备企业一百二十余家，形成了整机、"
              "核心部件和系统集成三个环节齐全的产业链条，产业规模突破六百亿元，占全区工业的四成以上。")


@pytest.mark.parametrize("above, paragraphs", [
    # a title three characters short of the column, a heading five
    ("星澜区智能装备产业调研报告\n一、产业链总体情况良好\n",
     ["星澜区智能装备产业调研报告", "一、产业链总体情况良好"]),
    # a heading one character short, as long as the next line's first word
    ("二、链主企业的带动作用很明显\n", ["二、链主企业的带动作用很明显"]),
    # a title wider than the column (and no column line) right above it
    ("星澜区智能装备产业调研报告：链主带动，集群成势\n", ["星澜区智能装备产业调研报告：链主带动，集群成势"]),
    # a title a little wider than the column, a mark hung past its edge is one character only
    ("星澜区精密仪器产业链成长情况调研报告\n", ["星澜区精密仪器产业链成长情况调研报告"]),
])
def test_titles_and_headings_in_a_column_block_end_there(above, paragraphs):
    assert normalise(above + _BODY).split("\n") == paragraphs + [_BODY_TEXT]


@pytest.mark.parametrize("text, paragraphs", [
    # the fields above a transcript
    ("时间：2024年5月8日上午10:00\n地点：星澜区政府新闻发布厅\n主持人：感谢各位来到发布现场！\n",
     ["时间：2024年5月8日上午10:00", "地点：星澜区政府新闻发布厅", "主持人：感谢各位来到发布现场！"]),
    # a card's numbered first line and the field under it (2．项目名称：X / 建设地点：Y)
    ("招商项目\n\n2．项目名称：青禾冷链物流中心\n建设地点：白沙街道\n总投资：12亿元\n",
     ["招商项目", "2．项目名称：青禾冷链物流中心", "建设地点：白沙街道", "总投资：12亿元"]),
    # a card numbered after its word (项目2：X) under the last field of the card above it
    ("招商项目\n\n联系单位：青禾区投资促进局\n\n项目2：星澜冷链物流中心\n建设地点：白沙街道\n",
     ["招商项目", "联系单位：青禾区投资促进局", "项目2：星澜冷链物流中心", "建设地点：白沙街道"]),
    # a label spaced out to the others' width (地　　址：, 联 系 人：) is a field too
    ("联系方式\n\n建设单位：青禾新材料有限公司\n地　　址：白沙街道星澜路18号\n联 系 人：张工\n",
     ["联系方式", "建设单位：青禾新材料有限公司", "地 址：白沙街道星澜路18号", "联 系 人：张工"]),
    # a firm's card: its numbered heading, long, a note in brackets, apart from its first field; a
    # label of two fields one line holds (用地/厂房：)
    ("入驻企业公示\n\n3. 星澜精密轴承制造有限公司（青禾控股集团有限公司全资子公司）\n注册地：云溪市白露区\n"
     "入驻项目：年产5万台星澜轴承项目，总投资2亿元\n用地/厂房：租赁南区通用厂房3号楼\n",
     ["入驻企业公示", "3. 星澜精密轴承制造有限公司（青禾控股集团有限公司全资子公司）", "注册地：云溪市白露区",
      "入驻项目：年产5万台星澜轴承项目，总投资2亿元", "用地/厂房：租赁南区通用厂房3号楼"]),
    # a firm's card: a field under a field, labelled with a year's figure (2025年进出口额：N)
    ("外贸企业名录\n\n5.星澜白露茶业有限公司\n母公司：青禾茶业集团有限公司\n2025年进出口额：760万美元\n"
     "2024年度营业收入：3.2亿元\n",
     ["外贸企业名录", "5.星澜白露茶业有限公司", "母公司：青禾茶业集团有限公司", "2025年进出口额：760万美元",
      "2024年度营业收入：3.2亿元"]),
    # a brand's card: a label of two fields joined by a word (传承工坊及项目：), apart from the fields around it
    ("老字号名单\n\n经营网点：星澜酱园老店（白沙镇）\n传承工坊及项目：星澜酱菜工坊（白露街道）\n品牌简介：始创于清代\n",
     ["老字号名单", "经营网点：星澜酱园老店（白沙镇）", "传承工坊及项目：星澜酱菜工坊（白露街道）", "品牌简介：始创于清代"]),
    # (near miss: running text cut by the page before words joined by 及 and a colon runs on)
    ("老字号名单\n\n本批认定品牌涵盖餐饮、中药，其代表\n门店及工坊分布如下：白沙镇、白露街道\n",
     ["老字号名单", "本批认定品牌涵盖餐饮、中药，其代表门店及工坊分布如下：白沙镇、白露街道"]),
    # (near miss: a line of running text cut by the page runs on into a year's figure)
    ("外贸企业名录\n\n星澜白露茶业有限公司近年出口增长较快，其\n2025年进出口额：760万美元\n",
     ["外贸企业名录", "星澜白露茶业有限公司近年出口增长较快，其2025年进出口额：760万美元"]),
    # (near miss: a numbered line of running text, a clause in it, runs on into a line opening as a label)
    ("入驻企业公示\n\n3. 园区今年引进星澜精密轴承制造有限公司等龙头企业，其中\n星澜公司：年产5万台\n",
     ["入驻企业公示", "3. 园区今年引进星澜精密轴承制造有限公司等龙头企业，其中星澜公司：年产5万台"]),
    # (near miss: a numbered line of running text cut by the page still runs on)
    ("招商项目\n\n2．项目背景：星澜产业园已引进青禾新材料、\n白沙精工等企业十余家。\n",
     ["招商项目", "2．项目背景：星澜产业园已引进青禾新材料、白沙精工等企业十余家。"]),
])
def test_fields_of_a_notice_stay_apart(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs


@pytest.mark.parametrize("text, paragraphs", [
    # a hard-wrapped line of running text that stops mid-word goes on, however short the next
    # (a province's name cut by the wrap: 广|西, not a heading 西星澜新材料有限公司、…)
    ("星澜港区新闻\n\n星澜港区加快发展。园区依托星澜炼化，已吸引广\n西墨川新材料有限公司、星澜宏达化工有限公司等\n化工企业入驻，石化产业正由一油独大向油化并举转变。\n",
     ["星澜港区新闻", "星澜港区加快发展。园区依托星澜炼化，已吸引广西墨川新材料有限公司、星澜宏达化工有限公司等化工企业入驻，石化产业正由一油独大向油化并举转变。"]),
    # (near miss: a card's field line, a label's colon inside, is no running text)
    ("投资额：8.2亿元\n星澜港区是全市的首位产业基地\n", ["投资额：8.2亿元", "星澜港区是全市的首位产业基地"]),
])
def test_running_text_cut_mid_word_goes_on(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs


@pytest.mark.parametrize("text, paragraphs", [
    # a table's rows, cells parted by tabs or wide spaces: a row never runs on into the next
    ("项目名称\t建设单位\t总投资\n星澜轴承项目\t墨川精工有限公司\t12亿元\n青禾冷链中心\t星澜物流集团\t3亿元\n",
     ["项目名称 建设单位 总投资", "星澜轴承项目 墨川精工有限公司 12亿元", "青禾冷链中心 星澜物流集团 3亿元"]),
    # ... long rows, as wide as a line of text, too
    ("项目名称\t建设地点\t建设单位\t计划投资\n青禾年产5万吨锂电隔膜项目\t宏远园区\t墨川青禾新材料科技有限公司\t38亿元\n"
     "星澜智能装备扩产项目\t墨川工业园\t星澜石油装备公司\t12亿元\n",
     ["项目名称 建设地点 建设单位 计划投资", "青禾年产5万吨锂电隔膜项目 宏远园区 墨川青禾新材料科技有限公司 38亿元",
      "星澜智能装备扩产项目 墨川工业园 星澜石油装备公司 12亿元"]),
    ("序号　项目名称　建设地点\n1　星澜轴承项目　青禾镇\n2　青禾冷链中心　白沙街道\n",
     ["序号 项目名称 建设地点", "1 星澜轴承项目 青禾镇", "2 青禾冷链中心 白沙街道"]),
    # cells parted by bars (a cell may hold commas): each row a paragraph
    ("序号｜项目名称｜建设内容\n1｜星澜轴承项目｜新建厂房，购置设备\n2｜青禾冷链中心｜新建冷库\n",
     ["序号｜项目名称｜建设内容", "1｜星澜轴承项目｜新建厂房，购置设备", "2｜青禾冷链中心｜新建冷库"]),
    # a numbered row whose last cell, a description, holds a clause mark is a row still
    ("序号  公司名称  地址  主要产品\n1  星澜精密轴承制造有限公司  青禾区白露镇  精密轴承、数控刀具及精密模具制品\n"
     "2  墨川米业有限公司  青禾区云溪镇  粳稻加工，“墨川”品牌大米\n3  星澜乳业有限公司  白露镇  鲜奶\n",
     ["序号 公司名称 地址 主要产品", "1 星澜精密轴承制造有限公司 青禾区白露镇 精密轴承、数控刀具及精密模具制品",
      "2 墨川米业有限公司 青禾区云溪镇 粳稻加工，“墨川”品牌大米", "3 星澜乳业有限公司 白露镇 鲜奶"]),
    # (near miss: a sentence broken by the page, a clause mark in it, still runs on)
    ("星澜区今年新开工项目 32个，其中 工业项目\n18个，总投资 56亿元。\n",
     ["星澜区今年新开工项目 32个，其中 工业项目18个，总投资 56亿元。"]),
    # (near miss: a numbered line that ends a sentence is no row: it runs on as it did)
    ("1 星澜精工 青禾镇 投产，年产\n轴承3万套。\n", ["1 星澜精工 青禾镇 投产，年产轴承3万套。"]),
])
def test_rows_of_a_printed_table_stay_apart(text, paragraphs):
    assert normalise(text).split("\n") == paragraphs


@pytest.mark.parametrize("text, joined", [
    # wrapped at 16 characters, a digit counting one: lines with digits are narrower, yet full
    ("本报讯 3月2日，星澜区2024年首批\n重点工程集体签约，共签约工程12\n个，总投资达到186亿元，涵盖智能装\n"
     "备、新材料等领域。其中墨川精工智能\n产业园二期总投资62亿元，青禾机器人\n总部项目总投资28亿元。\n",
     "本报讯 3月2日，星澜区2024年首批重点工程集体签约，共签约工程12个，总投资达到186亿元，涵盖智能装备、"
     "新材料等领域。其中墨川精工智能产业园二期总投资62亿元，青禾机器人总部项目总投资28亿元。"),
    # a line of bold text was as wide as the others before its marks were removed
    ("**智能装备是星澜区的主**导产业之一，\n" + _BODY.split("\n", 1)[1], _BODY_TEXT),
    # an indented first line is two characters narrower
    ("\u3000\u3000智能装备是星澜区的主导产业之\n一，全区已集聚规上装备企业一百二十\n余家，形成了整机、核心部件和系统集\n"
     "成三个环节齐全的产业链条，产业规模\n突破六百亿元，占全区工业的四成以上\n。\n",
     "智能装备是星澜区的主导产业之一，全区已集聚规上装备企业一百二十余家，形成了整机、"
     "核心部件和系统集成三个环节齐全的产业链条，产业规模突破六百亿元，占全区工业的四成以上。"),
])
def test_full_column_lines_still_join(text, joined):
    assert normalise(text) == joined


# -- a PDF's running head, repeated on each page, where a sentence is broken by the page -------

_RUNNING = ("云溪区科技创新工作报告\n"
            "　　今年以来，云溪区新认定高新技术企业八十家，星澜光\n"
            "电、墨川微纳等企业的研发中心相继建成，青禾新材的中试\n"
            "云溪区科技创新工作报告\n"
            "- 2 -\n"
            "基地投入使用，带动上下游企业集聚发展，全区科技型企业\n"
            "总数再创新高，全年技术合同成交额增长三成以上，其中星\n"
            "云溪区科技创新工作报告\n"
            "- 3 -\n"
            "澜光电的新型传感器项目已进入量产。\n")


def test_a_running_head_between_the_lines_of_a_sentence_is_dropped():
    assert normalise(_RUNNING).split("\n") == [
        "云溪区科技创新工作报告",
        "今年以来，云溪区新认定高新技术企业八十家，星澜光电、墨川微纳等企业的研发中心相继建成，"
        "青禾新材的中试基地投入使用，带动上下游企业集聚发展，全区科技型企业总数再创新高，"
        "全年技术合同成交额增长三成以上，其中星澜光电的新型传感器项目已进入量产。"]


def test_lines_a_narrow_column_repeats_are_no_running_heads():
    # a passage said twice, and a fragment of a name that two column lines share
    column = ("　　星澜光电、墨川微纳等企\n业的研发中心相继建成，青\n禾新材的中试基地已经投入\n使用。\n")
    text = column + column + "　　今年云溪区新落地的墨川\n微纳传感器项目、青禾新材\n中试基地均已投用。\n"
    assert "青禾新材" in normalise(text).split("\n")[-1]
    assert normalise(text).count("星澜光电") == 1          # the repeat dropped as a whole (drop_repeats)


@pytest.mark.parametrize("text", [
    # a heading the text repeats after whole sentences stays
    "【链接】\n云溪区新认定高新技术企业八十家。\n【链接】\n星澜光电的研发中心建成。",
    # a line said once stays, even after a broken sentence
    "今年以来，云溪区新认定企业八十家，其中\n云溪区科技创新工作报告\n星澜光电的研发中心建成。",
])
def test_repeated_headings_and_lines_said_once_stay(text):
    assert "云溪区科技创新工作报告" not in text or "云溪区科技创新工作报告" in normalise(text)
    assert normalise(text).count("【链接】") == text.count("【链接】")


# -- a page of two news items set in one column, without blank lines ---------------------------
# wrapped at 16 characters, a digit counting one (as a plain-text copy of a page is)

_TWO_ITEMS = ("星澜日报  2025年3月6日  星期四  第3版  经济\n"
              "墨川经开区一季度新签约项目十二个\n"
              "本报记者 周某\n"
              "　　3月5日，墨川经开区举办首批\n"
              "重大工程集体签约仪式，12个工程\n"
              "当场签约，总投资96亿元。其中，\n"
              "星澜光电新型显示模组工程总投资3\n"
              "2亿元，将落户滨河工业园；青禾新\n"
              "材高性能薄膜工程总投资18亿元，\n"
              "建成后可年产光学薄膜五千吨。\n"
              "　　据介绍，经开区今年已引进超亿\n"
              "元工程25个。\n"
              "云溪街道老旧小区改造惠及两千户\n"
              "本报讯（通讯员 林某）今年以来，\n"
              "云溪街道完成柳岸社区、南桥社区等\n"
              "9个老旧小区改造，惠及居民200\n"
              "0余户。\n")


def test_two_news_items_in_one_column():
    assert normalise(_TWO_ITEMS).split("\n") == [
        "墨川经开区一季度新签约项目十二个",
        "本报记者 周某",
        "3月5日，墨川经开区举办首批重大工程集体签约仪式，12个工程当场签约，总投资96亿元。其中，星澜光电"
        "新型显示模组工程总投资32亿元，将落户滨河工业园；青禾新材高性能薄膜工程总投资18亿元，建成后可年产光学薄膜五千吨。",
        "据介绍，经开区今年已引进超亿元工程25个。",
        "云溪街道老旧小区改造惠及两千户",
        "本报讯（通讯员 林某）今年以来，云溪街道完成柳岸社区、南桥社区等9个老旧小区改造，惠及居民2000余户。"]


@pytest.mark.parametrize("byline", ["本报记者 周某", "记者 周某 通讯员 林某", "■ 本报记者 周某 实习生 罗某"])
def test_a_byline_is_a_paragraph_of_its_own(byline):
    column = ("星澜光电的新型显示模组项目总投\n资三十二亿元，将落户滨河工业园\n，建成后可年产显示模组五百万片\n。\n")
    assert normalise(f"墨川经开区新签约项目十二个\n{byline}\n{column}").split("\n")[:2] == [
        "墨川经开区新签约项目十二个", byline]


def test_the_count_a_column_is_wrapped_at():
    from kg.columns import Line, width
    from kg.paragraphs import _counted

    def column(texts):
        return [Line(t, width(t), False, False, False, False, column=True, column_width=15.0) for t in texts]
    # 16 characters each, digits or not: counted
    assert _counted(column(["园" * 14 + "12", "园" * 13 + "123", "园" * 12 + "2024", "园" * 15 + "9"])) == {15.0: 16}
    # 14 wide each (or half a character less), whatever the count: measured
    assert _counted(column(["园" * 13 + "12", "园" * 13 + "3", "园" * 12 + "2024", "园" * 11 + "123456"])) == {}


def test_a_heading_alone_between_blank_lines_in_a_column_page():
    # paragraphs and headings apart by blank lines, a heading three characters short of the column
    text = ("三、当前存在的主要问题和对策\n\n" + _BODY + "\n四、下一步工作的建议和要点\n\n"
            "墨川精工、青禾机器人等龙头企业引\n领作用突出，墨川精工智能产业园一\n期已经投产，二期正在加快建设中。\n")
    assert normalise(text).split("\n") == [
        "三、当前存在的主要问题和对策", _BODY_TEXT, "四、下一步工作的建议和要点",
        "墨川精工、青禾机器人等龙头企业引领作用突出，墨川精工智能产业园一期已经投产，二期正在加快建设中。"]


def test_list_items_in_a_column_start_paragraphs_after_a_full_line():
    intro = ("本次集中签约的重点工程共有三个，分别落户滨河工业园、云溪街道和青禾药谷，"
             "涵盖新型显示、新材料和生物医药等领域，具体情况如下：")
    items = ["①星澜光电显示模组工程，总投资三十二亿元，落户滨河园东侧新区块；",
             "②青禾新材薄膜工程，总投资十八亿元，选址云溪街道东侧原纺织厂；",
             "③墨川生物制剂基地二期，总投资九亿元，年内开工。"]
    # set 16 characters a line: the first item's last line is full
    text = "".join(t[i:i + 16] + "\n" for t in [intro] + items for i in range(0, len(t), 16))
    assert normalise(text).split("\n") == [intro] + items


@pytest.mark.parametrize("title", [
    "星澜区2025年精密仪器产业工作报告摘要",   # the next line's 2024 would not have fitted
    "星澜区精密仪器产业链发展研究报告（节选）",  # a bracket hung past the column
])
def test_the_documents_first_line_in_a_column_is_its_title(title):
    body = ("2024年，星澜区精密仪器产业实现产值三百\n亿元，墨川精工、青禾机器人等龙头企业引\n"
            "领作用突出，墨川精工智能产业园一期已经\n投产，二期正在加快建设，全区规上企业达\n到一百二十家。\n")
    assert normalise(f"{title}\n{body}").split("\n")[0] == title


@pytest.mark.parametrize("dateline", ["青禾新闻网3月2日讯 墨川数据中心开工。", "新华社云溪6月1日电 墨川数据中心开工。"])
def test_a_dateline_starts_a_paragraph(dateline):
    text = f"星澜科技落户青禾区，总投资五亿元，建设智能工厂\n{dateline}"
    assert normalise(text).split("\n") == ["星澜科技落户青禾区，总投资五亿元，建设智能工厂", dateline]


def test_an_indent_starts_a_paragraph_outside_columns():
    # lines wider than a column; an indent, which few lines have, opens a paragraph
    text = ("星澜区工程建设新闻发布会\n时间：2025年3月1日上午\n"
            "出席：星澜区融媒体中心新闻发布科负责同志墨川，区发展改革局负责同志青禾\n"
            "　　墨川：各位媒体朋友，欢迎参加今天的发布会。今天我们请到区发展改革局的负责同志。\n"
            "　　青禾：谢谢主持人。今年以来，星澜区新签约亿元以上的工程二十个，总投资三百亿元。\n")
    assert normalise(text).split("\n") == [
        "星澜区工程建设新闻发布会", "时间：2025年3月1日上午",
        "出席：星澜区融媒体中心新闻发布科负责同志墨川，区发展改革局负责同志青禾",
        "墨川：各位媒体朋友，欢迎参加今天的发布会。今天我们请到区发展改革局的负责同志。",
        "青禾：谢谢主持人。今年以来，星澜区新签约亿元以上的工程二十个，总投资三百亿元。"]


@pytest.mark.parametrize("text, want", [
    # a numbered section heading stopping short is a paragraph of its own,
    # even with clause marks inside: the next sentence keeps its subject
    ("星澜区投资指南\n二、发展基础：智造领跑，两翼齐飞\n星澜区是青禾市的中心城区，面积约80平方公里。\n",
     ["星澜区投资指南", "二、发展基础：智造领跑，两翼齐飞", "星澜区是青禾市的中心城区，面积约80平方公里。"]),
    ("（三）墨川片区：一座港口新城\n墨川片区地处云溪江口。\n",
     ["（三）墨川片区：一座港口新城", "墨川片区地处云溪江口。"]),
    # the fields of a project card are one paragraph each
    ("●云溪冷链物流中心\n业主：星澜物流集团有限公司\n地点：白沙街道\n总投资：8.5亿元\n建设内容：新建冷库。\n",
     ["●云溪冷链物流中心", "业主：星澜物流集团有限公司", "地点：白沙街道", "总投资：8.5亿元", "建设内容：新建冷库。"]),
    ("项目名称：墨川港区三期\n建设单位：青禾港务集团\n",
     ["项目名称：墨川港区三期", "建设单位：青禾港务集团"]),
])
def test_headings_and_card_fields_end_their_paragraphs(text, want):
    assert normalise(text).split("\n") == want


_CARD = ["项目1：星澜精密轴承生产项目", "建设地点：青禾智造产业园，白露镇", "所属产业：墨川装备（精密部件）",
         "总投资：8.5亿元", "合作方式：独资或合资", "联系单位：青禾经开区投资促进局"]


@pytest.mark.parametrize("lines, want", [
    # a brochure's cards, their short lines set as a column's would be: each field line is a
    # paragraph, the card's numbered first line (项目2：X) and the next section's heading too
    (["云溪经开区招商项目推介", ""] + _CARD + ["项目2：白露冷链物流中心项目", "建设地点：白露镇", "总投资：3.2亿元",
                                       "联系单位：白露镇人民政府", "二、绿色食品类", "项目3：云溪果汁饮品加工项目",
                                       "建设地点：云溪食品产业园，墨川镇", "建设内容：新建果汁生产线、冷库及",
                                       "配套用房。", "总投资：1.9亿元"],
     ["云溪经开区招商项目推介"] + _CARD + ["项目2：白露冷链物流中心项目", "建设地点：白露镇", "总投资：3.2亿元",
                                    "联系单位：白露镇人民政府", "二、绿色食品类", "项目3：云溪果汁饮品加工项目",
                                    "建设地点：云溪食品产业园，墨川镇",
                                    # (near miss: a field's value the line cut runs on into the next)
                                    "建设内容：新建果汁生产线、冷库及配套用房。", "总投资：1.9亿元"]),
])
def test_a_brochures_cards_in_short_lines_stay_apart(lines, want):
    assert normalise("\n".join(lines) + "\n").split("\n") == want


def test_a_line_run_over_the_column_in_mid_paragraph_is_no_title():
    tail = ("云溪港区的吊机昼夜作业，码头一片繁忙，集装箱堆场的货车排起长队，货物进出络绎不绝，港口吞吐量"
            "持续攀升，全年有望突破三百万标箱，冷链、跨境电商等新业态加快集聚，港城融合发展的格局日渐清晰。")
    # a column 18 wide; its second line runs far over
    body = ["　　星澜港区今年新开通集装箱航线六条，",
            "墨川物流、青禾国际物流等本土物流企业联合组建“航线联盟”，整合全国航线",
            "120余条，实现“一箱到底、全程可溯”。",
            "　　" + tail[:16]] + [tail[i:i + 18] for i in range(16, len(tail), 18)]
    assert normalise("星澜港区物流观察\n\n" + "\n".join(body) + "\n").split("\n")[1] == (
        "星澜港区今年新开通集装箱航线六条，墨川物流、青禾国际物流等本土物流企业联合组建“航线联盟”，"
        "整合全国航线120余条，实现“一箱到底、全程可溯”。")


@pytest.mark.parametrize("a, goes_on", [
    # an indented first line with a byline's spaces fills the column: it goes on
    ("本报讯（记者 张青禾 通讯员 李云溪 王星澜）5月8日上", True),
    # a short line without marks is a heading
    ("星澜港区集中开工", False),
])
def test_an_indented_full_column_line_is_no_heading(a, goes_on):
    from kg.columns import Line, width
    from kg.paragraphs import _continues, _layout
    line = Line(a, width(a), True, False, False, False, column=True, column_width=29.0)
    b = "午，星澜港区年中一批工业项目同步动工仪式在云溪镇举行"
    nxt = Line(b, width(b), False, False, False, False, column=True, column_width=29.0)
    assert _continues([line], nxt, _layout()) is goes_on
