"""Lists (kg/recognise/lists.py, enumerations.py, items.py; rules.toml
[[list_frame]], [[enum_head]], [document_names]) on sentences with INVENTED
firm names (青禾, 星澜, 墨川 …) and track names no list need hold; a firm the
lexicon knows (美团) where the rule depends on one.

Each row: the sentence and the {name: class} of every name found (owners aside).
"""
from __future__ import annotations

import pytest

from recognition import case, check, document, document_names, mentions, names

E, T, P, PR, I, PL = "Enterprise", "IndustryTrack", "Place", "Project", "Institution", "Platform"


# -- list frames: words on both sides type the items ----------------------------------------

@pytest.mark.parametrize("text, want", [
    # 以A、B为代表/龙头: firms
    case("形成以星澜科技、墨川网络为代表的企业集群", {"星澜科技": E, "墨川网络": E}, id="weidaibiao"),
    case("形成以青禾、云栖为龙头的产业集群", {"青禾": E, "云栖": E}, id="weilongtou-bare-words"),
    case("形成以星澜科技、墨川网络和青禾电竞为代表的企业集群",
         {"星澜科技": E, "墨川网络": E, "青禾电竞": E}, id="weidaibiao-he-splits-firms"),
    case("以数字经济为引领", {"数字经济": T}, id="no-frame-weiyinling"),
    # 上游为A、B和C；中游涵盖D、E: a chain's stages list its products, tracks whatever their words
    case("星澜材料产业链分三段：上游为焦煤、粗苯和煤焦油；中游为针状焦、炭黑和浸渍沥青。",
         {"星澜材料": T, "焦煤": T, "煤焦油": T, "针状焦": T, "浸渍沥青": T}, id="stage-wei"),
    case("青禾铝业链条中，中游涵盖铝板带、铝箔和铝型材，下游延伸至汽车。",
         {"铝板带": T, "铝箔": T, "铝型材": T}, id="stage-hangai"),
    # (near misses: firms or places after a stage keep their class; no list, no tracks)
    case("上游为星澜集团、青禾股份等企业提供原料。", {"星澜集团": E, "青禾股份": E}, id="stage-wei-firms"),
    case("中游为青禾湖片区，下游为星澜镇。", {"青禾湖片区": P, "星澜镇": P}, id="stage-wei-places"),
    case("上游为主，下游为辅。", {}, id="stage-wei-no-list"),
    # 是全国重要的A、B生产基地: what a place is a base of by its standing, its trades
    case("青禾片区是全国重要的柔性基膜、光学涂层生产基地。", {"青禾片区": P, "柔性基膜": T, "光学涂层": T},
         id="zhongyao-shengchan-jidi"),
    case("青禾片区建成全国最大的温控器件制造基地。", {"青禾片区": P, "温控器件": T}, id="zuida-zhizao-jidi"),
    # (near misses: a firm's base; a trade joined by 及 is left whole, to other rules)
    case("建成全国最大的星澜集团生产基地。", {"星澜集团生产基地": PR}, id="zuida-firm-jidi"),
    # 主导产业为A、B和C: a park's leading industries, named after the label, are tracks
    case("星澜工业园主导产业为晶膜涂层、柔光基材和微纳器件，2023年实现产值80亿元。",
         {"星澜工业园": PL, "晶膜涂层": T, "柔光基材": T, "微纳器件": T}, id="zhudao-chanye-wei"),
    case("青禾片区主导产业是微纳器件。", {"青禾片区": P, "微纳器件": T}, id="zhudao-chanye-shi-one"),
    # (near misses: 为 as "for"; a firm after 为)
    case("三大主导产业为全区经济增长作出重要贡献。", {}, id="zhudao-chanye-wei-for"),
    case("主导产业为星澜集团。", {"星澜集团": E}, id="zhudao-chanye-wei-firm"),   # a firm, no track
    case("青禾片区是全国重要的青禾车及其零部件生产基地。", {"青禾片区": P}, id="zhongyao-ji-refused"),
    # 上游：A、B与C；中游：D（E、F）、G: a stage set out after its label and a colon, the members
    # in brackets after an item too
    case("上游：柔性基膜、光学涂层与温控器件；中游：精密模组、整装总成。",
         {"柔性基膜": T, "光学涂层": T, "温控器件": T, "精密模组": T, "整装总成": T}, id="stage-colon-list"),
    case("上游：星材基板（柔性基膜、温控器件）、光学涂层；",
         {"星材基板": T, "柔性基膜": T, "温控器件": T, "光学涂层": T}, id="stage-colon-bracketed-members"),
    # ... the last item's 与 joining a bare activity stays in its name (not 精密部件运营 alone)
    case("下游：整装总成、精密部件运营与培训。", {"整装总成": T, "精密部件运营与培训": T},
         id="stage-colon-yu-bare-activity"),
    # (near misses: firms and places after the colon keep their class; a heading's one stage
    # without a 、 is the track frames' to read)
    case("上游：星澜集团、青禾股份和墨川科技。", {"星澜集团": E, "青禾股份": E}, id="stage-colon-firms"),
    case("上游：青禾镇、星澜街道。", {"青禾镇": P, "星澜街道": P}, id="stage-colon-places"),
    case("上游：柔性基膜与温控器件。", {"柔性基膜与温控器件": T}, id="stage-colon-heading-whole"),
    # 涵盖A、B的全产业链: tracks, whatever their words; a bare activity is no track
    case("构建涵盖芯片设计、晶圆制造、封装测试的全产业链",
         {"芯片设计": T, "晶圆制造": T, "封装测试": T}, id="quanchanyelian"),
    case("涵盖光子芯片、量子传感、柔性显示的全产业链",
         {"光子芯片": T, "量子传感": T, "柔性显示": T}, id="quanchanyelian-unknown-tracks"),
    case("构建涵盖设计、制造、封测的全产业链", {"封装测试": T}, id="bare-activities"),
    case("覆盖芯片设计、晶圆制造等环节的全产业链", {"芯片设计": T, "晶圆制造": T}, id="deng-huanjie"),
    # ... a two-character noun among the links too
    case("星澜产业涵盖柔性基膜、光学涂层、胶带等环节。", {"柔性基膜": T, "光学涂层": T, "胶带": T},
         id="deng-huanjie-short-noun"),
    # 在A、B等环节仍存在空白, 加大A、B等关键环节招商力度: the links a place lacks or seeks
    case("星澜园区在柔性基膜、光学涂层等环节仍存在空白。", {"星澜园区": PL, "柔性基膜": T, "光学涂层": T},
         id="zai-deng-huanjie"),
    case("加大柔性基膜、光学涂层、胶带等关键环节招商力度。", {"柔性基膜": T, "光学涂层": T, "胶带": T},
         id="jiada-deng-guanjian-huanjie"),
    # (near misses: a procedure's steps and bare activities are no links of a chain; firms keep their class)
    case("在项目审批、竣工验收等环节压缩时限。", {}, id="zai-deng-huanjie-procedure"),
    case("在生产、销售等环节加强监管。", {}, id="zai-deng-huanjie-bare-activities"),
    case("在星澜集团、青禾股份等环节推广。", {"星澜集团": E, "青禾股份": E}, id="zai-deng-huanjie-firms"),
    # ... the last two items of an uncounted list of tracks split at 和/与/及
    case("涵盖化学药、生物药和现代中药的完整产业链", {"化学药": T, "生物药": T, "现代中药": T},
         id="wanzhengchanyelian-he"),
    case("涵盖光子芯片、航天与量子通信的全产业链", {"光子芯片": T, "量子通信": T}, id="yu-splits-uncounted"),
    # two opening words in a row: the list opens after the last (形成涵盖A、B…, not 涵盖A)
    case("已形成涵盖光子芯片、柔性显示、精密仪器的完整产业链", {"光子芯片": T, "柔性显示": T, "精密仪器": T},
         id="two-openings"),
    # 聚焦A、B和C三个方向: 与 stays inside an item when the count is the number of 、-items
    case("聚焦合成生物、碳捕集利用与封存、精密仪器三个方向",
         {"合成生物": T, "碳捕集利用与封存": T, "精密仪器": T}, id="counted-known"),
    case("聚焦光子芯片、航天与量子通信、柔性显示三大方向",
         {"光子芯片": T, "航天与量子通信": T, "柔性显示": T}, id="counted-yu-inside"),
    case("聚焦光子芯片、柔性显示和量子传感三个方向", {"光子芯片": T, "柔性显示": T, "量子传感": T},
         id="counted-he-splits-the-last-two"),
    case("聚焦光子芯片、航天与量子通信和柔性显示三大方向",
         {"光子芯片": T, "航天与量子通信": T, "柔性显示": T}, id="counted-he-and-yu"),
    case("聚焦光子芯片、航天与量子通信三大方向", {"光子芯片": T, "量子通信": T}, id="count-mismatch-splits"),
    # ... and a count that vouches for each item takes two-character nouns too
    case("光伏产业已覆盖原料、晶片、电池板和组件四个环节",
         {"光伏": T, "原料": T, "晶片": T, "电池板": T, "组件": T}, id="counted-short-nouns"),
    case("光伏产业已覆盖原料、晶片、电池板和组件五个环节", {"光伏": T, "电池板": T}, id="miscounted-short-nouns"),
    # ... after 形成 or 填补, and with the stage before the noun
    case("全区初步形成星材基板、电解液、温控器件三个细分领域", {"星材基板": T, "电解液": T, "温控器件": T},
         id="xingcheng-counted"),
    case("墨川项目填补了变速器和星澜动力两个中游细分环节", {"墨川项目": "Project", "变速器": T, "星澜动力": T},
         id="tianbu-stage-counted"),
    case("聚焦抗体药物、细胞治疗与基因治疗三个方向",
         {"抗体药物": T, "细胞治疗": T, "基因治疗": T}, id="count-mismatch-known"),
    case("布局光子芯片、柔性显示、量子通信三大赛道", {"光子芯片": T, "柔性显示": T, "量子通信": T},
         id="buju-counted"),
    case("重点突破光子芯片、星材基板和量子通信三大环节", {"光子芯片": T, "星材基板": T, "量子通信": T},
         id="tupo-counted"),
    # N个细分赛道：A、B和C。: the segments a count and a colon announce
    case("古镇今后主攻文旅产业里的三个细分赛道：非遗研学、森林康养和星澜民宿。",
         {"文旅": T, "非遗研学": T, "森林康养": T, "星澜民宿": T}, id="colon-counted-segments"),
    # (near miss: items a sentence each, 一是…)
    case("青禾装备产业聚焦三个细分方向：一是星澜轴承，二是墨川电机。", {"青禾装备": T}, id="colon-counted-points"),
    # T产业已形成A、B、C等配套体系: the parts a track has built up around it, two-character ones too
    case("星澜装备产业已形成整机、叶片、塔筒等配套体系。",
         {"星澜装备": T, "整机": T, "叶片": T, "塔筒": T}, id="peitao-tixi"),
    # (near misses: a district's services, not after a track; a chain's bare activities)
    case("白露镇已形成交通、教育、医疗等配套体系。", {"白露镇": "Place"}, id="peitao-tixi-district"),
    case("星澜装备产业已形成制造、组装、销售等配套体系。", {"星澜装备": T}, id="peitao-tixi-activities"),
    # ... after 集中在: the segments a park's firms are in
    case("园区企业主要集中在星材基板、温控器件和墨川膜片三个方向。",
         {"星材基板": T, "温控器件": T, "墨川膜片": T}, id="jizhongzai-counted"),
    # (the district's own word between is none of the first item: 集中在我区A、B三大主导产业)
    case("今年入库企业大多集中在我区精密轴承、温控器件两大主导产业。",
         {"精密轴承": T, "温控器件": T}, id="jizhongzai-woqu"),
    # (near miss: no count, no segments: 集中在 a place's names)
    case("园区企业主要集中在白露街道和云溪镇。", {"白露街道": "Place", "云溪镇": "Place"}, id="jizhongzai-places"),
    # 分别布局A和B领域: the fields firms are set up in; not a generic word
    case("星澜电器、墨川动力等企业分别布局洗碗机和净水设备领域。",
         {"星澜电器": E, "墨川动力": E, "洗碗机": T, "净水设备": T}, id="buju-lingyu"),
    case("星澜电器布局多个领域。", {}, id="buju-generic"),
    # 细分领域包括A、B和C
    case("细分领域包括合成生物、脑机接口和低空飞行。", {"合成生物": T, "脑机接口": T, "低空飞行": T},
         id="xifenlingyu"),
    case("细分领域包括光子芯片、柔性显示和量子通信。", {"光子芯片": T, "柔性显示": T, "量子通信": T},
         id="xifenlingyu-unknown"),
    # ... whatever words open the items (a verb, a counter word), and a trailing 等
    case("细分领域包括挖掘机械、桩工机械和核心零部件等。", {"挖掘机械": T, "桩工机械": T, "核心零部件": T},
         id="xifenlingyu-verb-and-counter-words"),
    case("细分方向主要有智能风控、智能投顾和链上金融。", {"智能风控": T, "智能投顾": T, "链上金融": T},
         id="xifenfangxiang-zhuyaoyou"),
    # a chain's links: 上游环节主要包括A、B和C
    case("上游环节主要包括星材基板、光刻胶料和温控器件。", {"星材基板": T, "光刻胶料": T, "温控器件": T},
         id="huanjie-zhuyao-baokuo"),
    # ... a list that ends its clause, not its sentence
    case("细分领域涵盖星材基板、柔性显示和量子通信，去年产值增长两成。",
         {"星材基板": T, "柔性显示": T, "量子通信": T}, id="xifenlingyu-clause-end"),
    # ... a two-character plain noun is a segment there, a bare activity is not
    case("细分领域包括海参、柔性显示和量子通信。", {"海参": T, "柔性显示": T, "量子通信": T},
         id="xifenlingyu-short-noun"),
    case("上游环节主要包括轴承、星材基板和温控器件。", {"轴承": T, "星材基板": T, "温控器件": T},
         id="huanjie-short-noun"),
    case("细分领域包括研发、柔性显示和量子通信。", {"柔性显示": T, "量子通信": T},
         id="xifenlingyu-short-activity"),
    # T（A、B）: a track's members in brackets after it; a list running over them lists T
    case("青禾区重点发展星材部件产业（海参育苗、轴承和温控器件）。",
         {"星材部件": T, "海参育苗": T, "轴承": T, "温控器件": T}, id="bracketed-members"),
    case("青禾区重点发展新能源汽车（海参育苗、星材基板）和柔性显示。",
         {"新能源汽车": T, "海参育苗": T, "星材基板": T, "柔性显示": T}, id="bracketed-members-in-list"),
    case("青禾区引进星澜公司（海参育苗、星材基板）。", {"星澜公司": E}, id="bracketed-after-no-track"),
    # 青禾T产业重点发展A、B和C，…: what a track develops, its list ending the clause
    case("新能源汽车产业主攻星材基板、柔性基材和温控器件，青禾集团已投产。",
         {"新能源汽车": T, "星材基板": T, "柔性基材": T, "温控器件": T, "青禾集团": E}, id="track-zhongdian-clause"),
    # (聚焦 after a subject that is no track: the list must end its sentence; 重点发展 names a
    # focus outright, see zhongdian-fazhan-comma)
    case("我们将聚焦星材基板、柔性基材和温控器件，做强青禾园。", {},
         id="no-track-zhongdian-clause"),
    # 以A、B和C为重点，…: the focus of a track, a member's short code in brackets left out
    case("全区以柔性基膜、星材基板（FPC）和温控器件为重点，集聚企业30家。",
         {"柔性基膜": T, "星材基板": T, "温控器件": T}, id="yi-wei-zhongdian"),
    case("全区以柔性基膜为重点，集聚企业30家。", {}, id="yi-wei-zhongdian-one"),
    # T产业链以A、B和C为主攻方向。/ T产业链以A、B两大板块为核心: the list ending its sentence, or
    # counted, right after the track it is the focus of
    case("星材部件产业链以柔性基膜、温控器件、海参育苗为主攻方向。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T, "海参育苗": T}, id="track-yi-wei-zhugong-end"),
    case("星材部件产业以柔性基膜和温控器件为主。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T}, id="track-yi-wei-zhu-end"),
    # ... named its segments outright, a short noun among them (T产业以A、B和C为主要细分领域)
    case("其中星材部件产业以柔性基膜、温控器件和模具为主要细分领域。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T, "模具": T}, id="track-yi-wei-xifen"),
    # (near miss: a park's list so named is not after a track)
    case("青禾片区以柔性基膜和模具为主要细分领域。", {"青禾片区": P}, id="park-yi-wei-xifen"),
    case("星材部件产业链以柔性基膜、温控器件两大板块为核心。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T}, id="track-yi-counted-wei-hexin"),
    # A、B和C三个细分方向 / T细分为A、B、C三条子链: a counted list of segments; its count vouches
    # for an item whose first word jieba takes for a person's name (江米|糕点)
    case("星材部件产业重点发展柔性基膜、温控器件和江米糕点三个细分方向。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T, "江米糕点": T}, id="counted-xifen-fangxiang"),
    case("星材部件产业细分为柔性基膜、温控器件、海参育苗三条子链。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T, "海参育苗": T}, id="counted-xifenwei"),
    # (... and for one whose first character jieba takes for a prefix: 非|遗手|作)
    case("星材部件产业细分为非遗手作、墨川茶礼、白露演艺三个方向。",
         {"星材部件": T, "非遗手作": T, "墨川茶礼": T, "白露演艺": T}, id="counted-xifenwei-prefix"),
    # (near misses: no count, no vouching; a count of phases, no segments)
    case("星材部件产业重点发展非遗手作、墨川茶礼和白露演艺。",
         {"星材部件": T, "墨川茶礼": T, "白露演艺": T}, id="uncounted-prefix-item"),
    case("星材部件产业重点发展柔性基膜、温控器件和江米糕点。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T}, id="uncounted-nr-item"),
    case("星澜产业园细分为一期、二期两个片区。", {"星澜产业园": PL}, id="xifenwei-phases"),
    # A、B两个细分领域…, A、B两大板块…: a counted list of segments opening its clause, no verb before it
    case("阻燃面料、锦丝纤维两个细分领域产值均增长。", {"阻燃面料": T, "锦丝纤维": T}, id="clause-counted-xifen"),
    case("冷链面点、风味酱料两大板块协同发展。", {"冷链面点": T, "风味酱料": T}, id="clause-counted-bankuai"),
    # (near misses: a count of parks or scenic areas names places; a clause with its verb is the verb frames')
    case("星澜、青禾两个园区协同发展。", {"星澜": PL, "青禾": PL}, id="clause-counted-parks"),
    case("青禾湖、星澜山两个景区客流增长。", {"青禾湖": P}, id="clause-counted-scenic"),
    # 分为A和B两个方向, 紧盯A、B两大方向, A、B两个品类, A和B两条产品线: counted segments after the
    # words that split, seek or support them, or called varieties or product lines
    case("星材部件产业分为柔性基膜和温控器件两个方向。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T}, id="counted-fenwei"),
    case("星材部件产业紧盯柔性基膜、温控器件两大方向。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T}, id="counted-jinding"),
    case("茶叶产业重点支持白露银针、墨川翠芽两个品类的茶园提质。",
         {"茶叶": T, "白露银针": T, "墨川翠芽": T}, id="counted-pinlei"),   # (茶叶产业 opening the sentence: a track, tracks.short_framed)
    # (the unit split, 星材部件板块, names a track too, without its 板块: rules.toml track frames)
    case("其中，星材部件板块细分为柔性基膜和温控器件两条产品线。",
         {"星材部件": T, "柔性基膜": T, "温控器件": T}, id="counted-chanpinxian"),
    # (... or as lines counted by 条: 细分为A和B两条线)
    case("青禾饮品领域细分为墨川米酒和白露果露两条线：星澜食品有限公司做米酒配套。",
         {"青禾饮品": T, "墨川米酒": T, "白露果露": T, "星澜食品有限公司": E}, id="counted-tiaoxian"),
    # (near miss: lines that are routes: 两条线路)
    case("巡游分为云环和墨环两条线路。", {}, id="counted-xianlu"),
    # (near misses: a chain of stages counted as links; a split of phases or of people)
    case("星材产业链划分为“上游基膜及涂层—中游器件与模组—下游整机”三大环节。", {}, id="counted-stage-chain"),
    case("星澜产业园分为一期、二期两个片区。", {"星澜产业园": PL}, id="fenwei-phases"),
    # 形成A、B、C的完整链条 with two-character links the segmenter takes for plain nouns; 产业链已
    # 延伸至A、B等环节: the links a chain reaches
    case("目前已形成星晶棒、硅片、电池片、组件的完整链条。",
         {"星晶棒": T, "硅片": T, "电池片": T, "组件": T}, id="lianjie-short-links"),
    case("青禾产业链已延伸至星晶硅棒、切片、墨川坩埚等环节。",
         {"星晶硅棒": T, "切片": T, "墨川坩埚": T}, id="yanshenzhi-huanjie"),
    # (near misses: a range of steps; steps of a procedure)
    case("目前已形成从研发、生产到销售的完整链条。", {}, id="lianjie-range"),
    case("服务已延伸至项目审批、竣工验收等环节。", {}, id="yanshenzhi-procedure"),
    case("青禾片区紧盯星澜集团、墨川股份两大客户。", {"青禾片区": P, "星澜集团": E, "墨川股份": E},
         id="jinding-firms"),
    # T，细分为A、B、C。: the parts a track is broken into, uncounted, up to the clause's end
    case("主导产业：星材物流，细分为云港联运、墨川仓配、白露后市场。",
         {"云港联运": T, "墨川仓配": T, "白露后市场": T}, id="uncounted-xifenwei"),
    # (near misses: a project's phases; one item alone)
    case("星澜项目细分为一期、二期和三期。", {"星澜项目": "Project"}, id="uncounted-xifenwei-phases"),
    case("星材物流细分为云港联运。", {}, id="uncounted-xifenwei-one"),
    # (near misses: a park's or a stage's mix, not a track's focus)
    case("青禾片区则以柔性基膜和温控器件为主。", {"青禾片区": P}, id="park-yi-wei-zhu-end"),
    case("上游以柔性基膜和温控器件为主。", {}, id="stage-yi-wei-zhu-end"),
    # A、B等关键材料: a chain's key materials, a list opening its clause
    case("二是配套偏弱，星材基板、海参育苗等关键材料依赖外地。", {"星材基板": T, "海参育苗": T},
         id="guanjian-cailiao"),
    case("二是配套偏弱，星材基板、海参育苗等材料依赖外地。", {}, id="cailiao-not-key"),
    # A和B是其中…细分领域: a list opening its clause
    case("青禾区集聚企业80家，海参育苗、柔性显示是其中起步最早的两个细分领域。", {"海参育苗": T, "柔性显示": T},
         id="shiqizhong-xifenlingyu"),
    # ... or counted (A和B是两个主要细分领域), or its whole's (A、B是其主攻方向)
    case("青禾区集聚企业80家，海参育苗、柔性显示是起步最早的两个细分领域。", {"海参育苗": T, "柔性显示": T},
         id="no-qizhong-counted"),
    case("青禾装备产业中，海工平台和港口机具是两个主要细分领域。", {"青禾装备": T, "海工平台": T, "港口机具": T},
         id="counted-segments-after-whole"),
    case("青禾装备产业增长一成。冷链仓配、港口联运是其主攻方向。", {"青禾装备": T, "冷链仓配": T, "港口联运": T},
         id="qi-zhugong-fangxiang"),
    # A、B属T的细分领域: a list said to belong to a track's segments, opening its clause or after 其中
    case("中心覆盖三大产业，其中星澜风机、青禾农机属高端装备的细分领域。",
         {"星澜风机": T, "青禾农机": T, "高端装备": T}, id="qizhong-shu-xifenlingyu"),
    case("中心覆盖三大产业，星澜膜材、青禾铝材属新材料的细分领域。",
         {"星澜膜材": T, "青禾铝材": T, "新材料": T}, id="shu-xifenlingyu"),
    case("中心覆盖三大产业，纸箱、胶带属新材料的重点产品。", {"新材料": T},
         id="shu-no-segment-word"),
    # A和B是主攻方向 / 是我们招引的重点: a list opening its clause, common words only
    case("——墨川能源产业：星澜光热和青禾储热是主攻方向，沿湖模式正在推广。",
         {"墨川能源": T, "星澜光热": T, "青禾储热": T}, id="shi-zhugong-fangxiang"),
    case("云溪是药材的发祥地，白露制剂和白露药材加工是我们招引的重点。",
         {"白露制剂": T, "白露药材加工": T}, id="shi-zhaoyin-zhongdian"),
    case("星澜科技有限公司和墨川网络有限公司是我们招引的重点。", {"星澜科技有限公司": E, "墨川网络有限公司": E}, id="zhaoyin-zhongdian-firms"),
    # (near miss: neither counted nor its whole's)
    case("青禾区集聚企业80家，海参育苗、柔性显示是起步最早的细分领域。", {}, id="no-qizhong-uncounted"),
    # 以A、B为主导的产业体系: tracks
    case("形成了以视觉感知、网联通信为主导的产业体系", {"视觉感知": T, "网联通信": T}, id="weizhudao-tixi"),
    case("形成了以视觉感知、网联通信为主导的研发格局外", {"视觉感知": T, "网联通信": T}, id="weizhudao-geju"),
    case("以视觉感知、网联通信为主导开展攻关", {}, id="weizhudao-no-noun"),
    # ... a two-character noun too, in a list the frame's noun calls the place's industries
    case("星澜园区以纸箱、胶带为主导产业。", {"星澜园区": PL, "纸箱": T, "胶带": T}, id="weizhudao-short-nouns"),
    case("星澜园区以纸箱、胶带为主导开展攻关。", {"星澜园区": PL}, id="weizhudao-short-no-noun"),
    # the firms a noun of firms is said to include, up to the clause's end
    case("龙头企业包括星澜科技、墨川网络和云栖生物，另有研发中心于去年入驻。",
         {"星澜科技": E, "墨川网络": E, "云栖生物": E}, id="qiye-baokuo"),
    case("骨干企业分别为青禾精工、澜湾机电。", {"青禾精工": E, "澜湾机电": E}, id="qiye-fenbiewei"),
    case("代表企业有青禾铸锻、澜湾精工、墨川机电等。", {"青禾铸锻": E, "澜湾精工": E, "墨川机电": E},
         id="qiye-you"),
    case("规上企业有所增长，澜湾精工表现突出。", {}, id="qiye-you-no-list"),
    # firms just counted (…家), some named after 其中, and what is said of them
    case("今年新落户企业共52家，其中星澜微芯、禾川数科获评省级科技小巨人企业。",
         {"星澜微芯": E, "禾川数科": E}, id="jia-qizhong-huoping"),
    case("小镇集聚企业30余家，其中墨川精工、云栖光电是镇里的骨干企业。",
         {"墨川精工": E, "云栖光电": E}, id="jia-qizhong-shi-gugan"),
    case("封装环节共有9家，其中澜湾微装、青禾测控分别从事先进封装和测试设备。",
         {"澜湾微装": E, "青禾测控": E}, id="jia-qizhong-fenbie"),
    # ... not where no firm is said to be one (a share of an amount)
    case("全年完成投资80亿元，其中星澜、禾川两地各占一半。", {}, id="yuan-qizhong"),
    # a frame that runs to the clause's end stops at the clause's own verb
    case("新楼启用后，聚焦视觉感知和网联通信开展攻关。", {"视觉感知": T, "网联通信": T}, id="before-kaizhan"),
    case("重点发展星材基板、柔性基材和温控器件形成集聚。", {"星材基板": T, "柔性基材": T, "温控器件": T},
         id="before-xingcheng"),
    # a verbal noun of the dictionary is a word of the item (温控器件研发 is vn, no predicate)
    case("主攻星材基板和温控器件研发。", {"星材基板": T, "温控器件研发": T}, id="vn-stays"),
    # 涉及/涵盖/覆盖/应用于A、B等领域: the fields a list of projects or products spans
    case("本次签约项目12个，涉及星材基板、温控器件、柔性基材等领域。",
         {"星材基板": T, "温控器件": T, "柔性基材": T}, id="sheji-deng-lingyu"),
    case("其产品广泛应用于温控器件、柔性基材等领域。", {"温控器件": T, "柔性基材": T},
         id="yingyongyu-deng-lingyu"),
    case("本次签约项目12个，涉及星材基板、温控器件领域的合作。", {}, id="sheji-no-deng"),
    # ... not a list of kinds of investment (a broad sector among the items)
    case("项目涵盖柔性基材、现代服务业和社会事业等领域。", {"现代服务业": T}, id="hangai-broad-sector"),
    # 重点发展A、B和C，…: what a zone develops, the list ending its clause on a comma
    case("该园区位于东岭街道，重点发展温控器件、柔性基材、星材基板，已集聚企业40家。",
         {"东岭街道": "Place", "温控器件": T, "柔性基材": T, "星材基板": T}, id="zhongdian-fazhan-comma"),
    case("该园区主导发展温控器件与柔性基材；", {"温控器件": T, "柔性基材": T}, id="zhudao-fazhan"),
    case("该园区重点布局温控器件和柔性基材。", {"温控器件": T, "柔性基材": T}, id="zhongdian-buju"),
    case("该园区重点发展温控器件，已集聚企业40家。", {}, id="zhongdian-fazhan-one-comma"),
    # ... not a list of consumption modes (an item the lexicon marks as none)
    case("大力发展首发经济、夜间经济、青禾经济，打造消费新场景。", {}, id="dali-fazhan-modes"),
    # 发展A、B和C。/，: the bare verb, what a place or its firms develop, two or more ending the clause
    case("青禾镇依托山水资源，发展溪谷漫游和林间露营。",
         {"青禾镇": "Place", "溪谷漫游": T, "林间露营": T}, id="fazhan-bare-sentence"),
    case("星澜纺织等企业发展云纹短纤、墨川面料和白露成衣，产值增长。",
         {"星澜纺织": E, "云纹短纤": T, "墨川面料": T, "白露成衣": T}, id="fazhan-bare-firms-comma"),
    case("园区建成后，发展温控器件、柔性基材；", {"温控器件": T, "柔性基材": T}, id="fazhan-bare-semicolon"),
    # (near misses: one item; a slogan's aims; a verb that goes on; an activity; modes of consumption)
    case("园区建成后，发展温控器件，已集聚企业40家。", {}, id="fazhan-bare-one"),
    case("区发展和改革局、区自然资源局负责。", {"区发展和改革局": I, "区自然资源局": I}, id="fazhan-bare-bureau"),
    case("推动青禾高质量发展，发展的主阵地、主战场。", {}, id="fazhan-bare-de"),
    case("我们将坚持创新，发展新质生产力和现代化产业体系。", {}, id="fazhan-bare-slogan"),
    case("带动农户，发展种植和养殖。", {}, id="fazhan-bare-activities"),
    case("推动经济高质量发展，增强活力。", {}, id="fazhan-bare-no-list"),
    case("商圈改造后，发展首发经济、夜间经济，打造消费新场景。", {}, id="fazhan-bare-modes"),
    case("青禾商圈依托星澜广场，发展商务餐饮和精品零售。", {"青禾商圈": "CommercialDistrict", "星澜广场": P}, id="fazhan-bare-district-formats"),
    # a counted list of directions, strands or pillar tracks
    case("青禾区正在向星材基板、温控器件两个方向延伸。", {"星材基板": T, "温控器件": T}, id="xiang-liangge-fangxiang"),
    case("青禾区聚焦星材基板、柔性基材和温控器件三条子链，推动企业延伸。",
         {"星材基板": T, "柔性基材": T, "温控器件": T}, id="santiao-zilian"),
    case("园区确立了“2+2”体系：新能源汽车和温控器件两大支柱产业，生物医药和柔性基材两大特色产业。",
         {"新能源汽车": T, "温控器件": T, "生物医药": T, "柔性基材": T}, id="zhizhu-tese-chanye"),
    case("我们以星材基板、温控器件为两大主攻方向。", {"星材基板": T, "温控器件": T}, id="yi-wei-zhugong-fangxiang"),
    case("我们以星材基板、温控器件为突破口。", {}, id="yi-wei-tupokou"),
    # 形成A、B和C链条: a chain said as 链条 lists its segments, bare or 完整
    case("青川依托港口，形成星材基板、粮食仓储物流和玄麦深加工链条。",
         {"星材基板": T, "粮食仓储物流": T, "玄麦深加工": T}, id="xingcheng-lianjie"),
    case("青川已经形成偏光基膜、玄光组件的完整链条。", {"偏光基膜": T, "玄光组件": T}, id="xingcheng-wanzheng-lianjie"),
    # ... not a range (从A、B到C), nor a chain of steps written with dashes
    case("青川形成了从原料收购、初加工到玄麦成品的完整链条。", {}, id="lianjie-cong-dao"),
    case("青川共同形成“玄棒—切片—基板—组件”完整链条。", {}, id="lianjie-dash-steps"),
    # (nor a range of steps before 产业链 or 等环节: its ends, no segments)
    case("青川已形成从偏光基膜、玄光组件到星澜整机的完整产业链。", {}, id="chanyelian-cong-dao"),
    case("企业在偏光基膜、玄光组件到星澜整机等环节实现突破。", {}, id="huanjie-range"),
    case("企业在偏光基膜、玄光组件等环节实现突破。", {"偏光基膜": T, "玄光组件": T}, id="huanjie-no-range"),
    # ... 等细分链条 too
    case("青川引进龙头企业，形成偏光基膜、玄光组件和星澜背板等细分链条。",
         {"偏光基膜": T, "玄光组件": T, "星澜背板": T}, id="xingcheng-xifen-lianjie"),
    # 其中A、B和C是…细分方向: the tracks a clause opening on 其中 calls segments
    case("青禾材料产业是全区主导产业，其中偏光基膜、玄光组件和星澜背板是着力培育的细分方向。",
         {"青禾材料": T, "偏光基膜": T, "玄光组件": T, "星澜背板": T}, id="qizhong-shi-xifen-fangxiang"),
    # (near misses: one item; no word of segments after 是)
    case("青禾材料产业是全区主导产业，其中偏光基膜是重点发展的方向。", {"青禾材料": T}, id="qizhong-shi-no-segment-word"),
    case("全区企业增长两成，其中星澜公司、青禾公司是重点发展的企业。", {"星澜公司": "Enterprise", "青禾公司": "Enterprise"},
         id="qizhong-shi-firms"),
    # T产业以A、B、C为主要品种 / 以A、B为主: the kinds of produce a track is made of, a crop's name
    # jieba takes for a verb or a person's too (当归, 黑木耳)
    case("云溪镇的中药材产业以当归、黄芪、党参为主要品种。", {"云溪镇": P, "中药材": T, "当归": T, "黄芪": T, "党参": T},
         id="yi-wei-zhuyao-pinzhong"),
    case("白露乡食用菌产业以香菇、黑木耳为主，年产值三亿元。", {"白露乡": P, "食用菌": T, "香菇": T, "黑木耳": T},
         id="yi-wei-zhu"),
    case("在云溪镇，中药材产业以当归、党参等特色药材种植加工为主。", {"云溪镇": P, "中药材": T, "当归": T, "党参": T},
         id="yi-deng-wei-zhu"),
    # (near misses: no track right before 以; what a track is made from; one item)
    case("青禾园区以中小企业、民营企业为主。", {"青禾园区": PL}, id="yi-wei-zhu-no-track"),
    case("中药材产业以当归、黄芪为主要原料。", {"中药材": T}, id="yi-wei-yuanliao"),
    case("中药材产业以当归为主。", {"中药材": T}, id="yi-wei-zhu-one-item"),
    # 主责主业为A、B、C三大板块: the lines of business a group is said to have
    case("星澜集团主责主业为交通物流、城市建设运营和文化旅游三大板块。",
         {"星澜集团": E, "城市建设运营": T, "交通物流": T, "文旅": T}, id="zhuye-wei-bankuai"),
    case("星澜集团主业为城市建设和运营服务。", {"星澜集团": E}, id="zhuye-wei-no-count"),
    # T重点围绕A、B等优势产品: the products a track's chain is built around
    case("青禾县特色农业重点围绕牦牛、枸杞等优势产品延链。", {"青禾县": P, "特色农业": T, "牦牛": T, "枸杞": T},
         id="weirao-youshi-chanpin"),
    # (near misses: no track before; no kind of produce after)
    case("全县重点围绕肉牛、蜜瓜等优势产品延链。", {}, id="weirao-no-track"),
    case("青禾县特色农业重点围绕牦牛、枸杞开展招商。", {"青禾县": P, "特色农业": T}, id="weirao-no-chanpin"),
    # 主营业务为A的研发、生产和销售: a firm's stated line of business, its activities closing it
    case("星澜新材料股份有限公司主营业务为高纯氧化锆粉体的研发、生产和销售。",
         {"星澜新材料股份有限公司": E, "高纯氧化锆粉体": T}, id="zhuying-yewu-wei"),
    # (near misses: a firm's sums or aims; a bare 主攻 names a product as often as a track)
    case("墨川股份主营业务收入增长12%。", {"墨川股份": E}, id="zhuying-shouru"),
    case("星澜公司主营业务为海外市场的开拓。", {"星澜公司": E}, id="zhuying-shichang"),
    case("青禾精工科技有限公司主攻微型齿轮箱，产品配套多家整机厂。",
         {"青禾精工科技有限公司": E}, id="zhugong-product"),
    # 高原特色农业, 现代农业: the lexicon's names of agriculture as a track
    case("在云溪镇，高原特色农业以核桃、天麻为主要细分产业。", {"云溪镇": P, "高原特色农业": T, "核桃": T, "天麻": T},
         id="gaoyuan-tese-nongye"),
])
def test_list_frames(recogniser, text, want):
    check(recogniser, text, want)


def test_list_frame_items_are_one_group(recogniser):
    ms = mentions(recogniser, "形成以星澜科技、墨川网络为代表的企业集群")
    assert {m.role for m in ms} == {"item"} and len({m.group for m in ms}) == 1
    assert {m.rule for m in ms} == {"list-frame"}


# -- unit peers: units listed beside a known one are places, whatever their stems ---------

@pytest.mark.parametrize("text, want", [
    case("辖青禾街道、龙头湾街道和云栖镇。", {"青禾街道": P, "龙头湾街道": P, "云栖镇": P},
         id="governed-list"),
    case("推动振兴镇、墨川镇协同发展。", {"振兴镇": P, "墨川镇": P}, id="first-item-a-common-word"),
    case("我们在云栖街道和振兴街道设立服务站。", {"云栖街道": P, "振兴街道": P}, id="joined-by-he"),
    case("青禾社区、龙头村联合开展活动", {"青禾社区": P, "龙头村": P}, id="mixed-levels"),
    # not an item that does not end in a unit word
    case("推动墨川镇、振兴发展", {"墨川镇": P}, id="no-unit-word"),
    # a zone's areas (片区) named by everyday words, beside one the recogniser knows
    case("推进东湖片区、幸福片区、团结片区建设", {"东湖片区": P, "幸福片区": P, "团结片区": P},
         id="areas-of-everyday-words"),
    case("下辖片区：东湖片区、春风片区", {"东湖片区": P, "春风片区": P}, id="areas-field-line"),
    # (not a kind of area: 重点片区, 其他片区)
    case("推进东湖片区和重点片区建设", {"东湖片区": P}, id="no-generic-area"),
    case("推进东湖片区、其他片区建设", {"东湖片区": P}, id="no-other-area"),
    # the first item starts after the district found before it, whose unit the segmenter cut off
    # (古城|区|墨川|镇: not 区墨川镇)
    case("试点已在古城区墨川镇、白露镇推开。", {"古城区": P, "墨川镇": P, "白露镇": P}, id="after-its-district"),
    case("试点已在江城区墨川镇、白露镇推开。", {"江城区": P, "墨川镇": P, "白露镇": P}, id="after-its-district-2"),
    # ... nor over a unit's word of its own: the community after its street (街道|白露社区)
    case("以青禾街道白露社区、云溪村等为试点", {"青禾街道": P, "白露社区": P, "云溪村": P},
         id="street-before-community"),
    case("试点放在咚街道白露社区、云溪村", {"白露社区": P, "云溪村": P}, id="unit-word-before-community"),
    # a town or township of one character, a word of its own filling its list item
    case("在云溪镇、鹿乡、白露镇建设商贸中心", {"云溪镇": P, "鹿乡": P, "白露镇": P}, id="one-character-township"),
    case("鹿乡、白露镇商贸中心加快建设", {"鹿乡": P, "白露镇": P}, id="one-character-township-first"),
    # near misses: a word of every unit of a kind, a word of a kind, a stem glued to a preposition
    case("云溪镇、白露乡和各乡镇加强协作", {"云溪镇": P, "白露乡": P}, id="every-township"),
    case("统筹城乡、云溪镇协调发展", {"云溪镇": P}, id="town-and-country"),
    case("在鹿镇、云溪镇建设商贸中心", {"云溪镇": P}, id="one-character-after-preposition"),
])
def test_unit_peers(recogniser, text, want):
    check(recogniser, text, want)


def test_a_slogans_unit_word_is_no_peer(recogniser):
    # a word jieba keeps whole ending in a unit (产业强镇) is a slogan's, no town beside a village
    assert "产业强镇" not in names(recogniser, "青禾镇围绕“产业强镇、生态兴村”目标推进。")


# -- enumerations: peers, 以及, 和/与/及 ------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # an item of common words stands where its peers stand, when most of them are names
    case("青禾量子、星澜量子、墨川量子等一批量子企业", {"青禾量子": E, "星澜量子": E, "墨川量子": E},
         id="all-names"),
    case("青禾量子、星澜量子、光电传感等一批企业", {"青禾量子": E, "星澜量子": E, "光电传感": E},
         id="peer-of-common-words"),
    case("青禾量子、光电传感、精密仪器等一批企业", {"青禾量子": E}, id="peers-need-a-majority"),
    # a firm's coined name of everyday words opening with a numeral (not a count)
    case("园区汇聚第七维度、三维晶体等企业", {"第七维度": E, "三维晶体": E},
         id="numeral-brands"),
    case("园区汇聚三家研究院、五家研发机构等创新主体", {}, id="counts-are-no-brands"),
    # the public brands of a region are its produce, no firms' brands; brands of no such kind are
    case("统筹“星澜牛奶”“星澜清真”两个区域公用品牌", {}, id="regional-public-brands"),
    case("引进“星澜”“青禾”两个知名品牌", {"星澜": E, "青禾": E}, id="two-known-brands"),
    # ... nor are the brands a county gives its trained workers or its produce
    case("围绕“星澜焊匠”“青禾月嫂”等劳务品牌开展培育", {}, id="labour-brands"),
    case("推广“云溪大米”“墨川香菇”等农产品品牌", {}, id="produce-brands"),
    # a count of kinds (三类, 两种) before firms: the items are what the firms make, no firms
    case("其中星澜粉加工、青禾调味品和墨川乳品三类规上企业37家", {}, id="kinds-of-firms"),
    case("园区汇聚星澜科技、青禾电子和墨川精工三家企业", {"星澜科技": E, "青禾电子": E, "墨川精工": E},
         id="three-firms-counted"),
    # two bound morphemes side by side (tags ng, zg) are a word jieba could not make: a coined name
    case("青禾新能源、湾辰储能等3家企业签约", {"青禾新能源": E, "湾辰储能": E}, id="bound-morphemes"),
    # the first item whole, where the walk from its end cut its name: the words after the
    # verb that opens the list (and its particle), characters jieba could not join a coined name
    case("支持邦禾、星澜科技、墨川材料等骨干企业扩大产能", {"邦禾": E, "星澜科技": E, "墨川材料": E},
         id="first-item-of-lone-characters"),
    case("集聚禾科亿、星澜精密等企业20家。", {"禾科亿": E, "星澜精密": E}, id="first-item-ends-in-a-numeral"),
    case("集聚了澜盛信息显示材料、墨川光电、青禾光能等上下游企业46家",
         {"澜盛信息显示材料": E, "墨川光电": E, "青禾光能": E}, id="first-item-holds-a-verb"),
    # 以及 splits list items
    case("集聚美团以及墨川新芯等企业", {"美团": E, "墨川新芯": E}, id="yiji"),
    case("禾联、澜通以及栖义出口规模和增速领跑全区外贸企业。", {"禾联": E, "澜通": E, "栖义": E},
         id="yiji-subject-list"),
    # 和/与/及 split the last two items of a list of firms ...
    case("引进星澜科技、青禾电竞和墨川网络等企业", {"星澜科技": E, "青禾电竞": E, "墨川网络": E}, id="he"),
    case("青禾电竞、星澜科技与墨川网络等龙头企业", {"青禾电竞": E, "星澜科技": E, "墨川网络": E}, id="yu"),
    case("青禾电竞、星澜科技及墨川网络等龙头企业", {"青禾电竞": E, "星澜科技": E, "墨川网络": E}, id="ji"),
    case("星澜科技和墨川网络等企业营收增长", {"星澜科技": E, "墨川网络": E}, id="he-two-items",
         xfail="a list of two joined by 和 loses its first item: the walk left from the end stops "
               "at 和 (a boundary word), so joined() never sees 星澜科技和墨川网络 (its own docstring's example)"),
    # ... but after an adverb 与 is "with": the list begins after it
    case("青禾大学滨海研究院、东川大学云湖研究院将与星澜科技、墨川网络等企业联合攻关。",
         {"青禾大学滨海研究院": I, "东川大学云湖研究院": I, "星澜科技": E, "墨川网络": E}, id="jiang-yu"),
    case("云溪学院也和星澜科技、墨川网络等企业共建实验室。",
         {"云溪学院": I, "星澜科技": E, "墨川网络": E}, id="ye-he"),
    # the clause's verb between a list and its counter is no word of the last item
    case("在云溪街道、云岭街道布局一批中试平台。", {"云溪街道": P, "云岭街道": P}, id="verb-before-counter"),
    # ... nor is a verb of having before the first item (现有, 建有 are boundary words)
    case("星澜科学城现有青禾光源、墨川计算中心等一批大科学装置。",
         {"星澜科学城": "Platform", "青禾光源": PR, "墨川计算中心": PR}, id="xianyou-before-first"),
    # a one-character word that ends a name stays (都 is also the adverb "all")
    case("推进墨川家园、青禾雅都等一批项目。", {"墨川家园": P, "青禾雅都": PR}, id="one-char-stays"),
    # ... but not of tracks
    case("发展数字安防、智能物联和合成材料等产业", {"数字安防": T, "智能物联和合成材料": T}, id="tracks-stay-whole"),
    # 等细分领域: segments, whatever comes after the noun
    case("引进电驱动、热管理、车载娱乐等细分领域配套企业", {"电驱动": T, "热管理": T, "车载娱乐": T},
         id="xifenlingyu-noun"),
    # 覆盖A、B、C等环节: the links of a chain, uncounted, whatever their words
    case("星澜园覆盖光学棱镜、激光晶体、光电探测等环节。", {"光学棱镜": T, "激光晶体": T, "光电探测": T},
         id="dengHuanjie-links"),
    # (near miss: the steps of a procedure are no links of a chain)
    case("服务覆盖项目审批、竣工验收等环节。", {}, id="dengHuanjie-procedure"),
    # a track's words before a trade head name what the firms make, not a firm (物联网|装备);
    # a brand before the head or the track keeps the firm
    case("云溪园区重点招引物联网装备、氢能传动等配套企业入驻。",
         {"云溪园区": "Platform", "物联网装备": T, "氢能传动": T}, id="track-and-trade-head-items"),
    case("园区引进光伏电机、储能传动等企业。", {"光伏电机": T, "储能传动": T}, id="track-and-trade-head-dianji"),
    # kinds of firms the enumeration alone took for firms (no head, each opening on a dictionary
    # word): what the firms make, tracks
    case("星澜园区将力争引进偏光片、背光模组等配套企业8家以上。",
         {"星澜园区": "Platform", "偏光片": T, "背光模组": T}, id="kinds-over-enumeration-guess"),
    # (near misses: a brand opens a firm's short name, alone or before a trade word)
    case("星澜园区引进青禾、墨川等配套企业17家。", {"星澜园区": "Platform", "青禾": E, "墨川": E},
         id="kinds-bare-brands"),
    case("星澜园区引进星澜光学、墨川材料等配套企业17家。",
         {"星澜园区": "Platform", "星澜光学": E, "墨川材料": E}, id="kinds-brand-and-trade-word"),
    case("墨川新区引进星澜装备、青禾储能等配套企业。",
         {"墨川新区": "Platform", "星澜装备": E, "青禾储能": E}, id="brand-and-trade-head-items"),
    case("墨川新区引进云栖氢能传动、青禾物流等配套企业。",
         {"墨川新区": "Platform", "云栖氢能传动": E, "青禾物流": E}, id="brand-before-the-track-item"),
    # a list closed by 等 and its own noun, then 和 and a second list: each item is one firm
    case("吸引星澜电气、墨川新材等上市公司和青禾联诚集团、云栖装备等配套企业落户",
         {"星澜电气": E, "墨川新材": E, "青禾联诚集团": E, "云栖装备": E}, id="closed-list-then-he"),
    # 等领域企业: the fields whose firms are counted are tracks, not firms
    case("园区已集聚光子传感、海洋牧药、耐磨涂层等领域企业30余家", {"光子传感": T, "海洋牧药": T, "耐磨涂层": T},
         id="lingyu-qiye"),
    case("园区首批入驻光子传感、耐磨涂层等领域科技企业12家", {"光子传感": T, "耐磨涂层": T},
         id="lingyu-keji-qiye"),
    # a later item is named after the phrase that describes it (和新开业的C); a list of malls
    # names malls, whatever street word ends one (X天街)
    case("星湾广场、墨川商场和新开业的青禾天街等商业综合体客流增长。",
         {"星湾广场": PR, "墨川商场": PR, "青禾天街": PR}, id="attributive-before-a-later-item"),
    case("商圈依托青禾天街、星澜汇购物中心等商业综合体，推出夜间消费活动。",
         {"青禾天街": PR, "星澜汇购物中心": PR}, id="mall-list-street-head"),
    case("步行街串联起墨川广场、青禾里等商业体", {"墨川广场": PR, "青禾里": PR}, id="mall-list-shangyeti"),
    # (near miss: a list of streets keeps its street)
    case("改造青禾天街、墨川路等道路", {"青禾天街": P, "墨川路": P}, id="street-list-street-head"),
    # 新开业 (newly opened) ends a name before it, as 开业 does
    case("云溪大街商圈新开业星澜广场、墨川天地两个商业综合体。",
         {"云溪大街商圈": "CommercialDistrict", "星澜广场": PR, "墨川天地": PR}, id="xinkaiye-before-a-list"),
    # an item that opens with a count counts things, it names none
    case("全区形成“四大商圈、三条美食街、多个夜市”的格局", {}, id="counted-items"),
    # a head word alone is what is left of an item whose brand the walk cut off: no peer
    # name; the clause's words before 、 are the item whole
    case("汽车零部件领域，宁州远航动力、星川精工等企业优势明显",
         {"汽车零部件": T, "宁州远航动力": E, "星川精工": E}, id="head-word-alone-is-no-peer"),
    # a foreign country before a listed firm's name is where the firm is from, not its name
    case("韩国禾星、日本川丽等外资企业近年相继落户", {"韩国": P, "禾星": E, "日本": P, "川丽": E},
         id="country-before-listed-firms"),
    # ... but a bloc's name opens local firms' names (东盟X)
    case("东盟星科、青禾云等本地企业加快成长", {"东盟星科": E, "青禾云": E}, id="bloc-in-a-firms-name"),
    # a list's last item two two-character nouns joined by 和, as every item before it is one: two
    case("绿色食品产业包括蔗糖、茶叶、咖啡和坚果等细分方向。",
         {"绿色食品": T, "茶叶": T, "蔗糖": T, "坚果": T, "咖啡": T}, id="he-joins-two-nouns"),
    # (near misses: a longer word on either side keeps the item whole)
    case("集聚钢铁、汽车和零部件等产业。", {"钢铁": T, "汽车和零部件": T}, id="he-noun-and-longer"),
    # ... but a track's phrase is not cut at 的 (the crossing of two tracks names no track)
    case("星澜城则聚焦光子技术与高端医疗器械的交叉应用。", {"光子技术": T, "高端医疗器械": T},
         id="attributive-in-a-track-list"),
    # 等新业态: new formats a district grows are tracks ...
    case("墨川区将引导商户发展云端零售、光影剧场等新业态。", {"云端零售": T, "光影剧场": T},
         id="xinyetai-tracks"),
    # ... but the shops' formats a mall or a street brings in (等业态, 等体验业态) are none
    case("青禾天地新增亲子攀岩、室内冲浪等体验业态。", {}, id="tiyan-yetai-no-tracks"),
    case("墨川老街布局手作茶饮、非遗市集、轻食简餐等业态。", {"墨川老街": P},
         id="yetai-no-tracks"),
    # A和B两个细分领域 opening a clause: the count of two vouches for the two tracks 和 joins
    case("青禾产业中，晶膜涂层和柔光基材两个细分领域增速较快。", {"晶膜涂层": T, "柔光基材": T},
         id="he-pair-counted-two"),
    # (near misses: a clause before the joining word; a third join; a count of three)
    case("今年星澜片区带动晶膜涂层和柔光基材两大产业增长。", {"星澜片区": P}, id="he-pair-after-verb"),
    case("晶膜涂层和柔光基材及微纳器件两大产业增速较快。", {}, id="he-pair-two-joins"),
    case("晶膜涂层和柔光基材三个细分领域增速较快。", {}, id="he-pair-count-three"),
    # a list before 的 and a count says whose the counted things are, not which: no item is a firm
    case("来自星澜经济开发区、青禾工业园区的64家配套企业参会", {"星澜经济开发区": "Platform", "青禾工业园区": "Platform"},
         id="whose-firms"),
    # (near misses: 的 after a verb describes the counted things, whose items the list is; the list
    # itself counted is the firms)
    case("墨川将集成电路列为与青禾纺织、生物医药并列的三大产业", {"集成电路": T, "青禾纺织": T, "生物医药": T},
         id="verb-before-de"),
    case("墨川新芯、星澜禾川等3家配套企业参会", {"墨川新芯": E, "星澜禾川": E}, id="which-firms"),
    # a kind of works a plan builds, listed among others (not_entities.tsv): no road's name;
    # near miss: the roads a list of roads names are places
    case("加快园区道路、供热站、标准厂房等基础设施建设。", {}, id="kind-of-works-roads"),
    case("新建星澜路、青禾路等道路。", {"星澜路": P, "青禾路": P}, id="named-roads"),
])
def test_enumerations(recogniser, text, want):
    check(recogniser, text, want)


# -- document names: a name a list gave away, found as written elsewhere ---------------------

@pytest.mark.parametrize("text, want", [
    case("持续放大星澜科技、墨川网络等龙头企业带动效应。墨川网络营收增长20%。",
         {(0, "星澜科技"): E, (0, "墨川网络"): E, (1, "墨川网络"): E}, id="after-the-list"),
    case("墨川网络营收增长20%。持续放大星澜科技、墨川网络等龙头企业带动效应。",
         {(0, "墨川网络"): E, (1, "星澜科技"): E, (1, "墨川网络"): E}, id="before-the-list"),
    case("美团、墨川新芯持续扩产。墨川新芯营收增长20%。",
         {(0, "美团"): E, (0, "墨川新芯"): E, (1, "墨川新芯"): E}, id="a-list-peer"),
    case("由星澜禾川(云溪)有限公司实施。星澜禾川(云溪)有限公司营收增长。",
         {(0, "星澜禾川(云溪)有限公司"): E, (1, "星澜禾川(云溪)有限公司"): E}, id="a-registered-name"),
    # a name found in place wins over the document's name inside it
    case("引进青禾星辰、墨川网络等龙头企业。青禾星辰产业园开园。",
         {(0, "青禾星辰"): E, (0, "墨川网络"): E, (1, "青禾星辰产业园"): "Platform"}, id="gives-way"),
    # too short to be sought elsewhere (min_chars)
    case("引进青禾、云栖等龙头企业。青禾营收增长。", {(0, "青禾"): E, (0, "云栖"): E}, id="too-short"),
    # a name its own words gave (a head) is not sought: its context did not give it away
    case("引进星澜科技。星澜科技营收增长。", {(0, "星澜科技"): E}, id="not-given-away"),
    # a track its suffix named (光储一体化产业链) is sought where it stands bare (光储一体化项目)
    case("全区的光储一体化产业链加快成形。今年新引进光储一体化项目12个。",
         {(0, "光储一体化"): T, (1, "光储一体化"): T}, id="a-track-by-its-suffix"),
    # ... written with its suffix, over a known track at its end (新材料产业)
    case("全区着力打造碳基新材料、生物医药两大产业。一是碳基新材料产业。",
         {(0, "碳基新材料"): T, (0, "生物医药"): T, (1, "碳基新材料"): T}, id="a-track-with-its-suffix"),
])
def test_document_names(recogniser, text, want):
    assert document_names(recogniser, text) == want


@pytest.mark.parametrize("text, want", [
    # a firm the document listed, what the project makes, a project head: the firm's project
    # (a brand of dictionary words: 天马|行空, nothing in it proper for the heads)
    case("全区已集聚青能科技、天马行空、凯越汽车等整车企业。天马行空新能源汽车整车项目已投产。",
         {(0, "青能科技"): E, (0, "天马行空"): E, (0, "凯越汽车"): E,
          (1, "天马行空新能源汽车整车项目"): "Project"}, id="listed-firm-then-product"),
    # ... not over a verb after the firm, nor over 的
    case("全区已集聚青能科技、天马行空等整车企业。天马行空推进电池项目。",
         {(0, "青能科技"): E, (0, "天马行空"): E, (1, "天马行空"): E}, id="a-verb-after-the-firm"),
    case("全区已集聚青能科技、天马行空等整车企业。天马行空的电池项目开工。",
         {(0, "青能科技"): E, (0, "天马行空"): E, (1, "天马行空"): E}, id="de-after-the-firm"),
    # ... nor a project head right after the firm (nothing it makes)
    case("全区已集聚青能科技、天马行空等整车企业。天马行空项目开工。",
         {(0, "青能科技"): E, (0, "天马行空"): E, (1, "天马行空"): E}, id="head-right-after"),
])
def test_a_listed_firm_names_its_project(recogniser, text, want):
    assert document_names(recogniser, text) == want


def test_a_document_name_is_found_by_its_rule_and_keeps_its_name(recogniser):
    text = "持续放大星澜科技、墨川网络等龙头企业带动效应。墨川网络营收增长20%。"
    elsewhere = [m for m in recogniser.document_mentions(document(text)) if m.sentence == 1]
    assert [(m.surface, m.name, m.cls, m.rule) for m in elsewhere] == [
        ("墨川网络", "墨川网络", E, "document-name")]
    # the sentence read alone knows nothing of the document
    assert names(recogniser, "墨川网络营收增长20%。") == {}


@pytest.mark.parametrize("text, want", [
    # the last item's first half ends as its peer does: two areas joined by 和
    case("重点项目集中在墨川新区星澜新城、青禾新城、云溪新城和临港等片区",
         {"墨川新区": "Platform", "星澜新城": P, "青禾新城": P, "云溪新城": P, "临港": P},
         id="shape-of-the-peer"),
    # the count is one more than the 、-items: the last is two
    case("统筹青禾南区、青禾西区、青禾东区和墨川城四大园区协同发展",
         {"青禾南区": PL, "青禾西区": PL, "青禾东区": PL, "墨川城": PL}, id="count-says-two"),
    # firms joined by 和 are split as before
    case("引进星澜科技、墨川网络和青禾智能等企业",
         {"星澜科技": E, "墨川网络": E, "青禾智能": E}, id="firms-and"),
])
def test_the_last_item_of_a_list_of_areas_joined_by_he(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # areas counted as a list of zones are zones, short ones of common words too
    case("协同推进高新北区、高新南区和墨川湾三大园区建设",
         {"高新北区": PL, "高新南区": PL, "墨川湾": PL}, id="short-sub-zones"),
    case("依托星澜新城、青禾经济技术开发区两大主阵地",
         {"星澜新城": PL, "青禾经济技术开发区": PL}, id="main-positions"),
    # a list of functional zones: its noun types items that have no head
    case("新区将依托墨川港、青禾湾等新区功能区",
         {"墨川港": PL, "青禾湾": PL}, id="functional-zones"),
    # where the list stands is not a word of its first item
    case("依托区内星澜新城、青禾高新区等平台",
         {"星澜新城": PL, "青禾高新区": PL}, id="quna-is-not-a-name"),
    # a list of 片区 keeps its places (no zone noun)
    case("推进云溪新城、星澜片区等片区更新", {"云溪新城": P, "星澜片区": P}, id="areas-stay-places"),
])
def test_items_of_a_list_of_zones_are_zones(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a place in brackets inside an item is a word of its name, not where the list starts
    case("推进青禾软件园、星澜（云溪）产业区等园区建设", {"青禾软件园": PL, "星澜（云溪）产业区": PL},
         id="bracketed-place-in-an-item"),
    # a common word and a one-character morpheme stands where its peers stand (星光|园)
    case("下辖星光园、青禾软件园、星澜高新城等园区", {"星光园": PL, "青禾软件园": PL, "星澜高新城": PL},
         id="morpheme-peer"),
])
def test_items_with_brackets_and_morphemes(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a centre a project's head names, listed among platforms, is a platform too
    case("青禾区已建成云溪创新中心、星澜产业园两个平台",
         {"云溪创新中心": ("Project", ("Platform",)), "星澜产业园": (PL, ())}, id="centre-among-platforms"),
    # ... with the city a middle dot joins to its name (the item runs over the dot)
    case("青禾区已建成杭州·云溪创新中心、星澜产业园两个平台",
         {"杭州·云溪创新中心": ("Project", ("Platform",)), "星澜产业园": (PL, ())}, id="dot-joined-city"),
    # ... but among projects it is a project only
    case("青禾区开工云溪创新中心、星澜大厦两个项目",
         {"云溪创新中心": ("Project", ()), "星澜大厦": ("Project", ())}, id="centre-among-projects"),
])
def test_a_project_listed_among_platforms_is_one_too(recogniser, text, want):
    got = {m.name: (m.cls, m.extra) for m in mentions(recogniser, text) if m.role != "owner"}
    assert {k: v for k, v in got.items() if k in want} == want


@pytest.mark.parametrize("text, want", [
    # an area's bounds: words jieba takes for places after 西起, 东至, 北临 …
    case("新区西起钱塘江，东至曹娥江", {"钱塘江": P, "曹娥江": P}, id="bounds"),
    # a land parcel's bounds are lines, not places
    case("地块东至规划3号支路，西至滨河绿化带", {}, id="parcel-bounds"),
    # the place a thing lies on a side of
    case("产业园位于滨江二路以北", {"滨江二路": P}, id="yibei"),
    case("项目位于规划道路以东", {}, id="yidong-common-words"),
])
def test_places_a_frame_gives_away(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a verb between the list and its count: the list says where, the count what
    case("并在青禾街道、星澜街道布局一批中试平台", {"青禾街道": P, "星澜街道": P}, id="verb-before-the-count"),
    # a word that sits inside names is no such verb (生物技术服务)
    case("重点发展青禾药、星澜技术服务等细分领域", {"青禾药": T, "星澜技术服务": T}, id="name-internal-word"),
])
def test_a_verb_before_a_lists_count(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a count right after 和 counts things the text does not name: no list of parks
    case("深入星澜科技、墨川智能、青禾重工等22家企业和3个产业园区开展调研",
         {"星澜科技": E, "墨川智能": E, "青禾重工": E}, id="count-after-he"),
])
def test_a_count_after_a_joining_word_names_no_list(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a list of firms named by what they make lists products, not firms
    case("计划引进雪橇、冰镐、保暖手套等生产企业20家", {}, id="makers-of-products"),
    case("引进雪橇、冰镐等制造企业", {}, id="makers-zhizao"),
])
def test_a_list_of_makers_names_products(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 电器 and 电机 end a firm's name as 科技 and 电子 do
    case("以青松电器、墨川科技为代表的家电品牌销量领先", {"青松电器": E, "墨川科技": E}, id="dianqi"),
    case("以青松电机、墨川科技为代表的配套企业加快集聚", {"青松电机": E, "墨川科技": E}, id="dianji"),
])
def test_trade_words_of_appliance_makers(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, brand", [
    # a park named after its zone's place and its trade has no owner of that name, even
    # when the zone is named with its city in front
    ("温州墨川新区上半年签约项目15个。墨川新能源产业园三期厂房工程随之启动。", "墨川新能源"),
])
def test_a_place_and_trade_names_no_owner(recogniser, text, brand):
    owners = {m.name for m in recogniser.document_mentions(document(text)) if m.role == "owner"}
    assert brand not in owners, owners


@pytest.mark.parametrize("text, owner", [
    # 智能 after a known firm begins the project's words when more of them follow
    ("小米智能网联重卡项目开工", "小米"),
    ("华为智能底盘科技园项目开工", "华为"),
])
def test_a_trade_adjective_after_a_firm_begins_the_project(recogniser, text, owner):
    owners = {m.name for m in recogniser.sentence_mentions("d", 0, text) if m.role == "owner"}
    assert owners == {owner}, owners


@pytest.mark.parametrize("text, want", [
    # 代表企业有A、B、C等。: the firms a noun of firms is said to have
    case("代表企业有禾川精锻、墨川活塞、云澜精工等。", {"禾川精锻": "Enterprise", "墨川活塞": "Enterprise",
                                                   "云澜精工": "Enterprise"}, id="qiye-you"),
    # near miss: a count of firms, no list
    case("全区规上企业有120家。", {}, id="qiye-you-count"),
])
def test_firms_a_noun_has(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 等 opens a modifier of two fields joined by 及/和 before the list's noun
    case("已集聚禾川科技、墨川电驱、云澜汽车等电池及配套部件企业60家",
         {"禾川科技": "Enterprise", "墨川电驱": "Enterprise", "云澜汽车": "Enterprise"}, id="deng-joined-modifier"),
    # near miss: two nouns joined, each its own list's
    case("引进禾川、墨川等企业和机构20家", {"禾川": "Enterprise", "墨川": "Enterprise"}, id="two-nouns-joined"),
    # a verb and 了 before the count: the list is who acts, not what is counted
    case("青禾大学、星澜学院与我区企业共建了8个联合实验室。", {"青禾大学": "Institution", "星澜学院": "Institution"},
         id="verb-le-before-count"),
    # a quotation that runs past the first item quotes a phrase: the item starts after its verb
    case("“墨川正加快培育集成电路、人工智能、新材料三大产业”",
         {"集成电路": "IndustryTrack", "人工智能": "IndustryTrack", "新材料": "IndustryTrack"}, id="quoted-phrase"),
])
def test_enumeration_modifiers_and_list_starts(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # two firm-shaped names listed side by side say of each other what they are
    case("推动禾川药业、墨川生物扩产", {"禾川药业": "Enterprise", "墨川生物": "Enterprise"}, id="two-shaped-firms"),
    # near miss: one such name alone in running text needs a word that introduces it
    case("推动禾川药业扩产", {}, id="one-shaped-firm"),
])
def test_firm_shaped_names_listed_together(recogniser, text, want):
    check(recogniser, text, want)


def test_a_shaped_firm_with_a_place_inside_needs_its_own_context(recogniser):
    # beside a firm, a firm-shaped name with places inside (日本横滨青禾医疗) stays unsure
    got = names(recogniser, "星澜网络、德国科隆墨川医疗连续签约")
    assert "德国科隆墨川医疗" not in got, got


@pytest.mark.parametrize("text, want", [
    # a list opening its clause whose items each do their own trade (分别提供, 分别生产) lists firms
    case("禾川特气、墨川光刻胶分别提供特种气体和光刻胶产品", {"禾川特气": "Enterprise", "墨川光刻胶": "Enterprise"},
         id="fenbie-tigong"),
    # ... after the noun that opens the clause
    case("本地企业云岫精密、青禾电驱分别生产传输设备和电机", {"云岫精密": "Enterprise", "青禾电驱": "Enterprise"},
         id="fenbie-after-noun"),
    # near miss: places listed so are places
    case("上海、深圳分别提供资金和技术", {"上海市": "Place", "深圳市": "Place"}, id="fenbie-places"),
])
def test_firms_each_doing_their_trade(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # streets counted as 街巷 are places, even those of common words (公园路)
    case("对星湾街、公园路、青禾巷等8条街巷进行立面改造", {"星湾街": P, "公园路": P, "青禾巷": P}, id="jiexiang"),
    # roads named X道 listed with roads (道 a measure word to the dictionary) ...
    case("推进青松路、石竹道、海棠道等道路建设", {"青松路": P, "石竹道": P, "海棠道": P}, id="dao-roads"),
    # ... and a road's extension listed: the road
    case("完成青松路、石竹道东延、海棠道等道路新建改造工程8项", {"青松路": P, "石竹道": P, "海棠道": P},
         id="road-extension"),
])
def test_items_counted_as_streets_are_places(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a known firm's peer jieba cut into characters, 为 glued to its last one: it stops before 为
    case("汽车产业以比亚迪、云溪岚芯微为龙头", {"汽车": T, "比亚迪": E, "云溪岚芯微": E}, id="peer-cut-in-characters"),
])
def test_a_peer_cut_in_characters_stops_before_wei(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # malls take everyday words as names (rules.toml [[enum_head]] everyday_names): a list of
    # them under 商业综合体 or 购物中心 names its items, a head's 等 glued on (城等) or not
    case("后湾中心区的江岸城、星河天地等商业综合体人气旺盛", {"后湾中心区": P, "江岸城": PR, "星河天地": PR},
         id="everyday-words-malls"),
    case("新开的星河天地、江岸城等购物中心客流回升", {"星河天地": PR, "江岸城": PR}, id="everyday-words-gouwu"),
    # near misses: one dictionary word is a kind of place; 综合体 alone names no malls
    case("商场、超市等商业综合体客流回升", {}, id="one-word-kinds"),
    case("酒店、公寓等综合体陆续建成", {}, id="zongheti-is-not-malls"),
])
def test_malls_listed_by_everyday_words(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the time-honoured brands and shops a street takes in (rules.toml [[enum_head]] 老字号 …)
    case("古城文创园吸引青禾国药堂、星澜印泥等老字号入驻。",
         {"古城文创园": "Platform", "青禾国药堂": E, "星澜印泥": E}, id="laozihao"),
    case("街区引进“青禾兴”“星澜鱼粉馆”等老字号门店9家。", {"青禾兴": E, "星澜鱼粉馆": E}, id="laozihao-mendian"),
    case("街区引入星澜咖啡馆、墨川集市等特色商户30余家。", {"星澜咖啡馆": E, "墨川集市": E},
         id="tese-shanghu"),
    # the brands a street calls its merchants or its brands' shops, no legal form
    case("夜市里，阿福烤串、云朵糖水、松涛羊汤等商户长年经营。", {"阿福烤串": E, "云朵糖水": E, "松涛羊汤": E},
         id="shanghu"),
    case("墨川茶饮、白鹭烘焙等品牌门店营业到深夜。", {"墨川茶饮": E, "白鹭烘焙": E}, id="pinpai-mendian"),
    # a shop's standing before a later item is no word of its name
    case("阿福烤串、本地老字号白鹭羊汤馆、松涛包子铺等餐饮商户30家在此经营。",
         {"阿福烤串": E, "白鹭羊汤馆": E, "松涛包子铺": E},
         id="laozihao-before-an-item"),
    # near misses (min_item_chars): a dish or a kind of shop of two characters, a place's speciality
    case("街区集聚了米粉、擂茶等本地老字号。", {}, id="dishes"),
    # ... kinds of shop, by the shops' line of trade or after the verb that opens them
    case("古镇已入驻茶馆、手作工坊、精品民宿等业态商户。", {}, id="kinds-by-trade"),
    case("老城改造后，新开烧烤、民宿等商户20家。", {}, id="newly-opened-kinds"),
    case("街区集聚了杭州米粉、擂茶等本地老字号。", {"杭州市": P}, id="a-places-dish"),
])
def test_shops_listed_as_old_brands(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # an item of a list of places that jieba knows as a place word (tag s) is a place's name
    case("推进江东、城中、城北3个街道改造提升。", {"江东": "Place", "城中": "Place", "城北": "Place"},
         id="place-words"),
    # a word that says where in general is none ([modifier] lone_words)
    case("区内、周边等3个街道开展活动。", {}, id="where-in-general"),
])
def test_place_words_listed_as_places(recogniser, text, want):
    check(recogniser, text, want)


# -- enumeration peers: items of common nouns beside named ones (rules.toml [enum] no_peers) --

@pytest.mark.parametrize("text, want", [
    # a project is named by a proper word or a head of its own: nouns alone listed beside a
    # named one are kinds of works or products
    case("园区星澜大厦、职工食堂等配套项目按期交付", {"星澜大厦": PR}, id="works-beside-a-project"),
    case("重点引进星澜氢能电堆、电驱动系统等项目", {"星澜氢能电堆": PR}, id="product-beside-a-project"),
    # near miss: firms' peers of common words still stand beside named firms
    case("青禾量子、墨川量子、精密仪器等一批量子企业落户", {"青禾量子": E, "墨川量子": E, "精密仪器": E},
         id="firm-peers-stay"),
])
def test_no_project_peers_of_common_nouns(recogniser, text, want):
    check(recogniser, text, want)


# -- a firm's kind before its place-led name (rules.toml [boundary] item_firm_nouns) --------

@pytest.mark.parametrize("text, want", [
    # a later item: the noun of the firm's kind is no word of its name
    case("已引进生物医药企业星澜制药有限公司，以及医疗器械企业浙江墨川医疗科技有限公司等20家企业入驻。",
         {"生物医药": T, "星澜制药有限公司": E, "医疗器械": T, "浙江墨川医疗科技有限公司": E},
         id="kind-qiye-later-item"),
    # the first item, a long legal name after 龙头; a later one after 企业
    case("引进新材料龙头江苏青禾新材料股份有限公司、电子材料企业湖南星澜电子有限公司等企业8家",
         {"新材料": T, "江苏青禾新材料股份有限公司": E, "湖南星澜电子有限公司": E}, id="kind-longtou-first-item"),
    # a park's own company (平台公司), its name registered with a trade word (发展)
    case("云溪产业园三期由园区平台公司杭州青禾城建发展集团有限公司出资建设",
         {"云溪产业园三期": PR, "杭州青禾城建发展集团有限公司": E}, id="kind-platform-company"),
    # a zone's own company called by its kind alone (国有平台)
    case("项目由青禾新区国有平台浙江星澜城建投资集团有限公司投资建设",
         {"青禾新区": PL, "浙江星澜城建投资集团有限公司": E}, id="kind-state-platform"),
    # near misses: a group before its subsidiary's place-led name is the subsidiary's name
    # (集团 says no kind); 龙头 before no place is a word of the name
    case("引进星澜集团浙江青禾科技有限公司、墨川科技有限公司等企业",
         {"星澜集团浙江青禾科技有限公司": E, "墨川科技有限公司": E}, id="group-before-place-kept"),
    case("星澜龙头山科技有限公司、墨川科技有限公司等企业落户",
         {"星澜龙头山科技有限公司": E, "墨川科技有限公司": E}, id="longtou-no-place-kept"),
    case("项目由云溪数字平台科技有限公司投资建设", {"云溪数字平台科技有限公司": E}, id="pingtai-no-place-kept"),
    # a firm's role in a body (商会副会长单位) or what it is to another (生产基地), glued before
    # its place-led registered name, is no word of the name
    case("商会副会长单位甘肃星澜禾丰农牧发展有限公司出资3亿元新建饲料厂",
         {"甘肃星澜禾丰农牧发展有限公司": E}, id="role-danwei"),
    case("商会秘书长单位深圳市青禾电子科技有限公司已在云溪开设工厂", {"深圳市青禾电子科技有限公司": E},
         id="role-danwei-city"),
    # the body that runs a park (运营机构), before its place-led registered name
    case("由园区运营机构潍坊星澜产业运营有限公司负责", {"潍坊星澜产业运营有限公司": E}, id="role-jigou"),
    case("现有生产基地枣庄墨川锂业有限公司位于台儿庄区", {"枣庄墨川锂业有限公司": E, "台儿庄区": P},
         id="role-jidi"),
    # near misses: no place after the role word; a group's company before its branch
    case("星澜集团公司浙江分公司开业", {"星澜集团公司浙江分公司": E}, id="gongsi-branch-kept"),
    case("星澜通信股份有限公司云南分公司负责建设", {"星澜通信股份有限公司云南分公司": E}, id="legal-form-branch-kept"),
    # the first item after a boundary word no dictionary knows (另有) or a verb of holding back
    # (影响): the clause's words, not the item's
    case("今年已投产。另有墨川兴达铸造、星澜汽配等一批配套企业。", {"墨川兴达铸造": E, "星澜汽配": E},
         id="first-item-after-lingyou"),
    case("配套道路迟迟未通，影响星澜新材料高纯石英砂项目等3个项目如期达产。", {"星澜新材料高纯石英砂项目": PR},
         id="first-item-after-yingxiang"),
    # a need glued before a registered name (需|星澜电力有限公司)
    case("工程滞后，需星澜电力有限公司协调。", {"星澜电力有限公司": E}, id="xu-glued"),
])
def test_a_firms_kind_before_its_place_led_name(recogniser, text, want):
    check(recogniser, text, want)


# -- the verb that governs a list of parks is no word of its first item ([boundary] words) ---

@pytest.mark.parametrize("text, want", [
    # 现辖 (now governs): kept whole, it ends the first item's walk left
    case("开发区现辖星澜产业园、云溪光电产业园、墨川新材料产业园三个专业园区",
         {"星澜产业园": PL, "云溪光电产业园": PL, "墨川新材料产业园": PL}, id="xianxia"),
    # 设 (sets up), a verb of one character jieba leaves alone before a word it knows
    case("青禾高新区下辖白沙塘镇、云溪镇2个镇，设稀土材料产业园、电子信息产业园4个专业园区",
         {"青禾高新区": PL, "白沙塘镇": P, "云溪镇": P, "稀土材料产业园": PL, "电子信息产业园": PL},
         id="she"),
    # 区内设 (within the zone it sets up): jieba's 内设 is no word of the park's name
    case("区内设汽车零部件产业园、智能装备产业园、新材料产业园3个专业园区",
         {"汽车零部件产业园": PL, "智能装备产业园": PL, "新材料产业园": PL}, id="neishe"),
    # near misses: 设 inside a word of the name stays there (设计, 建设)
    case("开发区建有星澜设计产业园、墨川建设科技园两个园区",
         {"星澜设计产业园": PL, "墨川建设科技园": PL}, id="she-inside-words"),
])
def test_the_verb_governing_a_list_of_parks_is_no_word_of_it(recogniser, text, want):
    check(recogniser, text, want)


# -- the areas a zone governs or sets up ([[list_frame]] 下辖/现辖/所辖/下设) ------------------

@pytest.mark.parametrize("text, want", [
    # a park named by its trade alone, and an area of no head the last item joined by 和
    case("园区现辖盐化产业园、星澜材料产业园、装备制造产业园和云溪综合物流加工区，面积约20平方公里。",
         {"盐化产业园": PL, "星澜材料产业园": PL, "装备制造产业园": PL, "云溪综合物流加工区": P},
         id="parks-and-an-area"),
    # 片区 named by a word of the dictionary, the last item after 和 (a zone's 片区: platforms,
    # rules.toml [place.peers.structure])
    case("开发区下设东湖片区、白云片区和茶场片区，各片区以智能装备为主。",
         {"东湖片区": PL, "白云片区": PL, "茶场片区": PL, "智能装备": T}, id="pianqu-after-he"),
    # a town whose name opens on a numeral (五十|铺镇): the numeral is no word before the list
    case("新区下辖五十铺镇、云溪乡和南桥镇三个乡镇。", {"五十铺镇": P, "云溪乡": P, "南桥镇": P},
         id="numeral-town"),
    # ... and 与 inside an item is a word of its name, no joining word of two areas
    case("园区下设星澜船舶与海洋工程产业基地、云溪产业园。",
         {"星澜船舶与海洋工程产业基地": PL, "云溪产业园": PL}, id="yu-inside-a-name"),
    # near misses: pieces of areas (部分区域) are no areas; a generic word names none
    case("新区下辖白沙镇、云溪镇部分区域。", {"白沙镇": P, "云溪镇": P}, id="partial-areas"),
    case("开发区下设东湖片区、白云片区和中心片区，各片区以智能装备为主。",
         {"东湖片区": PL, "白云片区": PL, "智能装备": T}, id="generic-pianqu"),
])
def test_the_areas_a_zone_governs(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a report's numbered point opening the sentence is no list item: the list's first item
    # starts after the verb before it (会同)
    case("二、市商务局将会同星澜证券、青禾证券等机构，为企业开展培训。",
         {"市商务局": I, "星澜证券": E, "青禾证券": E}, id="point-then-clause"),
    case("3、青禾科技、星澜电子等企业入驻园区。", {"青禾科技": E, "星澜电子": E}, id="digit-point"),
    # (near miss: no point, the same list)
    case("青禾科技、星澜电子等企业入驻园区。", {"青禾科技": E, "星澜电子": E}, id="no-point"),
])
def test_a_numbered_point_is_no_list_item(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the field word a list of tracks shares, then what is done in the fields: the last track ends there
    case("云溪分园则聚焦康养、文旅领域人才培训。", {"云溪分园": PL, "文旅": T, "康养": T}, id="fields-then-training"),
    case("星澜园区聚焦新材料、生物医药领域企业招引。", {"星澜园区": PL, "新材料": T, "生物医药": T},
         id="fields-then-firms"),
    # near miss: a list with no field word keeps its last item whole
    case("青禾区重点发展数字安防、智能制造和生物医药。", {"数字安防": T, "智能制造": T, "生物医药": T},
         id="no-field-word"),
])
def test_a_lists_shared_field_word_ends_its_last_track(recogniser, text, want):
    check(recogniser, text, want)
