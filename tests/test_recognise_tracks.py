"""Track names (kg/recognise/tracks.py, track_words.py; rules.toml [track]) and the words
around them, on track names no list need hold (星空材料, 云端服务 …) and a few
the lexicon knows where the rule depends on one."""
from __future__ import annotations

import pytest

from recognition import case, check

T, PL = "IndustryTrack", "Platform"
E, PLACE = "Enterprise", "Place"


@pytest.mark.parametrize("text, want", [
    # <T>产业, <T>赛道, <T>产业链, <T>产业集群
    case("发展青禾健康产业", {"青禾健康": T}, id="chanye"),
    case("抢占星空材料赛道", {"星空材料": T}, id="saidao"),
    case("打造星空材料产业集群", {"星空材料": T}, id="chanyejiqun"),
    # a noun before a track the lexicon knows with its suffix (纸浆|新材料产业): one longer track
    case("重点发展纸浆新材料产业。", {"纸浆新材料": T}, id="noun-before-known-track-with-suffix"),
    case("大力发展渔港物流产业。", {"渔港物流": T}, id="noun-before-known-track-with-suffix-2"),
    # (not a word that is no noun: the known track alone)
    case("推动全区新材料产业发展。", {"新材料": T}, id="generic-before-known-track-with-suffix"),
    case("本区新材料产业规模扩大。", {"新材料": T}, id="district-word-before-known-track-with-suffix"),
    # a place before a track says whose it is, no word of it (墨川县|生态铝产业)
    case("是墨川县生态铝产业的骨干企业。", {"生态铝": T}, id="county-before-track"),
    case("云溪市星空材料产业发展迅速。", {"星空材料": T}, id="city-before-track"),
    case("推动青禾县新能源汽车产业集聚。", {"青禾县": "Place", "新能源汽车": T}, id="county-before-track-jieba-keeps-whole"),
    # a count before a track is no word of it
    case("培育三大星空材料产业", {"星空材料": T}, id="sanda"),
    case("培育两大云端服务产业", {"云端服务": T}, id="liangda"),
    case("壮大三大星空材料产业链", {"星空材料": T}, id="sanda-chanyelian"),
    case("打造“三大星空材料产业”", {"星空材料": T}, id="sanda-quoted"),
    case("打造三大智能网联产业", {"智能网联": T}, id="sanda-2"),
    # (jieba cuts 两|大星|链: the count's 两 stays with 大星, kg/recognise/edge_chars.py, and the
    # count 两大 is then cut off as a whole)
    case("打造两大星链通信产业", {"星链通信": T}, id="count-glued-by-jieba"),
    # 新一代 is a word of track names
    case("发展新一代智能网联产业", {"新一代智能网联": T}, id="xinyidai"),
    case("发展新一代信息技术产业", {"新一代信息技术": T}, id="xinyidai-known"),
    case("发展新一代产业", {}, id="xinyidai-alone",
         xfail="新一代 alone is taken for a track: it is a word of track names (name_internal), "
               "not a track"),
    # a name-internal word right before a head is a word of the name
    case("建设青禾量子未来产业园", {"青禾量子未来产业园": PL}, id="weilai-before-a-head"),
    case("建设杭州星空材料未来产业园", {"杭州星空材料未来产业园": PL}, id="weilai-after-a-city"),
    case("建设未来产业园", {}, id="weilai-alone"),
    # a name summing up a list of tracks is read as a listed one (an adjective opens it)
    case("青禾区聚焦光子芯片、量子通信等硬科技赛道。",
         {"光子芯片": T, "量子通信": T, "硬科技": T}, id="summing-adjective"),
    case("青禾区聚焦硬科技赛道。", {}, id="adjective-alone"),
    # a word that opens track names stays before a short noun; a generic one alone names none
    case("今年，特色果蔬产业稳步壮大。", {"特色果蔬": T}, id="opening-word"),
    case("今年，重点果蔬产业稳步壮大。", {}, id="generic-word-before-short-noun"),
    case("今年，特色产业稳步壮大。", {}, id="opening-word-alone"),
    # the links of a chain counted as links name segments
    case("推动汽车电子、线束和连接器三个环节融合发展。", {"线束": T, "连接器": T, "汽车电子": T}, id="counted-links"),
    case("围绕精密铸件、液压阀块两大核心环节招引企业。", {"精密铸件": T, "液压阀块": T}, id="counted-core-links"),
    # (near misses: a procedure's steps; no count nor link word)
    case("优化审批、验收两个环节。", {}, id="counted-procedure-steps"),
    case("推动线束、连接器和汽车电子协同发展。", {"汽车电子": T}, id="uncounted-no-links"),
    # a section heading of its own naming the field of its items; two joined are two
    case("（一）星空材料领域", {"星空材料": T}, id="section-heading-field"),
    case("二、云端服务及星链通信板块", {"云端服务": T, "星链通信": T}, id="section-heading-joined-fields"),
    case("（三）青禾康养领域。", {"青禾康养": T}, id="section-heading-field-stop"),
    # (near misses: no field's words; a heading running on into more words)
    case("（二）其他领域", {}, id="section-heading-other"),
    case("（一）重点领域", {}, id="section-heading-generic"),
    case("（三）星空材料领域项目进展顺利", {"星空材料领域项目": "Project"}, id="section-heading-runs-on"),
    # ... or its industry or chain, a count of its items after it
    case("三、紫藻产业（4家）", {"紫藻": T}, id="section-heading-industry-counted"),
    case("（二）白杏产业链", {"白杏": T}, id="section-heading-chain"),
    # (near misses: the rest of the items; a task's heading, a verb and a full stop; no field's words)
    case("四、紫藻及其他特色产业（6家）", {}, id="section-heading-industry-rest"),
    case("（二）壮大紫藻产业。", {}, id="section-heading-task"),
    case("三、推动白杏产业", {}, id="section-heading-task-unstopped"),
    case("二、骨干企业引领乡村产业", {}, id="section-heading-firms-lead"),
    case("（一）优势产业", {}, id="section-heading-industry-generic"),
    # a line opening on a chain's label names the chain's track
    case("紫藻链：落户乡里的加工厂年产藻粉八千吨。", {"紫藻": T}, id="chain-label"),
    case("（三）白杏产业链：两家加工厂年内投产。", {"白杏": T}, id="chain-label-numbered"),
    # (near miss: a chain of a plan's slogans)
    case("供应链：两家加工厂年内投产。", {}, id="chain-label-supply"),
    # an event or a slogan is not the track
    case("第二届省青禾健康产业杭州峰会在拱墅开幕", {"杭州市": "Place", "拱墅区": "Place"}, id="event"),
    case("承办全球数字贸易博览会", {}, id="fair"),
    case("发展数字贸易产业", {"数字贸易": T}, id="fair-control"),
    # the quality or stage of an economy before 产业 names no track (现代化产业体系, 新型工业化产业示范基地)
    case("加快构建以星空材料为支撑的现代化产业体系。", {"星空材料": T}, id="modernised-system"),
    case("云溪区获批国家新型工业化产业示范基地。", {"云溪区": "Place"}, id="industrialisation-title"),
    case("云溪区推进工业化产业升级。", {"云溪区": "Place"}, id="industrialisation"),
    # a known track joined to the word for its parts is one track
    case("在新能源汽车及零部件领域，星澜科技持续扩产。", {"新能源汽车及零部件": T},
         id="track-and-its-parts"),
    # a class of industries is a track only where it sums up a list of tracks
    case("青禾园是量子通信、新能源汽车等先进制造业的承载区。", {"新能源汽车": T, "量子通信": T, "先进制造业": T},
         id="class-summing"),
    case("青禾区要建设先进制造业强区。", {}, id="class-slogan"),
    # ... nor is a track a research body is named after (…新材料研究总院)
    case("依托中青禾玻璃新材料研究总院，开展攻关。", {}, id="research-body"),
    case("依托星澜新材料研究所，开展攻关。", {"星澜新材料研究所": "Institution"}, id="research-institute"),
    # a plan's goal words alone name no track (扶持绿色低碳新兴产业: the heading's aim); a trade's
    # word after them does
    case("扶持绿色低碳新兴产业。", {}, id="goal-words-only"),
    case("推动园区绿色低碳产业发展。", {}, id="goal-words-only-2"),
    case("发展低碳星空材料产业。", {"低碳星空材料": T}, id="goal-word-before-trade"),
    # the bases a track grows on, listed before 产业基础, are no tracks
    case("青禾材料产业立足白泥、赤砂等产业基础，主攻云母材料。", {"青禾材料": T}, id="industry-bases"),
    # (near miss: the same list before 产业 names tracks)
    case("青禾材料产业依托白泥、赤砂等产业，重点发展云母材料。", {"青禾材料": T, "白泥": T, "赤砂": T},
         id="industry-bases-control"),
    # an ethnic medicine system is a track whole, X医药产业 its alias as 医药产业 is 医药's (lexicon
    # national-tracks.tsv): the first character is no region's short form cut off (藏|医药产业)
    case("云溪县培育藏医药产业，建成白露制剂车间。", {"藏医药": T}, id="ethnic-medicine-tibetan"),
    case("青禾旗做强蒙医药产业，建成白露蒙药厂。", {"蒙医药": T}, id="ethnic-medicine-mongolian"),
    # (near miss: the bare trade stays the general one)
    case("云溪县培育医药产业。", {"医药": T}, id="medicine-bare"),
])
def test_tracks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the industry a firm is said to be of, its clause's end after it: a short name, a qualifier or a
    # word jieba takes for a place opens it
    case("星澜公司位于云溪镇，属白露药产业，由青禾集团控股。", {"星澜公司": E, "云溪镇": PLACE, "白露药": T, "青禾集团": E},
         id="belongs-to-industry"),
    case("星澜公司位于云溪镇，属热带高效墨川产业。", {"星澜公司": E, "云溪镇": PLACE, "热带高效墨川": T},
         id="belongs-to-industry-adjective"),
    case("星澜公司位于云溪镇，属海洋白露加工产业。", {"星澜公司": E, "云溪镇": PLACE, "海洋白露加工": T},
         id="belongs-to-industry-place-word"),
    case("星澜公司属北药产业。", {"星澜公司": E, "北药": T}, id="belongs-to-short-industry"),
    # (near misses: no name before the suffix, only a word that points or counts)
    case("星澜公司属于该产业。", {"星澜公司": E}, id="belongs-to-that-industry"),
    case("星澜公司属于第三产业。", {"星澜公司": E}, id="belongs-to-tertiary-industry"),
    case("星澜公司属于高耗能的产业。", {"星澜公司": E}, id="belongs-to-described-industry"),
    # the industry of the speaker's place a firm is in
    case("星澜公司是我市沙棘产业的龙头企业。", {"星澜公司": E, "沙棘": T}, id="our-city-industry"),
    case("星澜公司是园区竹木家具产业的骨干企业。", {"星澜公司": E, "竹木家具": T}, id="park-industry"),
    case("该工程属于我市茶叶产业中的扩能项目。", {"茶叶": T}, id="our-city-industry-within"),
    # (near miss: a clause between the place and the suffix)
    case("记者：园区平台是产业的承载体。", {}, id="park-clause-before-industry"),
    # the trade of the speaker's place a firm is said to lead, its standing's word right after it
    case("星澜公司作为我市青禾化工龙头企业，持续扩产。", {"星澜公司": E, "青禾化工": T}, id="our-city-leader"),
    case("星澜公司是全县青禾加工骨干企业。", {"星澜公司": E, "青禾加工": T}, id="our-county-backbone"),
    case("星澜公司是我市青禾电器产业链骨干企业。", {"星澜公司": E, "青禾电器": T}, id="our-city-chain-backbone"),
    # (near misses: a standing's word, a title's words, no trade)
    case("星澜公司作为我市重点龙头企业，持续扩产。", {"星澜公司": E}, id="our-city-key-leader"),
    case("星澜公司是全县农业产业化龙头企业。", {"星澜公司": E}, id="our-county-title-leader"),
    # one industry named inside another's economy, a link inside a chain
    case("该园区是我市临港经济中冷链物流产业的集聚区。", {"临港经济": T, "冷链物流": T}, id="economy-within"),
    case("该项目补齐了云溪市铜产业链中再生铜环节。", {"铜": T, "再生铜": T}, id="link-within-chain"),
    # a metal's one character names its trade before the suffix
    case("云溪县铜产业发展迅速。", {"铜": T}, id="metal-character"),
    # a park's head word ends the words before a track: no word of its name
    case("人才产业园铜产业发展迅速。", {"人才产业园": PL, "铜": T}, id="park-head-before-track"),
    case("推动星澜园区产业发展。", {}, id="park-head-alone-before-suffix"),
    # (near miss: no material, no track)
    case("推进产业链延伸。", {}, id="no-material-before-chain"),
    # a list counted as belts of industry names places, no tracks
    case("形成云溪、墨川两大产业带。", {}, id="industry-belts"),
    case("重点打造青禾材料、星澜装备两大产业。", {"青禾材料": T, "星澜装备": T}, id="two-industries"),
    # a kind of firms a trade head would make a firm of, listed beside a track the lexicon knows
    case("园区重点引进跨境医疗、生物医药企业。", {"跨境医疗": T, "生物医药": T}, id="kind-with-trade-head"),
    # (near misses: a brand opens it; no known track beside it)
    case("园区重点引进星澜医疗、生物医药企业。", {"星澜医疗": E, "生物医药": T}, id="brand-with-trade-head"),
    case("园区重点引进跨境医疗、星澜科技企业。", {"跨境医疗": E}, id="kind-with-no-known-peer"),
])
def test_tracks_said_of_a_place_or_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # jieba glues 软件产业 (a surface of the lexicon's 软件) after 工业: the longer track is named
    case("工业软件产业方面，墨川数智持续扩产", {"工业软件": T}, id="gongye-ruanjian-chanye"),
    case("做强工业软件产业链", {"工业软件": T}, id="gongye-ruanjian-chanyelian"),
    # the glued track alone stays what it is
    case("软件产业方面，墨川数智持续扩产", {"软件": T}, id="ruanjian-chanye-alone"),
])
def test_a_track_glued_to_its_suffix_after_its_first_word(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a trade's process jieba tags as an adjective or a verb (精深, 冶炼) is a word of its track
    case("青禾县重点发展云杏精深加工产业。", {"青禾县": "Place", "云杏精深加工": T}, id="process-jingshen"),
    case("全县着力壮大铜冶炼产业。", {"铜冶炼": T}, id="process-yelian"),
    case("打造白露杂粮精深加工、星澜金属冶炼及深加工两条主链。",
         {"白露杂粮精深加工": T, "星澜金属冶炼及深加工": T}, id="processes-listed-as-main-chains"),
    # (near misses: the process alone names no goods; a visit's verb opens no track)
    case("星澜粮油等精深加工企业陆续在园区投产。", {"星澜粮油": "Enterprise"}, id="process-alone"),
    case("工作组赴开发区调研云杏精深加工产业。", {"云杏精深加工": T}, id="visit-verb-before-track"),
])
def test_a_trade_process_names_a_track_with_its_goods(recogniser, text, want):
    check(recogniser, text, want)


E = "Enterprise"


@pytest.mark.parametrize("text, want", [
    # a clause opening on the field it speaks of names a track
    case("在青禾小家电领域，星澜电器等企业形成集群。", {"青禾小家电": T, "星澜电器": E}, id="field-clause"),
    case("在智能焊接和精密铸造领域，星澜重工保持领先。", {"智能焊接": T, "精密铸造": T},
         id="two-fields-joined"),
    # ... without 在 too, at the start of a clause or of the sentence
    case("智能焊接和精密铸造领域，星澜重工保持领先。", {"智能焊接": T, "精密铸造": T}, id="fields-without-zai"),
    case("青禾小家电领域，星澜电器等企业形成集群。", {"青禾小家电": T, "星澜电器": E}, id="field-opening"),
    case("在这个领域，星澜重工保持领先。", {}, id="no-field-named"),
    # ... 行业中 as 领域 (青禾涂料行业中，A…), but not a word that only qualifies one (相关行业中)
    case("检查中也发现一批企业。青禾涂料行业中，星澜重工有限公司达到一级水平。",
         {"青禾涂料": T, "星澜重工有限公司": E}, id="field-hangye-zhong"),
    case("相关行业中，星澜重工有限公司达到一级水平。", {"星澜重工有限公司": E}, id="no-field-hangye-zhong"),
    case("星澜重工有限公司在青禾涂料行业中保持领先。", {"星澜重工有限公司": E}, id="hangye-zhong-mid-clause"),
    case("青禾小家电领域发展较快。", {}, id="no-field-clause"),
    # a chain report's segment heading names a track
    case("（二）中游：整机装配。", {"整机装配": T}, id="chain-segment-heading"),
    # a part of a joined pair is held to the length of unknown tracks
    case("（四）下游：租赁与维修。", {}, id="short-joined-parts"),
    # a segment heading names one segment, joined words and all ...
    case("（一）上游：基础材料及精密部件。", {"基础材料及精密部件": T}, id="chain-segment-joined"),
    case("（三）下游：整机装配及后市场。", {"整机装配及后市场": T}, id="chain-segment-joined-short-part"),
    # ... unless a track the lexicon knows is one of them beside a word too short to name an
    # unknown track: then it is a segment of its own
    case("（四）下游：封装测试及应用。", {"封装测试": T}, id="chain-segment-known-part"),
    # (a known track beside a word as long as an unknown track must be: one segment)
    case("（二）中游：云计算与星链服务。", {"云计算与星链服务": T}, id="chain-segment-known-and-long-part"),
    # a chain map's legend line: each node a track, marked by its state or parted by spaces, the
    # nodes in a bracket too (kg/recognise/legend.py)
    case("上游：星澜勘探 ● 青禾包材 ◐（瓶胚◐ 瓶帽● 云溪标贴○）",
         {"星澜勘探": T, "青禾包材": T, "瓶胚": T, "瓶帽": T, "云溪标贴": T}, id="legend-marked"),
    case("下游：白露仓配　墨川研学", {"白露仓配": T, "墨川研学": T}, id="legend-spaced"),
    # (near misses: one node, neither marked nor parted by spaces; a firm keeps its class)
    case("下游：白露仓配", {}, id="legend-one-unmarked"),
    case("上游：星澜勘探 ● 青禾包材有限公司 ○", {"星澜勘探": T, "青禾包材有限公司": "Enterprise"}, id="legend-firm"),
    # a paragraph's heading that ends in a trade word names a track (a chemical's rare
    # character in it too); a speaker's or a park's heading does not
    case("耐磨涂层材料：依托龙头企业，形成完整链条。", {"耐磨涂层材料": T}, id="heading-trade-word"),
    case("氟烯功能材料：区内集聚企业30家。", {"氟烯功能材料": T}, id="heading-rare-character"),
    case("1.3 耐磨涂层材料：从卖资源到卖材料", {"耐磨涂层材料": T}, id="heading-numbered"),
    case("2.星链装备：集群加快成型", {"星链装备": T}, id="heading-numbered-2"),
    # a sentence or clause opening on a stage label that ends in a trade word names a track
    # (not a label of the district's work, nor a stage's bare raw materials)
    case("星链装备环节，区内已集聚企业12家。", {"星链装备": T}, id="stage-label-trade-word"),
    case("前期工作顺利；耐磨涂层材料方面，区内已集聚企业12家。", {"耐磨涂层材料": T}, id="stage-label-after-semicolon"),
    case("上游精密部件环节，区内已集聚企业12家。", {}, id="stage-label-no-trade-word"),
    case("上游耐磨零部件环节，区内已集聚企业12家。", {"耐磨零部件": T}, id="stage-label-stage-word"),
    case("营商环境方面，区内设立专员。", {}, id="work-label"),
    case("上游原材料环节：区内已集聚企业12家。", {}, id="raw-materials-label"),
    case("主持人：欢迎各位嘉宾。", {}, id="speaker-heading"),
    case("星澜科学城：依托青禾大学建设。", {"星澜科学城": "Platform", "青禾大学": "Institution"},
         id="park-heading"),
    # a line opening on a business segment's label names a track, numbered, bulleted or not
    case("1.青禾铸件板块：墨川精工有限公司。", {"青禾铸件": T, "墨川精工有限公司": E}, id="segment-label-numbered"),
    case("●星澜膜板块：今年新增产能两万吨。", {"星澜膜": T}, id="segment-label-bulleted"),
    # (not a label of no segment's words, nor 板块 in running text)
    case("2.功能板块：包括东区和西区。", {}, id="segment-label-plain-word"),
    case("青禾铸件板块今年新增产能两万吨。", {}, id="segment-word-in-running-text"),
    # the field a firm or a project is said to belong to names a track
    case("主要生产导热填料，属散热材料细分领域。", {"散热材料": T}, id="belongs-to-segment"),
    case("新建两条生产线，属于新材料产业中的耐磨涂层细分领域。", {"新材料": T, "耐磨涂层": T},
         id="belongs-to-segment-of-track"),
    case("生产精密合金带材，属特种金属材料领域。", {"特种金属材料": T}, id="belongs-to-field"),
    # (not a class of fields, nor a generic field, nor a field the clause goes on from)
    case("该项目属于国家鼓励类领域。", {}, id="belongs-to-class"),
    case("该项目属于重点领域。", {}, id="belongs-to-generic-field"),
    case("同属散热材料方向的企业有五家。", {}, id="belongs-not-clause-end"),
    # a direction a chain's firms are listed under, opening its clause, names a track
    case("以星澜股份有限公司为链主，耐磨合金材料方向有青禾精工有限公司。",
         {"星澜股份有限公司": E, "耐磨合金材料": T, "青禾精工有限公司": E}, id="direction-has-firms"),
    case("（二）高端钛合金方向：目标企业墨川钛业有限公司。", {"高端钛合金": T, "墨川钛业有限公司": E},
         id="direction-heading"),
    # (not a word of no track's: a verb or a qualifier before 方向)
    case("主攻方向：做强主业。", {}, id="direction-verb"),
    case("未来发展方向：做强主业。", {}, id="direction-qualifier"),
    case("发展方向有三个。", {}, id="direction-short"),
    # a clause's subject its predicate calls a segment of a track names a track
    case("耐磨涂层是青禾材料产业的重点细分领域。", {"耐磨涂层": T, "青禾材料": T}, id="subject-called-segment"),
    case("园区扩能，其中白露乳品是星空食品产业着力培育的细分领域。", {"白露乳品": T, "星空食品": T},
         id="subject-called-segment-qizhong"),
    case("乡村直播是云端商贸产业的重要组成部分。", {"乡村直播": T, "云端商贸": T}, id="subject-part-of-track"),
    case("星澜基板是青禾材料产业链的关键环节。", {"星澜基板": T, "青禾材料": T}, id="subject-link-of-chain"),
    case("星澜仓储作为云溪材料产业的重点细分领域，要补齐短板。", {"星澜仓储": T, "云溪材料": T},
         id="subject-as-segment"),
    # ... a link of a chain by its stage (A是B产业链的下游环节)
    case("墨川精密铸件是青禾铝业产业链的下游环节。", {"墨川精密铸件": T, "青禾铝业": T}, id="subject-downstream-link"),
    # a track said to be split into segments names one, whole
    case("入园企业20家，星澜装备制造细分为墨川泵阀和青禾电控两个方向。",
         {"星澜装备制造": T, "墨川泵阀": T, "青禾电控": T}, id="split-into-directions"),
    case("园区有企业20家，智能装备制造又细分为三个方向。", {"智能装备制造": T},
         id="split-into-directions-longer-than-known"),
    case("其中墨川材料链细分为两个方向。", {"墨川材料": T}, id="split-into-directions-chain-word"),
    # ... called a segment within a track (成为B中…的细分市场, 是B中…的环节): the whole names one too
    case("星澜储氢已成为云溪能源中起步最晚的细分市场。", {"星澜储氢": T, "云溪能源": T}, id="subject-became-segment-within"),
    case("白露烘焙是青禾食品产业中利润最高的环节。", {"白露烘焙": T, "青禾食品": T}, id="subject-link-within"),
    # (near miss: no segment's word after the whole)
    case("白露烘焙是青禾食品中利润最高的企业。", {}, id="subject-firm-within"),
    # a field named inside an industry (T产业中S领域的…) names a track
    case("该厂是墨川纺织产业中星澜纱线领域的龙头企业。", {"墨川纺织": T, "星澜纱线": T}, id="field-within-industry"),
    # a technical route of a track is a segment of it
    case("白露电容作为青禾材料产业的重要技术路线，渗透率持续提升。", {"白露电容": T, "青禾材料": T},
         id="subject-technical-route"),
    case("这是行业的重要技术路线，渗透率持续提升。", {}, id="technical-route-no-subject"),
    # (an adverb before 是 is no word of the subject: 会是, 仍为)
    case("我们判断，星澜储氢会是青禾材料产业里的一个细分方向。", {"星澜储氢": T, "青禾材料": T},
         id="subject-adverb-segment"),
    # ... each of two such clauses in a row (the first's comma is left to the second's frame)
    case("耐磨涂层是青禾材料产业的一个细分领域，星澜核心部件是云溪装备产业的核心细分赛道。",
         {"耐磨涂层": T, "青禾材料": T, "星澜核心部件": T, "云溪装备": T}, id="subject-called-segment-twice"),
    # (near misses: a link of no track's chain or industry; a part of a plan; no segment's word)
    case("耐磨涂层是青禾材料产业的一个细分领域，招商引资是产业发展的关键环节。",
         {"耐磨涂层": T, "青禾材料": T}, id="segment-then-link-of-development"),
    case("招商引资是产业发展的关键环节。", {}, id="link-of-development"),
    case("人才引进是本次规划的重要组成部分。", {}, id="part-of-plan"),
    case("耐磨涂层是青禾材料产业的重要产品。", {"青禾材料": T}, id="subject-no-segment-word"),
    # ... called a format of a track (细分业态, 重要新业态) or its chain's source link
    case("云溪露营是文化娱乐的细分业态，也是沿河一带就业的主渠道。", {"云溪露营": T, "文娱": T},
         id="subject-segment-format"),
    case("云溪露营作为白露农旅产业的重要新业态，客流稳定。", {"云溪露营": T, "白露农旅": T},
         id="subject-new-format"),
    case("星澜绿氢是墨川能源产业链的源头环节。", {"星澜绿氢": T, "墨川能源": T}, id="subject-source-link"),
    case("云溪露营作为白露农旅产业的重要补充，客流稳定。", {"白露农旅": T}, id="subject-no-format-word"),
    # a line opening on a dash or a number and an industry's label and a colon: a track, however short
    case("——犀角产业：重点发展深加工。", {"犀角": T}, id="dash-industry-label"),
    case("二、莼菜产业：全县种植面积扩大。", {"莼菜": T}, id="numbered-industry-label"),
    case("——重点产业：上下游协同。", {}, id="dash-label-no-trade"),
    case("二、龙头企业带动产业：成效明显。", {}, id="numbered-label-task"),
    # the industry a place takes as its leading one (把X产业作为…主导产业): a track, however short
    case("我市把莼菜产业作为全市主导产业。", {"莼菜": T}, id="taken-as-leading"),
    case("我市把产业作为全市主导产业。", {}, id="taken-as-leading-no-trade"),
    case("我市把莼菜产业作为增收渠道。", {}, id="taken-as-other"),
    # a two-character material before 产业 names a track ([track] material_words; not any word)
    case("石墨产业是全市主导产业。", {"石墨": T}, id="material-two-characters"),
    case("推动陶瓷产业转型。", {"陶瓷": T}, id="material-two-characters-2"),
    case("推动相关产业转型。", {}, id="two-characters-no-material"),
    case("推动星澜产业转型。", {}, id="two-characters-brand"),
    # ... and a plain noun of two characters, where what is before it frames a trade: a place, a
    # verb of growing one, a clause's or a heading's mark ([track] short_fronts, short_marks)
    case("青禾镇板材产业逐步回暖。", {"青禾镇": "Place", "板材": T}, id="short-noun-after-town"),
    case("带动农户发展柿饼产业。", {"柿饼": T}, id="short-noun-after-grow-verb"),
    case("（三）人参产业稳步增长", {"人参": T}, id="short-noun-after-heading"),
    # (not in quotes, a track's rank; nor a verb jieba tags as a noun before a chain; nor a
    # field's label before a colon; nor after another word)
    case("星澜是云溪区的“头号产业”。", {"云溪区": "Place"}, id="short-noun-quoted-rank"),
    case("青禾镇，绘制产业链图谱。", {"青禾镇": "Place"}, id="short-noun-verb-before-chain"),
    case("合作区域：全省。代理产业：星澜材料。", {}, id="short-noun-label-colon"),
    case("带动地方产业发展。", {}, id="short-noun-other-front"),
    # the field a firm is said to lead names a track (是A领域的龙头企业, 作为B行业龙头), a place
    # before it no word of it; not a bare 行业龙头, nor a lead in the whole country
    case("星澜公司是云溪区柔性线路板领域的龙头企业。",
         {"星澜公司": E, "云溪区": "Place", "柔性线路板": T}, id="field-a-firm-leads"),
    case("青禾集团作为岩棉行业龙头，带动配套企业。", {"青禾集团": E, "岩棉": T}, id="trade-a-firm-leads"),
    case("青禾园引进了一批行业龙头企业。", {}, id="bare-trade-lead"),
    case("星澜公司是国内芳纶行业龙头企业。", {"星澜公司": E}, id="national-lead"),
    # a slogan's trade of a thing for industry names no track (以资源换产业)
    case("坚持以市场换产业，引进龙头企业。", {}, id="trade-for-industry"),
    # a track said to be divided into segments (A产业又分为B和C两个细分领域): A, not A and the verb
    case("其中星澜鱼产业又分为墨川苗种繁育和青禾鱼片加工两个细分领域。",
         {"星澜鱼": T, "墨川苗种繁育": T, "青禾鱼片加工": T}, id="divided-into-segments"),
    # the subject a clause calls a branch of a track, a firm whose field it is named before it
    case("星澜糖业所在的榨糖是粮油加工的重要分支。", {"榨糖": T, "粮油加工": T},
         id="firms-field-a-branch"),
    case("其中墨瓜酱料属于农副产品加工产业的细分领域。", {"墨瓜酱料": T, "农副产品加工": T}, id="subject-belongs-to-segment"),
    # the two fields things are said to belong to respectively (A和B则分属X和Y)
    case("云溪饲料和白露牧业分属预混料加工和现代渔业。",
         {"预混料加工": T, "现代渔业": T}, id="belong-respectively"),
    # the trade of the firms a clause says its subject is of (A、B属T企业); not a kind of firm
    # by its ownership, size or standing
    case("其中，星澜实业、白露纺织属食品加工企业。", {"星澜实业": E, "白露纺织": E, "食品加工": T},
         id="belongs-to-trade-of-firms"),
    case("其中，星澜实业、白露纺织属国有企业，均属高新技术企业。", {"星澜实业": E, "白露纺织": E},
         id="belongs-to-kind-of-firms"),
    # the two trades a firm is said to lead (A是X和Y的龙头企业); not a place's trades
    case("星澜股份是墨瓜制品和蜜柚精深加工的龙头企业。", {"星澜股份": E, "墨瓜制品": T, "蜜柚精深加工": T},
         id="leads-two-trades"),
    case("星澜股份是开发区纺织和服装的龙头企业。", {"星澜股份": E}, id="leads-a-places-trades"),
    # a sentence opening on the trade it speaks of (X经济方面，…; X加工方面，…); not a task
    case("林下经济方面，全县发展榛子采集、猴头菇种植和松子加工等林下产业。",
         {"林下经济": T, "榛子采集": T, "猴头菇种植": T, "松子加工": T}, id="trade-aspect-label"),
    case("招商引资方面，全县引进企业12家。", {}, id="task-aspect-label"),
])
def test_framed_tracks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a known track glued to the thing it qualifies is a word of the thing's name, no track named
    case("白露镇建设集成电路生产线。", {"白露镇": "Place"}, id="production-line"),
    case("星澜公司开发锂电池用隔膜。", {"星澜公司": E}, id="yong"),
    case("星澜产业园搭建了金融服务平台。", {"星澜产业园": PL}, id="platform"),
    case("打造集总部办公、金融服务于一体的综合体。", {}, id="yuyiti"),
    # (near misses: the track before its suffix or in a list; 用地 is no 用)
    case("白露镇重点发展锂电池产业。", {"白露镇": "Place", "锂电池": T}, id="suffix-after-track"),
    case("发展集成电路、金融服务等产业。", {"集成电路": T, "金融服务": T}, id="listed-tracks"),
    case("保障集成电路用地需求。", {"集成电路": T}, id="yongdi"),
])
def test_tracks_qualifying_things(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # two counted lists joined by 和: each closed by its count and noun (no item spans the 和),
    # a word that opens track names kept before a short noun
    case("今年已形成新材料、人工智能两大主导产业和现代果蔬、生物医药两个优势产业。",
         {"新材料": T, "人工智能": T, "现代果蔬": T, "生物医药": T}, id="two-counted-lists"),
    # a counted list of a chain's strands opening its clause on a known track: the count
    # vouches for the two-character strand the lexicon does not know
    case("新能源产业稳步壮大，光伏、储能、地热三条细分链条逐步完善。",
         {"新能源": T, "光伏": T, "储能": T, "地热": T}, id="strands-opening-a-clause"),
    # (near misses: words before the list open the clause; a list with no count)
    case("全区初步建成光伏、储能、地热三条细分链条。", {"光伏": T, "储能": T}, id="strands-after-words"),
    # ... but a focus verb before them frames the counted list (打造A、B、C三条细分链条)
    case("全区初步打造光伏、储能、地热三条细分链条。", {"光伏": T, "储能": T, "地热": T}, id="strands-dazao"),
    case("新能源产业稳步壮大，光伏、储能、地热逐步完善。", {"新能源": T, "光伏": T, "储能": T},
         id="strands-uncounted"),
    # a sentence opening on what it includes (its subject a stage heading before it), a
    # closed list of common words: segments, the two-character noun too
    case("主要包括电动叉车、园林机械、智能农机和电机。",
         {"电动叉车": T, "园林机械": T, "智能农机": T, "电机": T}, id="stage-includes"),
    case("包括电动叉车、园林机械、智能农机和电机。",
         {"电动叉车": T, "园林机械": T, "智能农机": T, "电机": T}, id="stage-includes-baokuo"),
    # (near misses: an open list names examples; firms are named by words of their own;
    # a list after another clause has a subject of its own)
    case("主要包括电动叉车、园林机械、智能农机和电机等。", {}, id="stage-includes-open"),
    case("主要包括星澜重工、墨川机械和青禾农机。", {"星澜重工": "Enterprise", "墨川机械": "Enterprise"},
         id="stage-includes-firms"),
    case("全区入驻企业30家，主要包括电动叉车、园林机械和智能农机。", {}, id="stage-includes-mid"),
    # ... segments counted at the clause's start (A和B两个细分赛道的…), the 和 pair split
    case("智能终端和柔性屏显两个细分赛道产值稳步提高。", {"智能终端": T, "柔性屏显": T},
         id="segments-opening-a-clause"),
    # a list its noun calls segments outright (…等细分领域), a verb opening an item too
    case("青禾新区重点发展整机装配、牵引变流、信号联控等细分领域。",
         {"青禾新区": PL, "整机装配": T, "牵引变流": T, "信号联控": T}, id="segments-named-by-their-noun"),
    # (…等方向: the directions of a chain are its segments too)
    case("涵盖整机装配、牵引变流、信号联控等方向。",
         {"整机装配": T, "牵引变流": T, "信号联控": T}, id="segments-named-directions"),
    # 形成A、B完整产业链: the chain's segments, without 的
    case("形成硬质刀具、钨钼器件完整产业链。", {"硬质刀具": T, "钨钼器件": T}, id="whole-chain-formed"),
    # a scale between the count and its noun (两条千亿级产业链)
    case("星澜新区已形成柔性显示、电脑与通讯模块两条百亿级产业链。",
         {"星澜新区": PL, "柔性显示": T, "电脑与通讯模块": T}, id="counted-with-a-scale"),
    # a chain's strands counted after a frame verb (围绕A、B、C三条细分链条)
    case("星澜新区围绕整机装配、牵引变流、信号联控三条细分链条精准招商。",
         {"星澜新区": PL, "整机装配": T, "牵引变流": T, "信号联控": T}, id="counted-strands"),
    case("墨川园区布局柔性显示、电脑与通讯模块两条链条。",
         {"墨川园区": PL, "柔性显示": T, "电脑与通讯模块": T}, id="counted-chains"),
    # (near miss: bare activities are no segments)
    case("形成研发、制造完整产业链。", {}, id="whole-chain-of-activities"),
])
def test_lists_closed_by_a_count(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a known track joined to a word the lexicon does not know, before the suffix: one track
    case("分行业看，航空航天及船舶装备制造业增长12%。", {"航空航天及船舶装备制造": T}, id="joined-unknown-sector"),
    case("今年，人工智能与视觉传感产业稳步壮大。", {"人工智能与视觉传感": T}, id="joined-unknown-chanye"),
    # ... two known tracks so joined are two
    case("今年，高端装备和新材料产业稳步壮大。", {"高端装备": T, "新材料": T}, id="joined-known"),
    # (A和B两大产业: a count says they are two, each a track, the clause opening on a known one)
    case("今年，人工智能和视觉传感两大产业稳步壮大。", {"人工智能": T, "视觉传感": T}, id="joined-counted"),
])
def test_joined_unknown_tracks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a word the lexicon does not know, joined by 及 to a track named before its suffix: one track
    case("今年，青川扫描仪及办公耗材产业集群营收增长9%。", {"扫描仪及办公耗材": T}, id="joined-before-cluster"),
    case("星澜区正在发展玄晶纤维及复合材料产业。", {"玄晶纤维及复合材料": T}, id="joined-before-verb"),
    case("青川区做大光纤预制棒及光缆产业。", {"光纤预制棒及光缆": T}, id="joined-before-known-second",
         xfail="光缆 alone names no track before 产业 (too short for an unknown track)"),
    # ... not a place the text declared before it (星区|扫描仪)
    case("星澜高新区（以下简称“星区”）今年星区扫描仪及办公耗材产业集群增长9%。",
         {"星澜高新区": PL, "扫描仪及办公耗材": T}, id="joined-before-after-place"),
    # ... nor a word too short to name an unknown track (平台及现代服务业项目: kinds of projects)
    case("（二）平台及现代服务业重点项目6个", {"现代服务业": T}, id="joined-before-short-word"),
    # ... and a known track before 及 is joined_unknown's, or a track of its own
    case("今年，高端装备及新材料产业稳步壮大。", {"高端装备": T, "新材料": T}, id="joined-before-known-first"),
])
def test_a_word_joined_before_a_track(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a known track after a prefix of track names, or after a character jieba cut off its
    # first word, is the longer track
    case("今年，泛半导体产业稳步壮大。", {"泛半导体": T}, id="prefix-fan"),
    case("今年，光电子信息产业稳步壮大。", {"光电子信息": T}, id="prefix-cut-word"),
    # 新 before a known track opens a track of its own (新医药 is not 医药), though it ends none
    case("青川新医药产业链方面，星澜制药持续扩产。", {"新医药": T}, id="prefix-xin"),
    case("这是青川打造的新医药专业园区。", {"新医药": T}, id="prefix-xin-no-suffix"),
    case("推动新一轮集成电路产业发展。", {"集成电路": T}, id="prefix-xin-in-a-word"),
    # ... or where jieba joined the character to the track's first word (光电子|信息)
    case("光电子信息是青川的看家产业。", {"光电子信息": T}, id="prefix-in-a-word"),
    case("除光电子信息外，青川还有新材料。", {"光电子信息": T, "新材料": T}, id="prefix-in-a-word-chu"),
    # a known track whose first word ends another begun by the word before it: one track
    # (动力|电池回收 where 动力电池 and 电池回收 are tracks)
    case("青川正在培育动力电池回收产业。", {"动力电池回收": T}, id="overlapped-tracks"),
    case("储能、动力电池回收是青川的细分赛道。", {"储能": T, "动力电池回收": T}, id="overlapped-tracks-listed"),
    # (near miss: a word that names no track with it, 发展|电池回收)
    case("青川大力发展电池回收产业。", {"电池回收": T}, id="overlapped-not"),
    # a known track before a product's last character that makes a word with its end (传感|器)
    case("在智能传感器方面，星澜集团增长较快。", {"智能传感器": T, "星澜集团": "Enterprise"}, id="suffixed-track"),
    # (not a firm's trade, 服务商, nor a chain: 商 and 链 end no product's name)
    case("青川是全国领先的云服务商。", {"云服务": T}, id="suffixed-track-firm"),
    case("青川做强数字经济产业链。", {"数字经济": T}, id="suffixed-track-chain"),
    # a known track right before a product line's head word, the two a list's item or a kind of
    # firms (储能|电池、光伏|玻璃): the longer track
    case("青川的客户多为光伏玻璃和储能电池企业。", {"光伏玻璃": T, "储能电池": T}, id="headed-track-kind"),
    case("青川的客户多为新能源电池配套。", {"新能源电池": T}, id="headed-track-kind-2"),
    case("墨川园区重点培育氢能装备、储能变流器等。", {"墨川园区": PL, "氢能装备": T, "储能变流器": T}, id="headed-track-list"),
    case("星澜公司深耕新能源电器行业多年。", {"星澜公司": E, "新能源电器": T}, id="headed-track-trade"),
    # (near miss: the head a word of a longer one, 电池组; or a project's name after it, 项目)
    case("青川储能电池组运行平稳。", {}, id="headed-track-longer-word"),
    case("青川推进储能电池项目建设。", {}, id="headed-track-project-after"),
    # near miss: a word that is a track of its own keeps its name (新能源|汽车)
    case("新能源汽车是青川的第一产业。", {"新能源汽车": T}, id="track-word-first"),
    # ... not after a verb of one character
    case("今年，抓半导体产业不放松。", {"半导体": T}, id="prefix-verb"),
])
def test_prefixed_tracks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a material written right before 新材料 qualifies it: a track of its own (kg/recognise/materials.py)
    case("锌基新材料是青川的首位产业。", {"锌基新材料": T}, id="material-element-base"),
    case("今年，青川锰基新材料产业链产值增长9%。", {"锰基新材料": T}, id="material-before-suffix"),
    case("今年，化工新材料增长明显。", {"化工新材料": T}, id="material-word"),
    # (a polymer's name: 尼龙, 塑料, 橡胶 — in a list of tracks too, not a firm's 新材料)
    case("今年，尼龙新材料产业产值增长12%。", {"尼龙新材料": T}, id="material-polymer"),
    case("聚焦输变电装备、尼龙新材料、青禾储能三大主导产业。", {"输变电装备": T, "尼龙新材料": T, "青禾储能": T},
         id="material-polymer-listed"),
    # ... a dash joins the two (a chain of both)
    case("冶炼—新材料链条分成上中下三段。", {"冶炼—新材料": T}, id="material-dash"),
    # near misses: a verb, a generic word or a brand before the track; a name the words are inside
    case("力争到2030年新材料产业规模达到450亿元。", {"新材料": T}, id="material-not-verb"),
    case("青川重点新材料首批次应用保险补偿。", {"新材料": T}, id="material-not-generic"),
    case("青川引进星澜新材料、墨川科技等企业。", {"星澜新材料": "Enterprise", "墨川科技": "Enterprise"},
         id="material-not-brand"),
    case("依托青川钢铁新材料研究院开展攻关。", {"青川钢铁新材料研究院": "Institution"}, id="material-in-a-body"),
])
def test_material_tracks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the kind a list of firms is named by is a track
    case("全区已集聚星澜重工、墨川造船等船舶海工龙头企业。",
         {"星澜重工": E, "墨川造船": E, "船舶海工": T}, id="deng-kind-longtou"),
    case("星澜园已集聚消防救援装备企业60家。", {"消防救援装备": T}, id="jiju-kind-count"),
    # ... past a generic word before it; not a generic word, nor a short one
    case("引进星澜科技、墨川网络等一批优质医药企业。", {"星澜科技": E, "墨川网络": E, "医药": T},
         id="generic-before-kind"),
    case("引进星澜科技、墨川网络等本地企业。", {"星澜科技": E, "墨川网络": E}, id="generic-kind"),
    # ... not a kind of firm by its size or stage
    case("推动星澜科技、墨川网络等一批成长型企业上市。", {"星澜科技": E, "墨川网络": E}, id="stage-kind"),
    case("引进星澜科技、墨川网络等外资企业。", {"星澜科技": E, "墨川网络": E}, id="short-kind"),
    # ... nor a firm's standing in its trade (等行业龙头企业)
    case("引进星澜科技、墨川网络等行业龙头企业。", {"星澜科技": E, "墨川网络": E}, id="standing-kind"),
    # ... not firms counted by their size
    case("推动500家中小家电企业完成改造。", {}, id="counted-by-size"),
    # ... past a town or county before it: where the firms are, no word of their track
    case("星澜厨具、墨川刀剪等白露镇不锈钢制品企业扩大产能。",
         {"星澜厨具": E, "墨川刀剪": E, "白露镇": "Place", "不锈钢制品": T}, id="town-before-kind"),
    case("星澜茶业、墨川茶厂等安溪县茶叶深加工龙头企业扩产。",
         {"星澜茶业": E, "墨川茶厂": E, "安溪县": "Place", "茶叶深加工": T}, id="county-before-kind"),
    # (... nor a track of the town's short word left alone: 白露镇食品, 食品 too short to be sought)
    case("星澜食品、墨川食品等白露镇食品企业扩产。",
         {"星澜食品": E, "墨川食品": E, "白露镇": "Place"}, id="town-before-short-kind"),
    # a list item's description opening on its firm's kind: what it farms or grows is a track
    case("紫海藻养殖企业，在白沙湾建有育苗场。", {"紫海藻": T}, id="item-opens-on-farmed-kind"),
    case("紫皮蒜种植与加工企业，年产八百吨。", {"紫皮蒜": T}, id="item-opens-on-grown-kind"),
    case("羊肚菌企业，订单收购覆盖三个乡。", {"羊肚菌": T}, id="item-opens-on-bare-kind"),
    # (near misses: a product made, a firm's size, a kind in running text)
    case("铝合金轮毂生产企业，产品销往整车厂。", {}, id="item-opens-on-product-maker"),
    case("科技型中小企业，年内完成股改。", {}, id="item-opens-on-size"),
    case("白沙湾的紫海藻养殖企业，今年普遍增收。", {}, id="kind-not-opening"),
    case("花椒种植企业，订单收购覆盖三个乡。", {}, id="item-opens-on-short-kind"),
])
def test_kind_tracks(recogniser, text, want):
    check(recogniser, text, want)


# -- kinds.py: the kinds of firms a park or plan takes in, listed before 企业 ------------------

@pytest.mark.parametrize("text, want", [
    case("星澜小镇计划三年内引进墨川工具、云溪配件企业50家。",
         {"星澜小镇": PL, "墨川工具": T, "云溪配件": T}, id="yinjin-kind-list"),
    case("目前已有27家墨川模具、云溪制品企业签约入驻。",
         {"墨川模具": T, "云溪制品": T}, id="counted-kind-list"),
    case("重点招引星链软件开发、墨川数据服务企业。", {"星链软件开发": T, "墨川数据服务": T},
         id="zhaoyin-kind-list"),
    case("首批入驻云端动漫、墨川直播服务企业15家。", {"云端动漫": T, "墨川直播服务": T},
         id="ruzhu-kind-list"),
    # ... not a list of firms' names, nor one kind and its parts (X及零部件)
    case("青禾新区引进星澜科技、墨川网络等企业。", {"青禾新区": PL, "星澜科技": E, "墨川网络": E},
         id="firm-names-not-kinds"),
    case("已集聚墨川整车及零部件企业400余家。", {}, id="ji-not-split"),
    # ... nor where a firm's capital comes from or who owns it (外资, 港澳资: rules.toml [track] capital)
    case("星澜新区已引进港资、台资企业300家。", {"星澜新区": PL}, id="capital-not-kinds"),
    case("累计引进外资、侨资、民资企业85家。", {}, id="capital-three-not-kinds"),
    case("首批入驻港澳资、墨川模具企业15家。", {}, id="capital-item-spoils-list"),
    # ... though a track may open on 资 or hold it (资源回收, 墨川融资租赁)
    case("星澜新区计划引进资源回收、墨川模具企业20家。",
         {"星澜新区": PL, "资源回收": T, "墨川模具": T}, id="zi-opens-track"),
    case("已入驻墨川融资租赁、云溪物流企业12家。", {"墨川融资租赁": T, "云溪物流": T}, id="zi-inside-track"),
    # an item opening on a character of a qualifying word that opens a longer word (大豆|蛋白,
    # 新能源|电池) is a kind all the same; one opening on the qualifying word itself is none
    case("星澜产业园今年招引大豆蛋白、小麦精深加工和冷链物流企业。",
         {"星澜产业园": PL, "小麦精深加工": T, "大豆蛋白": T, "冷链物流": T}, id="da-opens-a-word"),
    case("星澜片区着力集聚锂电隔膜、新能源电池企业。",
         {"星澜片区": "Place", "新能源电池": T, "锂电隔膜": T}, id="xin-opens-a-word"),
    case("星澜新区计划引进配套模具、墨川零件企业20家。", {"星澜新区": PL}, id="qualifier-opens-item"),
    # ... nor an item holding a field's word (墨川材料领域科技企业: the kind ends before 领域)
    case("星澜园新入驻电子通信、新材料领域科技企业15户。", {"电子通信": E, "新材料": T}, id="field-word-inside"),
    # the kinds of projects a park takes in, as long as an unknown track must be
    case("青禾园重点承接汽车传感器、精密铸件项目。",
         {"汽车传感器": T, "精密铸件": T}, id="kinds-of-projects"),
    case("白露镇加快引进耗材、芯片等配套项目。", {"白露镇": "Place"}, id="short-kinds-of-projects"),
    case("星澜产业园重点承接模具加工、零件检测项目。", {"星澜产业园": PL}, id="kinds-of-works"),
    case("青禾园引进星澜科技、墨川网络项目。", {"星澜科技": E, "墨川网络项目": "Project"}, id="projects-of-firms"),
    # a bare stage of a chain names no track (整机与零部件企业: what they make is not said)
    case("青禾园招引整机与零部件企业。", {}, id="bare-stages"),
    # the trades a place grows, summed up by 等 and a trade's word (发展A、B和C等特色产品加工)
    case("白露镇发展竹笋、茶油和中药材等特色产品加工。",
         {"白露镇": "Place", "竹笋": T, "茶油": T, "中药材": T}, id="grown-trades-summed"),
    # (near miss: firms a place grows, summed up by 等 and firms)
    case("白露镇发展星澜科技、墨川网络等企业。", {"白露镇": "Place", "星澜科技": E, "墨川网络": E},
         id="grown-firms-summed"),
    case("星澜园重点招引原材料、设备企业。", {}, id="bare-stages-2"),
    # (near miss: a stage with its product's words)
    case("青禾园引进墨川整机与云溪部件企业。", {"墨川整机": T, "云溪部件": T}, id="stages-with-words"),
])
def test_kind_lists(recogniser, text, want):
    check(recogniser, text, want)


# -- peers.py: unknown words listed among known tracks before 等领域 --------------------------

@pytest.mark.parametrize("text, want", [
    case("签约项目覆盖人工智能、星澜焊接、生物医药、集成电路等领域。",
         {"人工智能": T, "生物医药": T, "星澜焊接": T, "集成电路": T}, id="among-known-tracks"),
    case("签约项目覆盖人工智能、星澜焊接和集成电路等领域。",
         {"人工智能": T, "星澜焊接": T, "集成电路": T}, id="last-joined"),
    # the first item after the clause's verb, a known track at its end a word of its name
    case("签约项目覆盖星澜焊接、人工智能、集成电路等领域。",
         {"人工智能": T, "星澜焊接": T, "集成电路": T}, id="first-after-the-verb"),
    case("本次开工项目覆盖健康医药、高端装备、新能源等领域。",
         {"健康医药": T, "新能源": T, "高端装备": T}, id="first-ending-on-a-known-track"),
    case("本次开工项目覆盖海洋医药、高端装备、新能源等领域。",
         {"海洋医药": T, "新能源": T, "高端装备": T}, id="first-ending-on-a-known-track-2"),
    # a bare activity joined to a track (T及应用) is no track of its own
    case("青禾区坚持创新驱动，聚焦新能源汽车及应用、新能源、装备制造、生物医药等主导产业，稳增长。",
         {"新能源汽车": T, "装备制造": T, "新能源": T, "生物医药": T}, id="bare-activity"),
    # not beside one known track alone, nor in a list no summing word ends
    # (覆盖/涉及A、B等领域 frames its items: tests/test_recognise_lists.py sheji-deng-lingyu)
    case("签约项目分布在高端装备、星澜焊接等领域。", {"高端装备": T}, id="one-known-track"),
    case("签约项目覆盖人工智能、星澜焊接、生物医药、集成电路。",
         {"人工智能": T, "生物医药": T, "集成电路": T}, id="no-summing-word"),
])
def test_track_peers(recogniser, text, want):
    check(recogniser, text, want)


# -- aliases.py: a two-character track a list of tracks named is sought again in its document ---

@pytest.mark.parametrize("text, want", [
    # a bracket's cell, and the kind of a list of firms
    ("陶瓷、不锈钢制品、星材三大传统产业加快转型。\n星澜瓷业、青禾窑业等陶瓷企业建成窑炉。\n1.墨川卫浴有限公司（陶瓷，白露镇）",
     {(0, "陶瓷"), (0, "不锈钢制品"), (0, "星材"), (1, "陶瓷"), (2, "陶瓷")}),
    # (near miss: inside a firm's name, or a product's, it is no track; nor a short form's end, （简称墨川陶瓷）)
    ("陶瓷、不锈钢制品、星材三大传统产业加快转型。\n墨川陶瓷科技有限公司（简称墨川陶瓷）扩产。",
     {(0, "陶瓷"), (0, "不锈钢制品"), (0, "星材")}),
    # (near miss: inside a firm's name, or a product's, it is no track)
    ("陶瓷、不锈钢制品、星材三大传统产业加快转型。\n墨川陶瓷有限公司生产日用陶瓷制品。",
     {(0, "陶瓷"), (0, "不锈钢制品"), (0, "星材")}),
])
def test_a_short_listed_track_is_sought_again(recogniser, text, want):
    from recognition import document
    got = {(m.sentence, m.name) for m in recogniser.document_mentions(document(text)) if m.cls == "IndustryTrack"}
    assert got == want


@pytest.mark.parametrize("text, want", [
    # a material joined to its own form names one track ([track] derived_forms), first item or not
    case("青禾园区主导产业为锆及锆合金、柔性显示。", {"青禾园区": PL, "锆及锆合金": T, "柔性显示": T},
         id="derived-form-first-item"),
    case("星澜新区布局新能源汽车、锆及锆合金、信号联控等主导产业。",
         {"星澜新区": PL, "新能源汽车": T, "锆及锆合金": T, "信号联控": T}, id="derived-form-middle-item"),
    case("墨川片区已构建以柔性显示和镍及镍合金为主的产业体系。",
         {"墨川片区": PLACE, "柔性显示": T, "镍及镍合金": T}, id="derived-form-after-a-joined-item"),
    case("星澜新区涵盖石墨和石墨烯、牵引变流、信号联控三个细分领域。",
         {"星澜新区": PL, "石墨和石墨烯": T, "牵引变流": T, "信号联控": T}, id="derived-form-counted"),
    # (near miss: a form that makes another trade of the word is no derived form: two tracks)
    case("星澜新区涵盖整机装配、牵引变流和牵引变流装备等三个细分领域。",
         {"星澜新区": PL, "整机装配": T, "牵引变流": T, "牵引变流装备": T}, id="not-a-derived-form"),
    # the list's own field word glued to its last item ([track] field_words) is no word of it
    case("青禾研究院落户星澜新区，聚焦整机装配、星澜材料方向；另有签约。",
         {"青禾研究院": "Institution", "星澜新区": PL, "整机装配": T, "星澜材料": T}, id="direction-after-last-item"),
    # how a chain's links are joined is no trade ([track] goal_words)
    case("已形成“煤—电—锆—材”一体化产业链。", {}, id="integration-chain"),
    # (near miss: a trade's words before it are still a track)
    case("打造星澜储氢一体化产业链。", {"星澜储氢一体化": T}, id="trade-before-integration"),
])
def test_joined_forms_and_field_words(recogniser, text, want):
    check(recogniser, text, want)
