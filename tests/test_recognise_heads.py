"""Name heads (kg/recognise/heads.py, modifier.py; rules.toml [[head]], [long_name],
[place] zone_words) on sentences with INVENTED names (青禾, 星澜, 墨川, 云栖 …);
real names only where a rule depends on the lexicon (provinces, cities, districts).

Each row: the sentence, the {name: class} of every name found that is not a
nested owner, and (where it matters) the {name: class} of the nested owners.
"""
from __future__ import annotations

import pytest

from recognition import case, check, mentions, names

P, PL, PR, I, E, C, T = "Place", "Platform", "Project", "Institution", "Enterprise", "CommercialDistrict", "IndustryTrack"


# -- long project names: heads marked `long` (项目, 工程, 生产线, 晶圆厂, 一期/二期 …) ------------

@pytest.mark.parametrize("text, want, want_owners", [
    # the name runs left over counters and numbers
    case("加快推进青禾第6代新型显示器件生产线项目", {"青禾第6代新型显示器件生产线项目": PR}, None,
         id="ordinal-and-counter"),
    case("开工星澜12英寸晶圆厂", {"星澜12英寸晶圆厂": PR}, None, id="number-and-unit"),
    # ... over a bare capacity (20万吨) or a herd's size (万头, 百万头) after the brand
    case("★ 星澜化工20万吨乙二醇项目", {"星澜化工20万吨乙二醇项目": PR}, {"星澜化工": E}, id="bare-tonnage"),
    case("云溪今年引进甘肃青禾牧业有限公司万头奶牛养殖场项目，带动周边就业",
         {"甘肃青禾牧业有限公司万头奶牛养殖场项目": PR}, {"甘肃青禾牧业有限公司": E}, id="herd-size-after-firm"),
    case("在白露镇布局星澜白露百万头肉鸭养殖加工项目", {"白露镇": P, "星澜白露百万头肉鸭养殖加工项目": PR},
         None, id="hundred-thousand-head-herd"),
    # ... over the land a farm or a forest works covers (千亩, 2.5万亩) after the place naming it
    case("正在实施墨岭千亩云雾茶园提质改造项目，", {"墨岭千亩云雾茶园提质改造项目": PR}, None, id="thousand-mu"),
    case("正在实施白露村500亩云雾茶园提质改造项目。", {"白露村500亩云雾茶园提质改造项目": PR}, None, id="mu-after-village"),
    # ... over a capacity written per year or per day (300万吨/年), the slash no break in the name
    case("建成星澜石化260万吨/年柴油加氢精制改造项目", {"星澜石化260万吨/年柴油加氢精制改造项目": PR},
         {"星澜石化": E}, id="capacity-per-year"),
    case("墨川水务8万立方米/日再生水项目开工", {"墨川水务8万立方米/日再生水项目": PR}, None, id="capacity-per-day"),
    # ... not over a capacity a clause states before the name (达到300万吨/年，|…)
    case("产能达到300万吨/年，青禾炼油项目开工", {"青禾炼油项目": PR}, None, id="capacity-in-another-clause"),
    # ... not a bare count of tonnes (日处理鲜奶1500吨|生产线: the line's daily intake, no name)
    case("新增日处理鲜奶1500吨生产线", {}, None, id="bare-tonnes-no-name"),
    case("推进墨川A320系列飞机总装线项目建设", {"墨川A320系列飞机总装线项目": PR}, None, id="model-number"),
    # ... over a space between two Latin words of a product, not one after a Chinese word
    case("青禾区引进星澜光电Mini LED背光模组项目", {"星澜光电Mini LED背光模组项目": PR}, {"星澜光电": E},
         id="latin-product-with-space"),
    case("星澜光电引进 LED背光模组项目", {"LED背光模组项目": PR}, None, id="space-after-chinese-word"),
    # a preposition jieba glued to the word before a known firm (焦由|美团…) ends the walk there
    case("所需针状焦由美团云溪分公司供应。", {"美团云溪分公司": E}, None, id="glued-preposition-before-a-firm"),
    # ... over the verbs [long_name] lists inside
    case("青禾新能源汽车工厂改造项目正式开工", {"青禾新能源汽车工厂改造项目": PR}, {"青禾": E}, id="gaizao"),
    case("星澜云栖扩建项目加快推进", {"星澜云栖扩建项目": PR}, {}, id="kuojian"),
    case("墨川晶圆代工生产线投产", {"墨川晶圆代工生产线": PR}, None, id="daigong"),
    # a line after a word for projects is the project's line: the project is named (…项目|生产线)
    case("1号地块建有星澜生物年产300吨青蒿素提取项目生产线；", {"星澜生物年产300吨青蒿素提取项目": PR},
         {"星澜生物": E}, id="project-then-line"),
    # ... a line named by its product, no project before it, is one
    case("1号地块建有星澜生物青蒿素提取生产线；", {"星澜生物青蒿素提取生产线": PR}, {"星澜生物": E},
         id="line-no-project-before"),
    # ... over a name found before it: a registered name with a bracketed city
    case("推进星澜禾川(云溪)有限公司晶圆扩产项目", {"星澜禾川(云溪)有限公司晶圆扩产项目": PR},
         {"星澜禾川(云溪)有限公司": E}, id="registered-name-inside"),
    # ... over the whole of a registered name the walk entered halfway: past its province
    # (a place stops the walk) or past the modifier's length
    case("生物制药领域，河北青杉生物制药有限公司多肽原料药生产基地计划投资9亿元", {"生物制药": T,
         "河北青杉生物制药有限公司多肽原料药生产基地": PR}, {"河北青杉生物制药有限公司": E},
         id="registered-name-with-province"),
    # ... over a county's or city's short form jieba took for an adverb or a verb (大同, 分宜), or
    # cut in two (尧|都), opening the registered name
    case("开发区去年引进了大同星澜软件技术有限公司，补齐链条。", {"大同星澜软件技术有限公司": E}, None,
         id="registered-short-place-adverb"),
    # (the holder opening the clause before 控股子公司 is a firm too: kg/recognise/parent_firms.py)
    case("青禾矿业控股子公司分宜墨川锂电科技有限公司上半年营收9.3亿元。",
         {"青禾矿业": E, "分宜墨川锂电科技有限公司": E}, None, id="registered-short-place-verb"),
    case("7.山西尧都云溪农业科技有限公司｜设施蔬菜温室", {"山西尧都云溪农业科技有限公司": E}, None,
         id="registered-short-place-cut"),
    # ... over a brand's first word jieba took for a verb and its last character for a measure
    # word (回春|堂) after a city: a measure word counts after a numeral only
    case("（五）云南回春堂药业有限公司。", {"云南回春堂药业有限公司": E}, None, id="registered-verb-and-measure"),
    case("5｜保山回春堂电子科技有限公司｜电子元件", {"保山回春堂电子科技有限公司": E}, None,
         id="registered-verb-and-measure-in-a-row"),
    # (near miss: a numeral and a measure word after the place count, 云南|首家)
    case("云南首家青禾科技有限公司开业", {"云南省": P, "青禾科技有限公司": E}, None, id="registered-after-a-count"),
    # ... over a group's registered trade (建设, 投资: [legal_name] trade_words) before its head
    # inside a branch's name
    case("由青禾恒远建设集团锦州分公司承建。", {"青禾恒远建设集团锦州分公司": E}, None, id="branch-of-trade-group"),
    # near miss: the verb before a group's word opens no name
    case("加快建设集团总部项目。", {}, None, id="build-before-group-no-name"),
    # near miss: the same word as an adverb before no registered name
    case("我们大同小异的科技有限公司。", {}, None, id="short-place-no-name"),
    case("去年签约的湖南星澜储能科技有限公司钠电池模组生产基地", {
         "湖南星澜储能科技有限公司钠电池模组生产基地": PR}, {"湖南星澜储能科技有限公司": E},
         id="registered-name-past-length"),
    # (near misses: the firm stands apart, or no firm opens the name)
    case("河北青杉生物制药有限公司投资的多肽原料药生产基地开工", {"河北青杉生物制药有限公司": E,
         "多肽原料药生产基地": PR}, None, id="registered-name-apart"),
    # ... and stops at boundary words, function words, counts and other verbs
    case("依托星澜云栖扩建项目", {"星澜云栖扩建项目": PR}, None, id="stops-at-boundary"),
    case("加快推进的青禾光伏组件项目", {"青禾光伏组件项目": PR}, None, id="stops-at-de"),
    case("今年共实施35个项目", {}, None, id="count-no-name"),
    case("开工多条星澜生产线", {"星澜生产线": PR}, None, id="stops-at-count"),
    # a line a clause builds, adds or makes ([long_name] built_heads, built_verbs) is no name
    case("该公司将新建年产3万吨星澜薄膜生产线", {}, None, id="built-line-yearly-output"),
    case("园区新增两条墨川扬声器生产线", {}, None, id="built-line-after-count"),
    case("企业布局了云栖储能电池PACK产线", {}, None, id="built-line-after-le"),
    # near miss: a firm opens the line's name, which names the firm's line
    case("该公司将新建星澜集团年产3万吨薄膜生产线", {"星澜集团年产3万吨薄膜生产线": PR}, {"星澜集团": E},
         id="built-line-a-firm-opens"),
    case("该厂主要生产云栖车身智能焊装生产线", {}, {}, id="built-line-verb-walked-in"),
    case("星澜体育馆承接游泳项目", {"星澜体育馆": PR}, None, id="stops-at-chengjie"),
    case("星澜体育馆承接青禾游泳项目", {"星澜体育馆": PR, "青禾游泳项目": PR}, None,
         id="after-chengjie-a-name"),
    # ... over a yearly output or a generation, written as a quantity (年产…, 第N代)
    case("星澜重工年产8万台青禾智能农机生产线项目开工", {"星澜重工年产8万台青禾智能农机生产线项目": PR}, None,
         id="yearly-output"),
    case("星澜光电第7.5代OLED面板项目签约", {"星澜光电第7.5代OLED面板项目": PR}, None, id="generation-decimal"),
    # ... over a word joining two products, and a verb after a noun (滚装, 充电)
    case("开工建设的青禾伺服电机及精密减速器生产线项目", {"青禾伺服电机及精密减速器生产线项目": PR}, None,
         id="products-joined-by-ji"),
    # ... a verbal noun before 及, the first of the two (白酒酿造及灌装); not before 和, where
    # the sentence names kinds of works (引进白酒酿造和灌装项目)
    case("星澜酒业白酒酿造及灌装项目开工", {"星澜酒业白酒酿造及灌装项目": PR}, None, id="verbal-noun-before-ji"),
    case("重点引进果酒酿造和原浆储存项目", {}, None, id="verbal-noun-before-he"),
    case("星澜港汽车滚装码头项目落户", {"星澜港汽车滚装码头项目": PR}, None, id="verb-after-noun"),
    case("加快青禾项目及星澜项目建设", {"青禾项目": PR, "星澜项目": PR}, None, id="two-projects-joined"),
    # a numbered phase makes a long name specific without a coined word
    case("星澜港区码头三期工程开工", {"星澜港区码头三期工程": PR}, None, id="numbered-phase-works"),
    case("省级金融总部项目落地", {}, None, id="category-not-a-name"),
    case("实施化工原料产业化项目", {}, None, id="no-proper-word"),
    case("青禾微电子功率器件产业化项目开工", {"青禾微电子功率器件产业化项目": PR}, None, id="chanyehua"),
    # ... over 一体化 (what the works join), which ends no name as other …化 words do
    case("协议签署后，年产6万吨高镍正极材料一体化项目将落地白露园区", {"年产6万吨高镍正极材料一体化项目": PR,
         "白露园区": PL},
         None, id="yitihua-after-output"),
    case("星澜能源云溪60万千瓦源网荷储一体化项目并网", {"星澜能源云溪60万千瓦源网荷储一体化项目": PR},
         {"星澜能源": E}, id="yitihua-after-capacity"),
    case("加快一体化项目建设", {}, None, id="yitihua-alone"),
    case("实施城乡一体化工程", {}, None, id="yitihua-of-a-policy"),
    # phases
    case("青禾智造基地二期加快建设", {"青禾智造基地二期": PR}, None, id="phase"),
    case("青禾基地三期开工", {"青禾基地三期": PR}, None, id="phase-in-frame"),
    case("发挥省青禾母基金三期牵引作用", {}, None, id="a-fund-has-no-phase"),
    # ... and a phase's works named after it: renovation, upgrade, workshop
    case("近日，星澜古街二期改造完成", {"星澜古街二期改造": PR}, None, id="phase-renovation"),
    case("墨川青禾铝业三期技改开工", {"墨川青禾铝业三期技改": PR}, None, id="phase-upgrade"),
    case("禾川达二期厂房开工", {"禾川达二期厂房": PR}, None, id="phase-workshop"),
    case("星澜新材料科技园二期标准厂房动工", {"星澜新材料科技园二期标准厂房": PR}, None, id="phase-standard-workshops"),
    case("白露智造园三期标准化厂房进度偏慢", {"白露智造园三期标准化厂房": PR}, None, id="phase-standardised-workshops"),
    case("完成三个项目二期改造", {}, None, id="projects-renovated"),
    # a word for projects or buildings alone before a phase is what is left of a name the
    # walk cut at a verb: no name of its own
    case("星澜精工一体化锻造项目一期年内开工", {}, None, id="phase-of-a-cut-project"),
    case("青禾园区标准化厂房二期交付", {"青禾园区": "Platform"}, None, id="phase-of-cut-workshops"),
    # ... and a bare word for a park, a base or a firm before it: the phase of one named elsewhere
    case("园区二期标准厂房里，三条新产线已经试运行", {}, None, id="phase-of-a-bare-park"),
    case("基地三期大功率机组项目今年投产", {}, None, id="phase-of-a-bare-base"),
    case("公司二期厂房预计明年建成投用", {}, None, id="phase-works-of-a-bare-firm"),
    case("白露物流园二期开工", {"白露物流园二期": PR}, None, id="phase-of-a-named-park"),
    case("星澜精工二期厂房预计明年建成投用", {"星澜精工二期厂房": PR}, None, id="phase-works-of-a-named-firm"),
    # ... and 分 before it counts phases (分三期实施: built in three)
    case("云溪古镇项目计划分三期实施", {"云溪古镇项目": PR}, None, id="built-in-phases"),
    # ... over 附属 (affiliated) inside a hospital's name
    case("青川医学院附属医院星源院区二期开工", {"青川医学院附属医院星源院区二期": PR}, None,
         id="fushu-inside-a-phase"),
    # ... over a place's stem jieba tags a numeral (九里|长街)
    case("九里长街特色街区二期改造完成", {"九里长街特色街区二期改造": PR}, None, id="phase-after-a-numeral-stem"),
    # a name the walk cut inside (用, a verb, lone characters) runs back to where its clause
    # opens, after an item number or a frame word, when the words it gains begin with a brand
    case("3.云茂精瓷光伏用陶瓷基板项目，计划投资5亿元", {"云茂精瓷光伏用陶瓷基板项目": PR}, {"云茂精瓷": E},
         id="clause-opening-after-item-number"),
    case("在建的鑫川年产8万吨冷轧精密铝箔项目预计年底投产", {"鑫川年产8万吨冷轧精密铝箔项目": PR}, {},
         id="clause-opening-after-de-lone-characters"),
    case("（三）奔腾电驱年产20万台套电驱动总成项目", {"奔腾电驱年产20万台套电驱动总成项目": PR},
         {"奔腾电驱": E}, id="clause-opening-verb-then-coined-word"),
    case("下半年，将推动电子材料项目开工", {}, None, id="clause-opening-needs-a-brand"),
    # a field of the thing after its head ends the name there (…项目|建设地点); the works
    # word alone (…产业园|建设) still makes the phrase a common noun
    case("宏图精工年产5万台减速机项目建设地点位于青禾工业园", {"宏图精工年产5万台减速机项目": PR, "青禾工业园": PL},
         {"宏图精工": E}, id="head-before-a-field"),
    case("推进化工原料产业化项目建设进度", {}, None, id="head-before-a-field-needs-a-name"),
    # ... and so does the team that runs it (…项目|工作专班); the project's work alone names nothing
    case("5.星澜集团青禾光学镜片制造基地项目工作专班（项目位于高新区）", {"星澜集团青禾光学镜片制造基地项目": PR},
         {"星澜集团": E}, id="head-before-its-task-force"),
    case("做好项目工作专班服务", {}, None, id="task-force-of-no-name"),
    case("青禾光学镜片产业基地项目工作稳步推进", {"青禾光学镜片产业基地": "Platform"}, None, id="head-before-work"),
    # a trade of construction works jieba tags as a name is no proper word (路基, 土建)
    case("目前路基工程已完成六成", {}, None, id="roadbed-works"),
    case("力争年内铺完路基及路面工程", {}, None, id="roadbed-and-surface-works"),
    case("土建工程已完工", {}, None, id="civil-works"),
    case("云溪大道路基工程已完成六成", {"云溪大道路基工程": PR}, None, id="roadbed-works-of-a-named-road"),
    # a coined brand and the track it trades in, before the capacity, is the owner whole
    case("星澜光伏年产5GW高效电池片项目投产", {"星澜光伏年产5GW高效电池片项目": PR}, {"星澜光伏": E},
         id="brand-and-track-before-capacity"),
    # (near miss: a track alone before the capacity names no firm)
    case("新能源汽车年产10万辆项目开工", {"新能源汽车年产10万辆项目": PR}, {}, id="track-before-capacity"),
    # a firm's trade word that is the tail of a track's word names no firm (冷链|物流 in 冷链物流: the
    # brand before the track is the owner); not a one-character word before it (新能源: a firm's trade)
    case("推进青禾白露冷链物流中心项目建设。", {"青禾白露冷链物流中心项目": PR}, {"青禾白露": E},
         id="trade-word-glued-in-a-track"),
    case("推进青禾新能源储能基地项目建设。", {"青禾新能源储能基地项目": PR}, {"青禾新能源": E},
         id="trade-word-after-one-character"),
    # places side by side before a place's short form are a scenic spot, no coined brand; a brand
    # no dictionary knows before it is one
    case("推进泰山枫林温泉度假区项目建设。", {"泰山枫林温泉度假区项目": PR}, {}, id="places-side-by-side"),
    case("推进云溪墨川温泉度假区项目建设。", {"云溪墨川温泉度假区项目": PR}, {"云溪墨川": E},
         id="coined-brand-before-a-place"),
    # a programme in quotes is not a project; the same words unquoted are
    case("市“青禾明珠工程”顶尖人才引进", {}, None, id="quoted-programme"),
    case("实施青禾明珠工程", {"青禾明珠工程": PR}, None, id="unquoted-works"),
    # a list item's number before a word for projects points back to the item: no name
    case("2. 第5号项目由星澜农业发展有限公司管护", {"星澜农业发展有限公司": E}, None, id="numbered-item"),
    case("青禾学院为第3、4号项目派驻技术专家", {"青禾学院": I}, None, id="numbered-items-listed"),
    case("3. 第十二号工程由星澜公司运营", {"星澜公司": E}, None, id="numbered-item-works"),
    # (near misses: a word before the number makes a name; a plot's number inside one)
    case("星澜亚洲一号项目开工", {"星澜亚洲一号项目": PR}, None, id="named-before-number"),
    case("云溪区3号地块项目开工", {"云溪区3号地块项目": PR}, None, id="plot-number-inside"),
    # a plan's kinds of chain-building projects are no names (延链补链项目, 强链补链项目)
    case("年内储备一批延链补链项目", {}, None, id="chain-links-projects"),
    case("谋划固链强链项目", {}, None, id="chain-links-projects-2"),
    # (near miss: a brand before the chain word names its project)
    case("墨川新材料延链项目开工", {"墨川新材料延链项目": PR}, None, id="brand-before-chain-word"),
    # the things within a place (X市域内项目) are no name; a verb of strengthening opens none
    case("资金投向云溪市域内项目", {}, None, id="within-a-city"),
    case("星澜县境内项目全部开工", {}, None, id="within-a-county"),
    case("青禾区各部门要加强项目调度", {}, None, id="strengthen-projects"),
    # (near misses: a place's name before the project; a park after 加强)
    case("云溪市星澜项目开工", {"云溪市星澜项目": PR}, None, id="place-named-project"),
    case("加强星澜产业园建设", {"星澜产业园": PL}, None, id="strengthen-a-named-park"),
    # a factory named only by what it makes or how is a kind of plant, no name
    case("欢迎企业来云溪建设配套工厂", {}, None, id="supplier-factory"),
    case("青禾区引进一座低温乳品工厂", {}, None, id="kind-of-factory"),
    case("全区已有家居智能工厂落地", {}, None, id="kind-of-smart-factory"),
    # (near misses: a brand or a place names the factory)
    case("星澜家居智能工厂落地云溪", {"星澜家居智能工厂": PR}, None, id="branded-smart-factory"),
    case("墨川乳业青禾工厂投产", {"墨川乳业青禾工厂": PR}, None, id="firm-and-place-factory"),
    # ... and a power station, a testing centre, a training base named only by what it does
    case("全区新建分布式光伏电站", {}, None, id="kind-of-power-station"),
    case("推进技能培训基地运营", {}, None, id="kind-of-training-base"),
    case("引进轻工产品检测中心", {}, None, id="kind-of-testing-centre"),
    # (near misses: a place, a body, two parties building it together name one)
    case("云溪储能电站并网", {"云溪储能电站": PR}, None, id="placed-power-station"),
    case("星澜学院实训基地揭牌", {"星澜学院实训基地": PR}, {"星澜学院": I}, id="a-bodys-training-base"),
    case("与青禾大学共建材料检测中心", {"青禾大学": I, "材料检测中心": PR}, None, id="co-built-testing-centre"),
    # a firm's design centre named by its brand or place (an item's heading of a list of centres)
    case("（三）墨川白露色纺设计中心", {"墨川白露色纺设计中心": PR}, None, id="design-centre-heading"),
    case("云杉光学设计中心投入运行", {"云杉光学设计中心": PR}, None, id="design-centre-of-brand"),
    # a place whose name holds a numeral and a counter (五大连池 of 五大连池市) is no count in a name
    case("（二）星澜五大连池矿泉水设计中心", {"星澜五大连池矿泉水设计中心": PR}, {"星澜": E},
         id="numeral-place-inside-a-name"),
    case("中心依托五大连池青禾矿泉水有限公司建设。", {"五大连池青禾矿泉水有限公司": E}, None,
         id="numeral-place-opens-a-firm"),
    # (near misses: a count of things is still one)
    case("青禾县打造五大特色产业园", {"青禾县": P}, None, id="count-of-parks-no-name"),
    case("依托五家企业共建设计中心", {}, None, id="count-of-firms-no-name"),
    # (near misses: the kind, no name)
    case("认定为市级工业设计中心", {}, None, id="kind-of-design-centre"),
    case("积极申报省级工业设计中心", {}, None, id="kind-of-design-centre-applied"),
    # everyday words of a trade jieba does not know or tags as names make no name (牛羊肉, 奶源, 管沟)
    case("园区引进多个牛羊肉精细加工项目", {}, None, id="trade-word-tagged-a-name"),
    case("青禾县布局奶源基地", {"青禾县": P}, None, id="trade-word-unknown"),
    case("同步实施电力管沟工程", {}, None, id="works-trade-word"),
    # the kind of climate works jieba does not know (碳汇): the kind, no name
    case("积极探索湿地碳汇项目开发", {}, None, id="carbon-sink-works-of-a-kind"),
    # (near miss: a place's name before them names the project)
    case("推动云溪湿地碳汇项目备案", {"云溪湿地碳汇项目": PR}, None, id="named-carbon-sink-project"),
    # (near miss: a place's coined name before them names the project)
    case("云溪牛羊肉精细加工项目开工", {"云溪牛羊肉精细加工项目": PR}, None, id="named-trade-project"),
    # what a thing goes to (用于) ends the words before the works' name
    case("新增指标用于墨川啤酒云溪灌装基地扩能项目。", {"墨川啤酒云溪灌装基地扩能项目": PR}, None,
         id="used-for-before-name"),
    # a firm's works on the water or heat its plant lets go, named by the thing and the work after the
    # firm builds them (建成, 建设了)
    case("墨川印染有限公司建成定型机余热回收项目。", {"墨川印染有限公司": E, "定型机余热回收项目": PR}, None,
         id="firm-built-recovery-works"),
    case("星澜造纸有限公司建设了白水及冷凝水回收工程。", {"星澜造纸有限公司": E, "白水及冷凝水回收工程": PR}, None,
         id="firm-built-reuse-works"),
    # (near miss: a bare kind of such works, no firm building it, names none)
    case("推广余热回收项目。", {}, None, id="recovery-works-of-a-kind"),
    # a base a plan counts by its area, a word of a standard or a scale opening it, is a kind
    case("该社在柳河镇建成标准化小麦种植基地2万亩。", {"柳河镇": P}, None, id="standard-base-of-a-kind"),
    # (near miss: without it the base built there is named by what it grows)
    case("该社在柳河镇建成小麦种植基地。", {"柳河镇": P, "小麦种植基地": PR}, None, id="described-base-built-there"),
])
def test_long_project_names(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


def test_a_long_name_stops_at_max_len(recogniser):
    # [long_name] max_len = 30: the walk left over coined words stops there
    text = "青禾星辰云栖墨川星澜禾川澜溪云端青禾星辰云栖墨川星澜禾川澜溪云端扩建项目"
    (name, cls), = names(recogniser, text).items()
    assert cls == PR and text.endswith(name)
    assert 20 < len(name) - len("项目") <= recogniser.rules.long_name["max_len"] < len(text) - len("项目")


# -- zones: 新区, 经开区, 高新区, 开发区, 保税区, 生态城 … --------------------------------------

@pytest.mark.parametrize("text, want", [
    # a county's short form (admin-divisions.tsv, column short) that jieba takes for a common
    # word opens the zone named after the county (real short forms: the rule reads the lexicon)
    case("平谷高新技术产业开发区位于星澜路。", {"平谷高新技术产业开发区": PL, "星澜路": P}, id="county-short-noun"),
    case("星澜公司落户门头沟经济开发区。", {"星澜公司": E, "门头沟经济开发区": PL}, id="county-short-noun-2"),
    case("墨川项目落户介休经开区。", {"墨川项目": PR, "介休经开区": PL}, id="county-short-verb"),
    case("星澜公司落户遵化经济开发区。", {"星澜公司": E, "遵化经济开发区": PL}, id="county-short-ending-hua"),
    # ... or one jieba cut in two (于|都, 三|都)
    case("星澜公司落户于都经济开发区。", {"星澜公司": E, "于都经济开发区": PL}, id="county-short-cut-in-two"),
    case("三都经开区位于城南。", {"三都经开区": PL}, id="county-short-cut-in-two-2"),
    # (near misses: before a head that is no zone's, a short form is as often a common word;
    # a word ending in 化 that is no county's is no zone's name)
    case("建设现代化经济开发区。", {}, id="hua-not-a-county"),
    # a zone named by a place alone is a zone before 建设 too (its work, not zones in general)
    case("星澜公司在云溪区经开区建设新工厂。", {"星澜公司": E, "云溪区经开区": PL, "新工厂": PR}, id="place-zone-before-jianshe"),
    case("在门头沟高新区建设研发楼。", {"门头沟高新区": PL}, id="county-short-zone-before-jianshe"),
    # a short form jieba takes for another word (互助: a verb, 大同: an adverb) opening its clause or
    # list item names the park after it (rules.toml [place] zone_park_heads), as a place does
    case("园区由星澜园区和互助墨川产业园组成。", {"星澜园区": PL, "互助墨川产业园": PL}, id="county-short-park-item"),
    case("大同青禾产业园建成投用。", {"大同青禾产业园": PL}, id="county-short-park-clause"),
    # (near miss: after a word of the clause it is that word's, 结对互助)
    case("深化结对互助青禾产业园共建。", {"青禾产业园": PL}, id="county-short-after-a-verb"),
    # a city whose name ends in a generic word (宣城市, 白城市: 城市) names its zone all the same
    case("星澜公司落户宣城市经开区。", {"星澜公司": E, "宣城市经开区": PL}, id="city-ending-in-chengshi"),
    case("白城市高新区位于城东。", {"白城市高新区": PL}, id="city-ending-in-chengshi-2"),
    case("推进城市产业园建设。", {}, id="generic-chengshi"),
    # a generic word opening a word for a part of town (中心|城区) is the name's ([generic] kept_before)
    case("负责实施中心城区云溪棚户区改造项目", {"中心城区云溪棚户区改造项目": PR}, id="central-district-opens"),
    # (near misses: 中心 before another word is stripped; a bare central district is no name)
    case("负责实施中心云溪棚户区改造项目", {"云溪棚户区改造项目": PR}, id="generic-zhongxin-stripped"),
    case("加快中心城区建设", {}, id="central-district-alone"),
    # (near misses: a bare zone word, or a place and a park's kind, before 建设 is the work)
    case("推进开发区建设。", {}, id="bare-zone-jianshe"),
    case("加快云溪区产业园建设。", {"云溪区": P}, id="place-kind-park-jianshe"),
    # a park a named zone opens is named by it before 建设 too: the zone's park, not parks in general
    case("推进绍兴高新区航空航天产业园建设。", {"绍兴高新区航空航天产业园": PL}, id="zone-park-jianshe"),
    case("加快嘉兴经济技术开发区节能环保产业园建设。", {"嘉兴经济技术开发区节能环保产业园": PL},
         id="long-zone-park-jianshe"),
    # (near misses: a bare zone word names no park; a zone alone before 建设 is still the zone)
    case("推进高新区航空航天产业园建设。", {"航空航天": T}, id="bare-zone-park-jianshe"),
    case("推进绍兴高新区建设。", {"绍兴高新技术产业开发区": PL}, id="named-zone-alone-jianshe"),
    case("打造儿童友好街区。", {}, id="not-a-zone-head"),
    case("推进老城片区改造。", {}, id="not-a-zone-head-2"),
])
def test_a_zone_named_by_a_county_or_its_short_form(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a zone starts after the province or city before it
    case("加快建设上海市青禾新区", {"上海市": P, "青禾新区": PL}, id="xinqu-after-city"),
    case("推进合肥市青禾经开区建设", {"合肥市": P, "青禾经开区": PL}, id="jingkaiqu-after-city"),
    case("加快天津市滨海新区建设", {"天津市": P, "滨海新区": P}, id="known-district-in-a-frame",
         xfail="a frame's list item runs over the city before a zone (天津市滨海新区 becomes one "
               "Platform), though zones stop at a province or city before them"),
    case("打造青禾高新区", {"青禾高新区": PL}, id="gaoxinqu"),
    # a national agricultural hi-tech zone, after a city the lexicon knows too
    case("星澜国家农高区今年新引进企业12家", {"星澜国家农高区": PL}, id="nonggaoqu"),
    case("德州国家农高区今年新引进企业12家", {"德州国家农高区": PL}, id="nonggaoqu-city"),
    # a border town's zone of trade across the border is a zone, not a district
    case("星澜供应链公司位于凭祥市白露边贸区", {"星澜供应链公司": E, "凭祥市": P, "白露边贸区": PL}, id="border-trade-zone"),
    case("东兴市青禾互市贸易区交易额增长两成", {"东兴市": P, "青禾互市贸易区": PL}, id="border-market-zone"),
    case("星澜商贸公司进驻白露边境贸易区，主营玉石交易", {"星澜商贸公司": E, "白露边境贸易区": PL},
         id="border-trade-zone-in-full"),
    # a pilot zone of cross-border e-commerce, its city in brackets
    case("中国（云溪）跨境电商综合试验区今年新增备案企业两百家",
         {"中国（云溪）跨境电商综合试验区": PL}, id="bracketed-city-pilot-zone"),
    case("打造星澜开发区", {"星澜开发区": PL}, id="kaifaqu"),
    case("推进青禾保税区建设", {"青禾保税区": PL}, id="baoshuiqu"),
    case("青禾生态城开工", {"青禾生态城": PL}, id="shengtaicheng"),
    case("设立青禾经济综合实验区", {"青禾经济综合实验区": PL}, id="zonghe-shiyanqu"),
    case("墨川临空经济综合实验区重点打造的星澜商圈", {"墨川临空经济综合实验区": PL, "星澜商圈": "CommercialDistrict"},
         id="zonghe-shiyanqu-shangquan"),
    # a zone needs a proper word
    case("设立留新区", {}, id="no-proper-word"),
    case("打造新区", {}, id="bare-zone-word"),
    # a bare zone word before a name says where it lies
    case("落户高新区青禾科技园", {"青禾科技园": PL}, id="zone-word-locates"),
    case("落户经开区星澜软件园", {"星澜软件园": PL}, id="zone-word-locates-2"),
    # ... but a name that says only its kind keeps its zone
    case("落户开发区新材料产业园", {"开发区新材料产业园": PL}, id="kind-only-keeps-zone"),
    case("落户高新区人工智能产业园", {"高新区人工智能产业园": PL}, id="kind-only-keeps-zone-2"),
    # who comes to a zone, or goes, is no word of its name (来 and 赴 are verbs jieba leaves alone)
    case("欢迎海内外客商来宜宾高新区投资兴业", {"宜宾高新区": PL}, id="come-to-a-zone"),
    case("组织企业家赴星澜经开区考察学习", {"星澜经开区": PL}, id="go-to-a-zone"),
    case("来宾市高新区新签项目5个", {"来宾市高新区": PL}, id="a-place-opening-with-lai"),
    # another name's head ends a zone's or a park's words: an event's, a park's before it
    case("第二届泸州经贸洽谈会开发区分会场现场签约8个项目", {"泸州市": P}, id="an-event-before-the-zone"),
    case("项目位于宜宾高新区星澜科技产业园青禾工业园内", {"宜宾高新区": PL, "星澜科技产业园": PL, "青禾工业园": PL},
         id="a-park-before-a-park"),
    case("省级科技企业孵化器泸州经开区创新中心今年入驻团队15个", {"泸州经开区创新中心": PR}, id="an-incubator-label"),
    # near misses: a branch is named by the whole park, a zone's incubator by the zone
    case("星澜光电高新技术产业园区云溪分园揭牌", {"星澜光电高新技术产业园区云溪分园": PL}, id="a-branch"),
    case("星澜软件园孵化器新入驻企业12家", {"星澜软件园孵化器": PL}, id="a-parks-incubator"),
    # a ministry the lexicon knows before a zone's word names the zones it assesses, no zone
    case("按照自然资源部开发区用地核查要求开展工作", {"自然资源部": I}, id="a-ministrys-zones"),
    case("商务部开发区年度考评结果公布，墨川经济技术开发区位列第五",
         {"商务部": I, "墨川经济技术开发区": PL}, id="a-ministrys-zones-then-a-zone"),
    # (near miss: a university's park, a park's head that takes an owner, keeps it)
    case("青禾大学科技园入驻企业50家", {"青禾大学科技园": PL}, id="a-universitys-park"),
])
def test_zone_heads(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a 片区 after a zone and a county's short name (拱墅 for 拱墅区: the rule reads the lexicon)
    # is the zone's branch there: a platform named by the zone, which stays a nested mention
    case("项目位于青禾高新区拱墅片区", {"青禾高新区拱墅片区": PL}, {"青禾高新区": PL}, id="zone-branch-county"),
    case("企业主要分布在星澜经开区余杭片区、墨川镇", {"星澜经开区余杭片区": PL, "墨川镇": P}, {"星澜经开区": PL},
         id="zone-branch-in-a-list"),
    # ... and after a free-trade zone, its branch in a city
    case("这里是中国（浙江）自由贸易试验区杭州片区的核心区域",
         {"中国（浙江）自由贸易试验区杭州片区": PL}, {"中国（浙江）自由贸易试验区": PL}, id="ftz-branch-city"),
])
def test_a_zones_branch_in_a_county_is_named_by_the_zone(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a bonded zone set up inside a named zone is named by it, and the text names that zone too
    case("依托青禾新区综合保税区和星澜机场", {"青禾新区综合保税区": PL, "星澜机场": P}, {"青禾新区": PL},
         id="xinqu-zongbao"),
    case("项目位于星澜高新区综合保税区", {"星澜高新区综合保税区": PL}, {"星澜高新区": PL}, id="gaoxinqu-zongbao"),
    # a bare zone word before it is not a named zone: no name
    case("依托新区综合保税区发展", {}, {}, id="bare-zone-word"),
    # a zone's shared centre right after a zone the lexicon names is named by it
    case("宁波高新区科创中心新增孵化企业35家", {"宁波高新区科创中心": PL}, {"宁波国家高新技术产业开发区": PL}, id="lexicon-zone-centre"),
    # a zone's incubator (创新创业中心, 众创空间) right after the zone, the lexicon's or not: named by it
    case("星澜科技有限公司入驻宁波高新区创新创业中心", {"星澜科技有限公司": "Enterprise", "宁波高新区创新创业中心": PL},
         {"宁波国家高新技术产业开发区": PL}, id="lexicon-zone-incubation-centre"),
    case("今年入驻青禾经开区众创空间的团队有12个", {"青禾经开区众创空间": PL}, {"青禾经开区": PL},
         id="zone-maker-space"),
    # (near miss: a bare zone word names no zone here)
    case("今年入驻经开区众创空间的团队有12个", {}, {}, id="bare-zone-maker-space"),
    # ... and after a bare zone word: the centre of the one zone the text speaks of
    case("研究院将落地经开区科创中心", {"经开区科创中心": PL}, {}, id="bare-zone-centre"),
    # (a bare zone word before a head that needs no proper word names none: 园区科技企业孵化器 counted)
    case("园区科技企业孵化器数量达到5家", {}, {}, id="bare-zone-incubators-counted"),
])
def test_a_zone_inside_a_zone(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a project named after the area it renews: the area is named too
    case("墨川古城保护利用工程完工", {"墨川古城保护利用工程": PR}, {"墨川古城": P}, id="gucheng-project"),
    # not a street, which a project's name opens with to say what it builds (道路 works)
    case("青禾路改造工程完工", {"青禾路改造工程": PR}, {}, id="road-project"),
    # a street or a town: the area the works renew, not an owner named 墨川
    case("墨川街道农贸市场综合改造项目完工", {"墨川街道农贸市场综合改造项目": PR}, {"墨川街道": P}, id="street-project"),
    # a park named after its street
    case("推进星澜街道智能制造产业园建设", {"星澜街道智能制造产业园": PL}, {"星澜街道": P}, id="street-park"),
])
def test_the_area_a_project_is_named_after(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


# -- parks, places, institutions, projects, commercial districts -----------------------------

@pytest.mark.parametrize("text, want", [
    # park heads
    case("打造星澜声谷", {"星澜声谷": PL}, id="shenggu"),
    case("推进青禾药谷建设", {"青禾药谷": PL}, id="yaogu"),
    case("建设云栖生物城", {"云栖生物城": PL}, id="shengwucheng"),
    case("落户墨川科学岛", {"墨川科学岛": PL}, id="kexuedao"),
    case("推进青禾研创园建设", {"青禾研创园": PL}, id="yanchuangyuan"),
    case("青禾科创园入驻企业50家", {"青禾科创园": PL}, id="kechuangyuan"),
    case("墨川大学星澜科创园入驻企业30家", {"墨川大学星澜科创园": PL}, id="kechuangyuan-of-a-university"),
    case("——青禾科学谷。位于星澜街道。", {"青禾科学谷": PL, "星澜街道": P}, id="kexuegu"),
    case("打造智慧产业园。", {}, id="park-without-a-name"),
    case("企业落户星澜智造谷", {"星澜智造谷": PL}, id="zhizaogu"),
    case("共建青禾中试基地", {"青禾中试基地": PL}, id="zhongshijidi"),
    # computing centres are projects; the owner opening the name is nested
    case("星澜墨川云计算中心完成扩容", {"星澜墨川云计算中心": PR}, id="yunjisuanzhongxin"),
    case("推进计算中心建设", {}, id="computing-centre-without-a-name"),
    # a county's cluster of one trade's workshops, an incubating park, named by a county or a trade
    case("——白露县竹编产业带，聚集竹编作坊四十余家", {"白露县竹编产业带": PL}, id="trade-belt-of-a-county"),
    case("墨川县电商孵化园已入驻创业团队35个", {"墨川县电商孵化园": PL}, id="incubating-park"),
    case("（三）特色产业带提质扩容", {}, id="trade-belts-unnamed"),
    # a firm's warehouse abroad, named by its brand and a foreign city; 新设 is the verb, no word of it
    case("青禾物流有限公司在国外新设青禾明斯克海外仓，面积六千平方米",
         {"青禾物流有限公司": E, "青禾明斯克海外仓": PR}, id="overseas-warehouse"),
    case("星澜云仓布宜诺斯艾利斯海外仓由墨川供应链有限公司投资建设",
         {"星澜云仓布宜诺斯艾利斯海外仓": PR, "墨川供应链有限公司": E}, id="overseas-warehouse-before-you"),
    case("计划全年新布局海外仓两个", {}, id="overseas-warehouses-counted"),
    # a scenic area named by a proper word; a grade's or a grading's scenic areas are none
    case("青禾峡谷景区今年接待游客九万人次", {"青禾峡谷景区": P}, id="scenic-area"),
    case("本次共有五处景区通过A级旅游景区复核", {}, id="graded-scenic-areas"),
    case("上述景区年内须完成厕所改造", {}, id="the-said-scenic-areas"),
    # halls that show a trade or a past, and a market building, named by a proper word
    case("建成墨川丝弦非遗体验馆", {"墨川丝弦非遗体验馆": PR}, id="tiyanguan"),
    case("云溪记忆馆由老仓库改建", {"云溪记忆馆": PR}, id="jiyiguan"),
    case("星澜产业博览馆开馆", {"星澜产业博览馆": PR}, id="bolanguan"),
    case("星澜国际商贸城年底开业", {"星澜国际商贸城": PR}, id="shangmaocheng"),
    case("新建一座体验馆", {}, id="hall-without-a-name"),
    case("打造非遗体验馆", {}, id="hall-named-by-jargon"),
    case("推进墨川沪禾合作发展区建设", {"墨川沪禾合作发展区": PL}, id="hezuofazhanqu"),
    case("星澜经济区加快发展", {"星澜经济区": PL}, id="jingjiqu"),
    # place heads
    case("建设星澜新城", {"星澜新城": P}, id="xincheng"),
    case("推进云栖片区建设", {"云栖片区": P}, id="pianqu"),
    case("青禾中心区开发", {"青禾中心区": P}, id="zhongxinqu"),
    case("推进星澜立交建设", {"星澜立交": P}, id="lijiao"),
    case("保护墨川古城", {"墨川古城": P}, id="gucheng"),
    case("走进星澜古镇", {"星澜古镇": P}, id="guzhen"),
    case("位于青禾镇", {"青禾镇": P}, id="zhen-own-token"),
    case("位于墨川镇", {"墨川镇": P}, id="zhen-inside-a-jieba-word"),
    case("位于澜溪镇东侧", {"澜溪镇": P}, id="zhen-inside-a-jieba-word-2"),
    case("位于乡镇", {}, id="zhen-in-a-common-word"),
    case("依托星澜国际机场发展", {"星澜国际机场": P}, id="guojijichang"),
    case("北临青禾海峡", {"青禾海峡": P}, id="haixia"),
    case("星澜集团在墨川沙漠建设光伏治沙项目", {"星澜集团": E, "墨川沙漠": P, "光伏治沙项目": PR}, id="shamo"),
    case("农产品从白露平原出发", {"白露平原": P}, id="pingyuan"),
    # (near miss: a zone whose name holds a plain)
    case("形成与青禾平原经济区协同发展格局", {"青禾平原经济区": PL}, id="pingyuan-in-a-zone"),
    # a verb of going out before the place it goes to is not a word of its name
    case("带着孩子逛夜市的游客说", {}, id="guang-yeshi"),
    case("逛青禾夜市成为时尚", {"青禾夜市": C}, id="guang-named-yeshi"),
    # 产业 after a proper word is a word of a zone's name
    case("位于星澜大道沿线的墨川量子产业先导区占地3平方公里", {"星澜大道": P, "墨川量子产业先导区": PL},
         id="chanye-xiandaoqu"),
    # after a place it lies near or in and 的, a name needs no coined word (云山 is a known word)
    case("青禾园附近的灯塔商圈为员工提供配套", {"灯塔商圈": C}, id="near-the-park-de"),
    case("周边的商圈加快提升", {}, id="near-nothing-de"),
    # a themed street is a commercial district, not a street
    case("墨川风情街、星澜广场相继开业", {"墨川风情街": C, "星澜广场": PR}, id="fengqingjie"),
    # a street of one trade, an area's shopping centre, named by a proper word
    case("星澜眼镜特色街年销售额10亿元", {"星澜眼镜特色街": C}, id="tesejie"),
    case("云溪商业中心今年开业", {"云溪商业中心": C}, id="shangyezhongxin"),
    case("打造区域商业中心", {}, id="shangyezhongxin-generic"),
    case("星澜商业中心改造项目完工", {"星澜商业中心改造项目": PR}, id="shangyezhongxin-in-a-project"),
    # institution heads
    case("成立青禾研究生院", {"青禾研究生院": I}, id="yanjiushengyuan"),
    case("成立星澜产业联盟", {"星澜产业联盟": I}, id="chanyelianmeng"),
    case("组建青禾工业软件创新联合体", {"青禾工业软件创新联合体": I}, id="chuangxinlianheti"),
    # a body's name keeps the zone it opens with, which is named too
    case("青禾新区管委会负责人表示", {"青禾新区管委会": I}, id="zone-body"),
    # project heads
    case("墨川校区开工", {"墨川校区": PR}, id="xiaoqu"),
    case("青禾海洋世界开业", {"青禾海洋世界": PR}, id="haiyangshijie"),
    case("建设星澜储能电站", {"星澜储能电站": PR}, id="chunengdianzhan"),
    case("规划建设墨川低空飞行器测试场", {"墨川低空飞行器测试场": PR}, id="ceshichang"),
    case("共建青禾数字人才实训基地", {"青禾数字人才实训基地": PR}, id="shixunjidi"),
    case("星澜购物中心开业", {"星澜购物中心": PR}, id="gouwuzhongxin"),
    # housing a zone builds for talent, named by a proper word; a count of flats is no name
    case("园区建有青禾人才公寓、墨川商业街", {"青禾人才公寓": PR, "墨川商业街": C}, id="rencaigongyu"),
    case("星澜人才社区交付使用", {"星澜人才社区": PR}, id="rencaishequ"),
    case("提供人才公寓1200套", {}, id="rencaigongyu-count"),
    # a town's or a zone's sewage works, named by it; not the park's own, a common noun
    case("废水经厂区处理后接入青禾镇污水处理厂", {"青禾镇污水处理厂": PR}, id="wushuichuli-town"),
    case("厂区废水初步处理后排入星澜高新区污水处理厂", {"星澜高新区污水处理厂": PR}, id="wushuichuli-zone"),
    case("园区污水处理厂的处理能力已趋饱和", {}, id="wushuichuli-park-common"),
    # works that move, show or sell a trade's goods, or receive visitors, named by a proper word
    case("宜宾荔枝冷链物流中心建成", {"宜宾荔枝冷链物流中心": PR}, id="lengliangwuliuzhongxin"),
    case("顺丰华东物流中心落户宜宾", {"顺丰华东物流中心": PR, "宜宾市": P}, id="wuliuzhongxin-owner"),
    case("建设冷链物流中心3个，谋划农产品冷链物流中心", {}, id="wuliuzhongxin-generic"),
    # a county's or a town's works that deliver, trade or supply for the places around it, named by the
    # place (a town named by a dictionary word as well: 青石|镇); every town's, a kind of town's, a bare
    # one's name none
    case("墨川县共同配送中心由星澜物流有限公司运营", {"墨川县共同配送中心": PR, "星澜物流有限公司": E},
         id="gongtongpeisongzhongxin"),
    case("白露县供销农资配送中心覆盖全县", {"白露县供销农资配送中心": PR}, id="nongzipeisongzhongxin"),
    case("青石镇商贸中心已于5月开业", {"青石镇商贸中心": PR}, id="shangmaozhongxin-dictionary-town"),
    case("云岭乡商贸中心已于5月开业", {"云岭乡商贸中心": PR}, id="shangmaozhongxin-township"),
    case("在各乡镇商贸中心开设网点", {}, id="shangmaozhongxin-every-town"),
    case("中心镇商贸中心建设加快推进", {}, id="shangmaozhongxin-kind-of-town"),
    case("新建配送中心2个、商贸中心5个", {}, id="peisong-shangmao-counted"),
    case("青石镇片区开发稳步推进", {"青石镇": P}, id="dictionary-town-before-area"),
    # (near miss: the last of a list of towns before the head, every town's works, no name)
    case("云溪乡、星澜镇污水处理厂加快建设", {"云溪乡": P, "星澜镇": P}, id="listed-towns-share-works"),
    # ... a storage centre too, inside a park's works' name; a bare one or a list of bare ones names none
    case("实施星澜物流园二期冷链仓储中心项目", {"星澜物流园二期冷链仓储中心项目": PR}, id="cangchuzhongxin-in-park"),
    case("规划建设冷链仓储中心、智能分拣中心各一座", {}, id="cangchuzhongxin-generic"),
    # a zone's shared centres and pilot plants, and a resort zone, are platforms
    case("墨川锂电科创中心已入驻企业56家", {"墨川锂电科创中心": PL}, id="kechuangzhongxin"),
    case("共建星澜合成生物中试平台", {"星澜合成生物中试平台": PL}, id="zhongshipingtai"),
    # ... weak: a university's centre in a list of research bodies is a body
    case("墨川工业大学云溪科创中心等研发机构已入驻", {"墨川工业大学云溪科创中心": I}, id="kechuangzhongxin-listed-body"),
    case("建设青禾国际旅游度假区", {"青禾国际旅游度假区": PL}, id="lvyoudujiaqu"),
    case("搭建公共服务平台", {}, id="gonggongfuwupingtai-generic"),
    # what a zone or a city sets up to host firms, named by a proper word, is a platform
    case("星澜科创飞地在上海揭牌", {"星澜科创飞地": PL, "上海市": P}, id="kechuangfeidi"),
    case("宜宾国际陆港新开班列12列", {"宜宾国际陆港": PL}, id="guojilugang"),
    case("青禾产业组团规划面积5平方公里", {"青禾产业组团": PL}, id="chanyezutuan"),
    case("云溪创新创业孵化基地新入驻企业8家", {"云溪创新创业孵化基地": PL}, id="fuhuajidi"),
    case("白露创客空间入选省级众创空间", {"白露创客空间": PL}, id="chuangkekongjian"),
    case("墨川工业功能区新增规上企业3家", {"墨川工业功能区": PL}, id="gongyegongnengqu"),
    # ... the kind alone names none
    case("加快建设科创飞地，推进产业组团发展", {}, id="feidi-zutuan-generic"),
    case("设立孵化基地3个", {}, id="fuhuajidi-count"),
    # a place's first store is a kind of store (and the place only says whose: [place.attributive]
    # rank_after, no place mention); a brand names one (before a place or a region)
    case("对新引进的浙江首店、全国首店分别给予奖励", {}, id="place-first-store-is-a-kind"),
    case("星禾华东首店、墨澜宁波首店相继落户", {"星禾华东首店": PR, "墨澜宁波首店": PR}, id="brand-first-store"),
    # a technology (or manufacturing) innovation centre is a body; a firm's centre a project
    case("青禾智能家电技术创新中心揭牌", {"青禾智能家电技术创新中心": I}, id="jishuchuangxinzhongxin"),
    case("墨川轨道装备制造业创新中心揭牌", {"墨川轨道装备制造业创新中心": I}, id="zhizaoyechuangxinzhongxin"),
    case("美星技术创新中心项目开工", {"美星技术创新中心项目": PR}, id="a-project-of-the-centre"),
    # commercial-district heads
    case("星澜商业街区开街", {"星澜商业街区": C}, id="shangyejiequ"),
    # a list item's number alone before 项目 refers to the item, it names nothing (第3、4号项目:
    # the 3rd and 4th rows'); a name holding a number is still one
    case("第3、4号项目位于青禾镇。", {"青禾镇": P}, id="item-number-project"),
    case("推进星澜2号厂房项目建设。", {"星澜2号厂房项目": PR}, id="numbered-building-project"),
    # a co-operative is a firm, named with the county, town or village it is of (which the text
    # names too: kg/recognise/member_places.py, where the lexicon does not know the place either)
    case("青禾县星澜茶叶专业合作社负责运营。", {"青禾县星澜茶叶专业合作社": E}, id="zhuanyehezuoshe"),
    case("墨川村股份经济合作社年增收80万元。", {"墨川村股份经济合作社": E, "墨川村": P}, id="gufenjingjihezuoshe"),
    case("由云溪镇村集体经济联合社运营。", {"云溪镇村集体经济联合社": E, "云溪镇": P}, id="jingjilianheshe"),
    # ... what its members grow or raise is a word of its name (茶叶种植, 肉牛养殖)
    case("云溪镇星澜肉牛养殖专业合作社成立。", {"云溪镇星澜肉牛养殖专业合作社": E}, id="raising-cooperative"),
    case("星澜县白露茶叶种植专业合作社带动农户。", {"星澜县白露茶叶种植专业合作社": E}, id="growing-cooperative"),
    # (near misses: co-operatives of a kind, none named)
    case("发展肉牛养殖专业合作社。", {}, id="raising-cooperatives-of-a-kind"),
    case("吸纳32家农民专业合作社入驻平台。", {}, id="hezuoshe-of-a-kind"),
    case("把农户、合作社和加工企业连在一起。", {}, id="hezuoshe-bare"),
    # a county's supply and marketing co-operative is a public body, not its members' firm
    case("白露镇商贸中心由墨川县供销合作联社改造提升。", {"墨川县供销合作联社": I, "白露镇商贸中心": PR},
         id="gongxiao-lianshe"),
    # a city's customs office is a body; customs as a kind of department names none
    case("区商务局会同墨川海关开展调研。", {"区商务局": I, "墨川海关": I}, id="customs"),
    case("云溪海关：承担口岸货物查验工作。", {"云溪海关": I}, id="customs-field"),
    case("由区商务局对接海关部门优化通关流程。", {"区商务局": I}, id="customs-of-a-kind"),
    # a city's power supply bureau is the grid's branch, a firm, no government bureau
    case("由青禾供电局负责外线接入，区发展和改革局协助办理。", {"青禾供电局": E, "区发展和改革局": I},
         id="power-supply-bureau"),
    # a school a proper word names is a body (its new campus a project of its own)
    case("技术工人由青禾职业技术学院、墨川高等专科学校定向培训。",
         {"青禾职业技术学院": I, "墨川高等专科学校": I}, id="zhuanke-xuexiao"),
    case("云溪大学附属实验学校秋季开学。", {"云溪大学附属实验学校": I}, id="fushu-shiyan-xuexiao"),
    case("星澜镇中学新建食堂投入使用。", {"星澜镇中学": I}, id="town-middle-school"),
    # (near misses: schools of a kind, the primary and secondary schools, one to be built)
    case("9所学校通过市级标准化学校验收，另建九年一贯制学校一所。", {}, id="schools-of-a-kind"),
    case("新建改扩建中小学、幼儿园7所。", {}, id="zhongxiaoxue"),
    case("新建改扩建学校22所。", {}, id="rebuilt-schools"),
    case("闲置的村小学已改作民宿。", {}, id="village-school"),
])
def test_park_place_institution_project_and_district_heads(recogniser, text, want):
    check(recogniser, text, want)


def test_the_zone_a_body_is_named_after_is_nested_in_it(recogniser):
    check(recogniser, "青禾新区管委会负责人表示", {"青禾新区管委会": I}, {"青禾新区": PL})


# -- two fields joined in a body's name ([field_pair]; kg/recognise/fields.py) ---------------

@pytest.mark.parametrize("text, want, want_owners", [
    case("青禾大学材料科学与工程学院与星澜碳纤共建了联合实验室", {"青禾大学材料科学与工程学院": I},
         {"青禾大学": I}, id="fields-after-a-university"),
    case("青禾学院电气与信息工程学院去年开设了实训基地", {"青禾学院电气与信息工程学院": I},
         {"青禾学院": I}, id="fields-glued-to-the-head"),
    case("与星澜工业大学共建声学与半导体创新研究院，每年培养人才",
         {"星澜工业大学": I, "声学与半导体创新研究院": I}, None, id="fields-after-a-verb"),
    case("青禾科学院海洋科学与技术研究所在园区设立分所", {"青禾科学院海洋科学与技术研究所": I},
         {"青禾科学院": I}, id="fields-after-an-academy"),
    # ... fields that are verbal nouns (流通, 加工; 储备)
    case("星澜果蔬流通与加工协会召开年会", {"星澜果蔬流通与加工协会": I}, None,
         id="verbal-fields-of-an-association"),
    case("星澜粮油储备与加工研究院揭牌", {"星澜粮油储备与加工研究院": I}, None, id="verbal-fields-of-an-institute"),
    # ... right after a university's name, a one-character field or a set phrase ([field_pair]
    # faculty_after, faculty_tags)
    case("星澜农业大学茶与园艺科技学院为园区提供指导", {"星澜农业大学茶与园艺科技学院": I},
         {"星澜农业大学": I}, id="one-character-field-after-a-university"),
    case("园区与青禾工业大学食品科学与生物工程学院签约", {"青禾工业大学食品科学与生物工程学院": I},
         {"青禾工业大学": I}, id="set-phrase-field-after-a-university"),
    # near misses: a name after the joiner, or no university before the field
    case("星澜大学茶与青禾学院签约", {"星澜大学": I, "青禾学院": I}, None, id="field-then-a-name"),
    case("推广茶与食品科技学院合作", {"食品科技学院": I}, None, id="field-after-no-university"),
    # near miss: a body after a joiner that follows a firm is a party of its own
    case("星澜集团与青禾研究院签约", {"星澜集团": E, "青禾研究院": I}, None, id="firm-and-body"),
])
def test_two_fields_joined_in_a_bodys_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a park named by two tracks joined by 和 is one park (not a track and a park)
    case("星澜高新区电子信息和智能制造产业园开园", {"星澜高新区电子信息和智能制造产业园": PL}, id="two-tracks-park"),
    case("墨川经济技术开发区生物医药和医疗器械产业园简介",
         {"墨川经济技术开发区生物医药和医疗器械产业园": PL}, id="two-tracks-park-title"),
    # (near miss: a place and a park are two)
    case("青禾区与星澜产业园签约", {"星澜产业园": PL}, id="place-and-park"),
])
def test_a_park_of_two_tracks_joined(recogniser, text, want):
    check(recogniser, text, want)


# -- a province or city and a district jieba keeps in one word -----------------------------

@pytest.mark.parametrize("text, want", [
    case("吉林省延边朝鲜族自治州", {"吉林省": P, "延边朝鲜族自治州": P}, id="one-token-prefecture"),
    case("位于云南省西双版纳傣族自治州", {"云南省": P, "西双版纳傣族自治州": P}, id="one-token-after-verb"),
    case("青海省循化撒拉族自治县", {"青海省": P, "循化撒拉族自治县": P}, id="one-token-county"),
    case("落户北京市海淀区", {"北京市": P, "海淀区": P}, id="two-tokens"),
    case("落户广州市天河区", {"广州市": P, "天河区": P}, id="city-and-district"),
])
def test_a_province_or_city_and_a_district_are_two_places(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a district the lexicon knows that jieba cuts in two (龙子|湖区) locates the street or
    # road after it: two places, not one name
    case("项目选址龙子湖区星澜城街道", {"龙子湖区": P, "星澜城街道": P}, id="street-after-a-cut-district"),
    case("总部设在红谷滩区青禾南路", {"红谷滩区": P, "青禾南路": P}, id="road-after-a-cut-district"),
    # ... and so does a zone's short form jieba does not know (高区)
    case("该园区位于高区青禾街道", {"青禾街道": P}, id="street-after-a-zone-short-form"),
    # a park's or a project's head right before a street's unit is the street's stem
    case("项目落户西乡塘区青禾科技城社区", {"西乡塘区": P, "青禾科技城社区": P}, id="head-before-a-unit"),
    # ... and right before a road's head (青禾药谷|路)
    case("项目位于云溪街道青禾药谷路", {"云溪街道": P, "青禾药谷路": P}, id="head-before-a-road"),
    # ... but a road with a stem of its own after a park or a zone is the road in it
    case("注册地址为开发区宏图产业园梧桐路18号", {"开发区宏图产业园": PL, "梧桐路": P}, id="road-after-a-park"),
    case("企业位于高新区远景路", {"远景路": P}, id="road-after-a-zone-word"),
    case("位于开发区远景大道中段的星澜商业街开街", {"远景大道": P, "星澜商业街": "CommercialDistrict"},
         id="road-section-after-a-zone-word"),
    # a dictionary word (a verb, an adjective, a generic word) right before a street's or
    # town's unit, after a known district or a word that says where, is the unit's stem
    case("位于顺义区振兴街道的青禾广场完成改造", {"顺义区": P, "振兴街道": P, "青禾广场": P},
         id="verb-stem-after-a-district"),
    case("建设地点：顺义区安定镇", {"顺义区": P, "安定镇": P}, id="adjective-stem-after-a-district"),
    case("位于传统街道的星澜步行街完成提升", {"传统街道": P, "星澜步行街": C}, id="generic-stem-after-weiyu"),
    # ... not without the district or the word that says where
    case("加快推进振兴街道建设", {}, id="verb-stem-alone"),
    # ... a village's too, the name and the unit one dictionary word (选址|新兴村), but not a
    # word no name is (城中村: not_entities.tsv)
    case("星澜温泉小镇项目选址新兴村，一期建设木屋", {"星澜温泉小镇项目": "Project", "新兴村": P},
         id="village-word-after-xuanzhi"),
    case("项目位于新兴村", {"新兴村": P}, id="village-word-after-weiyu"),
    case("位于城中村的星澜改造项目开工", {"星澜改造项目": "Project"}, id="not-a-generic-word"),
])
def test_a_district_before_a_street_is_a_place_of_its_own(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a character that opens names as well as a preposition (向), before a stem of one
    # character and a unit (向|石镇), is the name's first
    case("选址：向石镇青禾片区。", {"向石镇青禾片区": P}, id="preposition-before-a-one-character-stem"),
    # ... not before the plain noun for all towns (同|乡镇)
    case("选址：同乡镇青禾片区。", {"乡镇青禾片区": P}, id="not-before-a-plain-noun"),
    # function words that open no name: "and also", a pronoun and its copula, a verb's complement
    case("云溪区暨青禾高新区召开大会", {"云溪区": P, "青禾高新区": "Platform"}, id="ji-and-also"),
    case("这是高新区打造的生物医药园区", {"生物医药": "IndustryTrack"}, id="zhe-shi"),
    case("游船线路串联起墨溪河、青禾湖公园等景点", {"墨溪河": P, "青禾湖公园": P}, id="verb-complement-qi"),
    # two such characters jieba glued into one word (即以): both are cut off
    case("“一轴”即以青禾步行街为核心的商业带", {"青禾步行街": C}, id="two-glued-function-characters"),
    # "such as" glued to the name, "like", "submit to" (a verb of one character before the body)
    case("二是平台，如星澜创新促进中心，由墨川负责", {"星澜创新促进中心": "Institution"}, id="ru-such-as"),
    case("镁业企业多家，像墨川县星澜镁业有限公司、青禾合金公司", {"墨川县星澜镁业有限公司": E, "青禾合金公司": E},
         id="xiang-like"),
    case("该报告书拟报墨川市生态环境局审批。", {"墨川市生态环境局": "Institution"},
         id="bao-submit-to"),
    # verbs of two or four characters before a name: "benchmark against", "strive for", "newly install"
    case("此外，对标青禾国家新材料产业基地，推动合作", {"青禾国家新材料产业基地": "Platform"}, id="duibiao"),
    case("积极争取毛纺工业园纳入开发区统一管理", {"毛纺工业园": "Platform"},
         id="jiji-zhengqu"),
    case("织造车间完成技改，新上全自动织布生产线6条。", {}, id="xinshang"),
    # "flow into" before where money goes, "through" before the body a text passed
    case("本轮资金将投向星澜新材墨川碳纤维预浸料项目", {"星澜新材墨川碳纤维预浸料项目": "Project"},
         id="touxiang-flow-into"),
    case("（数据来源：企业公告，经宁波市中小企业服务中心整理）", {"宁波市中小企业服务中心": "Institution"},
         id="jing-through"),
    # verbs of holding a thing back before the project they hinder (影响, 制约)
    case("配套道路迟迟未通，影响星澜新材料高纯石英砂项目如期达产", {"星澜新材料高纯石英砂项目": "Project"},
         id="yingxiang-hinders"),
    case("道路未通，制约青禾科技碳化硅衬底项目投产", {"青禾科技碳化硅衬底项目": "Project"}, id="zhiyue-holds-back"),
    # ... a grid road's one-character stem is no such word (经|三路)
    case("湿法隔膜二期位于经十二路", {"湿法隔膜二期": "Project", "经十二路": P}, id="jing-a-grid-road"),
    # near misses: a name opening with such a character stays whole
    case("如东县星澜产业园开园运营", {"如东县星澜产业园": "Platform"}, id="a-known-place-opening-with-ru"),
])
def test_function_characters_at_a_names_start(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a park's head right after a zone's name with no word between is named by all of it
    case("星澜墨川开发区物流园运营良好", {"星澜墨川开发区物流园": "Platform"}, {}, id="zone-then-head"),
    case("京东墨川开发区物流园运营良好", {"京东墨川开发区物流园": "Platform"}, {"京东": E}, id="owner-zone-then-head"),
])
def test_a_head_right_after_a_zone(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a road jieba knows as a proper noun (nz) made of a place word (ns) and the head
    case("总部坐落在云溪镇汉口路", {"云溪镇": P, "汉口路": P}, id="nz-road-after-a-town"),
    # ... not an everyday noun that ends with a road's character (a trade before 产业 is a track)
    case("印制电路产业加快发展", {"印制电路": "IndustryTrack"}, id="circuit"),
    case("沿护城河打造夜景", {}, id="moat"),
])
def test_roads_jieba_knows_as_proper_nouns(recogniser, text, want):
    check(recogniser, text, want)


# -- owners nested in project names -------------------------------------------------------

@pytest.mark.parametrize("text, want, want_owners", [
    # a lexicon firm
    case("开工美团华东研发总部", {"美团华东研发总部": PR}, {"美团": E}, id="lexicon-firm"),
    case("美团科技产业园开园", {"美团科技产业园": PL}, {"美团": E}, id="lexicon-firm-of-a-park"),
    # a lexicon group plus a trade word: the group's firm of that trade
    case("美团汽车研发中心项目开工", {"美团汽车研发中心项目": PR}, {"美团汽车": E}, id="group-and-trade"),
    case("美团汽车二期工厂项目开工", {"美团汽车二期工厂项目": PR}, {"美团汽车": E}, id="group-and-trade-2"),
    # a unit of a known university
    case("浙江大学青禾研究生院项目开工", {"浙江大学青禾研究生院项目": PR},
         {"浙江大学青禾研究生院": I}, id="unit-of-a-university"),
    case("浙江大学医学院项目开工", {"浙江大学医学院项目": PR}, {"浙江大学医学院": I}, id="known-unit"),
    # a known firm's branch, by province or city and a branch word ([brand] branch_words)
    case("美团浙江公司云数据中心建成", {"美团浙江公司云数据中心": PR}, {"美团浙江公司": E}, id="known-firm-branch"),
    case("美团云计算浙江信息园、腾讯数据中心均已落户新区", {"美团云计算浙江信息园": PR, "腾讯数据中心": PR},
         {"美团": E, "腾讯": E}, id="xinxiyuan"),   # a campus head
    case("美团X会员店云州首店落户青禾片区", {"美团X会员店云州首店": PR, "青禾片区": P}, {"美团": E}, id="shoudian"),
    case("美团浙江云数据中心建成", {"美团浙江云数据中心": PR}, {"美团": E}, id="known-firm-no-branch"),
    # a brand no list holds before what the project makes: a track or a head
    case("青禾创新药生产基地项目开工", {"青禾创新药生产基地项目": PR}, {"青禾": E}, id="brand-before-a-track"),
    case("星澜研发中心项目开工", {"星澜研发中心项目": PR}, {"星澜": E}, id="brand-before-a-head"),
    case("禾澜智算项目开工", {"禾澜智算项目": PR}, {}, id="too-little-after-the-brand"),
    case("加快推进青禾第6代新型显示器件生产线项目", {"青禾第6代新型显示器件生产线项目": PR},
         {"青禾": E}, id="brand-before-an-ordinal",
         xfail="the brand runs over the ordinal 第6代 up to the track (owner 青禾第6代): a "
               "generation number is no word of a firm's name"),
    # a firm-shaped prefix, in a project only
    case("青禾科技锂电池产研基地开工", {"青禾科技锂电池产研基地": PR}, {"青禾科技": E}, id="shaped-in-a-project"),
    case("青禾科技华东总部开工", {"青禾科技华东总部": PR}, {"青禾科技": E}, id="shaped-in-headquarters"),
    case("青禾科技产业园开园", {"青禾科技产业园": PL}, {}, id="not-shaped-in-a-park"),
    # never a place, a zone or a track word
    case("开工杭州科技华东总部", {"杭州科技华东总部": PR}, {}, id="never-a-place"),
    case("江北新区集成电路设计项目开工", {"江北新区集成电路设计项目": PR}, {}, id="never-a-zone"),
    case("推进青禾新区集成电路设计项目", {"青禾新区集成电路设计项目": PR}, {}, id="never-a-zone-name",
         xfail="the zone's name before its zone head is taken for a brand (owner 青禾): the "
               "words after a brand must say what the project makes, a zone says where it lies"),
    case("推进青禾经开区智能制造项目建设", {"青禾经开区智能制造项目": PR}, {}, id="never-a-zone-name-2",
         xfail="as never-a-zone-name: 青禾 before 经开区 is taken for a brand"),
    case("推进生物医药科技产业园项目建设", {"生物医药科技产业园": PL}, {}, id="never-a-track"),
    # (a track the lexicon knows, 人工智能 ending in the firm head 智能, is no firm-shaped owner)
    case("人工智能科技华东总部开工", {"人工智能科技华东总部": PR}, {}, id="never-a-track-shaped"),
    # a brand, then the city or region the site is in, then what the site is
    case("刚开业的星澜杭州旗舰店门口排起长队", {"星澜杭州旗舰店": PR}, {"星澜": E}, id="brand-city-store"),
    case("墨川科技嘉兴物联网产业园开工", {"墨川科技嘉兴物联网产业园": PL}, {"墨川科技": E}, id="brand-city-park"),
    # ... never a place (杭州|滨江) or a track (数字经济|杭州) before the place
    case("杭州滨江物联网产业园开工", {"杭州滨江物联网产业园": PL}, {}, id="place-city-park"),
    case("数字经济杭州研发中心项目开工", {"数字经济杭州研发中心项目": PR}, {}, id="track-city-centre"),
    # an organisation jieba's dictionary names (tag nt) and our lexicon does not
    case("中国银联华南数据中心项目开工", {"中国银联华南数据中心项目": PR}, {"中国银联": E}, id="dictionary-org"),
    case("推进中国银联青禾创新中心建设", {"中国银联青禾创新中心": PR}, {"中国银联": E}, id="dictionary-org-item"),
])
def test_owners_nested_in_project_names(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    case("推进青禾新能源汽车工厂项目建设", {"青禾新能源汽车工厂项目": PR}, {"青禾": E}, id="coined-word"),
    case("推进产业园建设。", {}, {}, id="common-noun"),
    # before 建设 a coined word, a place word or a lexicon firm makes a head a name
    case("推进美团汽车二期工厂项目建设", {"美团汽车二期工厂项目": PR}, {"美团汽车": E}, id="lexicon-firm"),
])
def test_a_project_before_jianshe(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


# -- a firm's site named by its brand and an everyday site word (rules.toml [[head]] brand) ---

@pytest.mark.parametrize("text, want", [
    case("整车方面，青禾汽车墨川基地全年生产整车12万辆", {"青禾汽车墨川基地": PR}, id="brand-city-base"),
    case("星澜禾川乘用车基地今年减产一成", {"星澜禾川乘用车基地": PR}, id="brand-trade-base"),
    case("三是星澜集团果蔬物流中心，计划明年建成", {"星澜集团果蔬物流中心": PR}, id="brand-logistics-centre"),
    case("云栖物流华中转运中心开工建设", {"云栖物流华中转运中心": PR}, id="brand-region-hub"),
    case("墨川茶饮快闪店落户步行街", {"墨川茶饮快闪店": PR}, id="brand-pop-up"),
    # a store named by its brand and its branch (X百货Y店)
    case("星澜百货云岭店完成改造", {"星澜百货云岭店": PR}, id="brand-branch-store"),
    case("全区新增便利店三百家，社区店覆盖各街道", {}, id="kind-of-store"),
    # where it lies is no brand: a place or a region before the word names no site
    case("商圈新开首店40家，其中华中首店30家", {}, id="region-first-store"),
    case("与创新中心杭州基地合作", {"杭州市": P}, id="city-base"),
    # ... nor a locality no list holds right before it: the works' old ground, a place
    case("星澜钢铁云岭基地旧厂房改造完成", {}, id="locality-base"),
    case("星澜速运云岭转运中心开工", {"星澜速运云岭转运中心": PR}, id="locality-hub"),
    # nor a trade word the dictionary abbreviates (仓储)
    case("这里将建成全省一流的智能仓储基地", {}, id="trade-base"),
    # a cold chain's or a distribution centre named by its brand; (near miss) jargon is no brand
    case("墨澜冷链中心落户白沙产业园", {"墨澜冷链中心": PR, "白沙产业园": "Platform"}, id="brand-cold-chain"),
    case("星澜速运华北配送中心开业", {"星澜速运华北配送中心": PR}, id="brand-distribution"),
    case("建设智能分拣中心、冷链配送中心及配套设施", {}, id="jargon-cold-chain"),
])
def test_brand_site_heads(recogniser, text, want):
    check(recogniser, text, want)


def test_a_site_word_stands_inside_a_longer_name(recogniser):
    """物流中心 is a head, and an everyday noun inside a longer project's name."""
    check(recogniser, "星澜港冷藏集装箱物流中心项目签约", {"星澜港冷藏集装箱物流中心项目": PR})


def test_an_everyday_site_word_keeps_its_dictionary_weight(recogniser):
    """基地 is a head the segmenter is not told to keep whole: forced, it would cut
    机器人产业|基地 and lose the longer head 产业基地."""
    check(recogniser, "禾川国际机器人产业基地已有多家企业入驻",
          {"禾川国际机器人产业基地": PL})


@pytest.mark.parametrize("text, want", [
    # 园区 after a proper word names a zone's park
    case("年产5万吨多晶硅项目拟落户墨川园区，计划年内开工", {"年产5万吨多晶硅项目": PR, "墨川园区": PL},
         id="yuanqu-after-a-coined-word"),
    # ... not after a track or alone: a kind of park
    case("墨川新区形成了化工园区、物流园区协同发展格局", {"墨川新区": PL}, id="yuanqu-after-a-kind"),
    case("在园区设立研发中心", {}, id="yuanqu-alone"),
    # ... nor after the verb of firms settling there (扎根, 安家 end no name)
    case("星澜精工、墨川集团等多家制造企业扎根园区，发展势头良好", {"星澜精工": E, "墨川集团": E},
         id="yuanqu-after-zhagen"),
    # a level's designation inside a name is the thing's title, not its name
    case("青禾小镇省级高新技术园区今年新增规上企业9家", {"青禾小镇": PL}, id="level-designation"),
    # 等 before what it sums up ends a list, it is no word of a name
    case("汇集了青禾购物中心、银河汇等大型商业综合体",
         {"青禾购物中心": PR, "银河汇": PR}, id="deng-daxing"),
    case("汇集了墨川广场、金沙汇等大型商业综合体", {"墨川广场": PR, "金沙汇": PR}, id="deng-daxing-2"),
    # 所在 says where something lies: the place of it, no name; a ranking's side names none
    case("（一）红榜企业所在乡（街道）予以加分", {}, id="suozai-township"),
    case("黑榜项目责任单位须于5日内提交整改报告", {}, id="ranking-side"),
    # (near miss: a town the sentence names after 所在 is still a town)
    case("星澜项目所在镇为白露镇", {"星澜项目": PR, "白露镇": P}, id="town-after-suozai"),
])
def test_yuanqu_and_level_designations(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 高新 (a high-tech zone, short) is a word of its areas' names, though jieba tags it an adverb
    case("今年，墨川新材项目在高新东区落地投产", {"墨川新材项目": PR, "高新东区": P}, id="gaoxin-dongqu"),
    case("加快发展高新技术产业", {}, id="gaoxin-jishu-no-name"),
])
def test_gaoxin_inside_an_areas_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 零部件 is a noun that jieba tags as a quantity: it does not end a park's name
    case("推进青禾零部件产业园建设", {"青禾零部件产业园": PL}, id="lingbujian"),
    case("开工活动在星澜新能源重卡零部件产业园举行", {"星澜新能源重卡零部件产业园": PL}, id="lingbujian-long"),
])
def test_a_noun_tagged_as_a_quantity_inside_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 再生 (recycled) jieba tags a verb: inside a body's name it is the trade's word
    case("星澜集团与青禾大学合建再生橡胶研究中心", {"星澜集团": "Enterprise", "青禾大学": "Institution", "再生橡胶研究中心": "Institution"},
         id="zaisheng-research-centre"),
])
def test_zaisheng_inside_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a zone's incubating and office complex named a 港 of science or industry
    case("建设新材料中试基地和白露科创港。", {"新材料中试基地": PL, "白露科创港": PL}, id="kechuanggang"),
    case("云溪生物科技有限公司在墨川科技港租赁厂房。",
         {"云溪生物科技有限公司": "Enterprise", "墨川科技港": PL}, id="kejigang"),
    case("园区正谋划建设云智产业港。", {"云智产业港": PL}, id="chanyegang"),
    # ... a project named by it is the project
    case("青禾数智港项目在云溪区开工。", {"青禾数智港项目": "Project"}, id="shuzhigang-project"),
    # ... a bare head word names none
    case("推动港口与产业港联动。", {}, id="bare-chanyegang"),
])
def test_science_and_industry_ports(recogniser, text, want):
    ms = {m.name: m.cls for m in mentions(recogniser, text) if m.role != "owner" and m.cls != "Place"}
    assert ms == want, ms


@pytest.mark.parametrize("text, want", [
    # a zone's industrial city (产业城) is a park, as its 产业新城 and 科技城 are
    case("开发区形成了以星澜航空产业城、墨川新材料产业园为主体的发展格局。",
         {"星澜航空产业城": PL, "墨川新材料产业园": PL}, id="chanyecheng-listed"),
    case("青禾汽车产业城位于经开区东部。", {"青禾汽车产业城": PL}, id="chanyecheng-alone"),
    # ... a project named by it is the project; the bare word names none
    case("云溪新能源产业城项目开工建设。", {"云溪新能源产业城项目": "Project"}, id="chanyecheng-project"),
    case("推动产业城与老城区联动。", {}, id="bare-chanyecheng"),
])
def test_an_industrial_city_is_a_park(recogniser, text, want):
    ms = {m.name: m.cls for m in mentions(recogniser, text) if m.role != "owner" and m.cls != "Place"}
    assert ms == want, ms


@pytest.mark.parametrize("text, want", [
    # 现代 (modern) jieba tags a time: inside a park's name it is the trade's word
    case("加快建设墨川现代物流园。", {"墨川现代物流园": PL}, id="xiandai-park"),
    case("宗地所在的云溪区现代物流园由青禾城投公司负责配套。", {"云溪区现代物流园": PL},
         id="xiandai-park-after-district"),
    # ... a bare 现代 before the head names no park (a kind only)
    case("全力打造现代物流园。", {}, id="xiandai-bare"),
])
def test_xiandai_inside_a_name(recogniser, text, want):
    ms = {m.name: m.cls for m in mentions(recogniser, text) if m.role != "owner" and m.cls == PL}
    assert ms == want, ms


@pytest.mark.parametrize("text, want", [
    # a firm's branch in a city: the firm, the city and the branch word are one firm
    case("业主：星澜通信集团浙江有限公司云溪分公司", {"星澜通信集团浙江有限公司云溪分公司": "Enterprise"},
         id="fengongsi-after-a-legal-name"),
    case("联合中国银行宁波分行设立基金", {"中国银行宁波分行": "Enterprise"}, id="fenhang-of-a-known-bank"),
    case("联合墨川银行青禾支行设立风险补偿资金", {"墨川银行青禾支行": "Enterprise"}, id="zhihang"),
    # a bank named by its city
    case("联合宜春银行、星澜银行设立基金", {"宜春银行": "Enterprise", "星澜银行": "Enterprise"},
         id="city-banks"),
    # ... but not the banks of a district, nor a bare branch word
    case("青禾区银行网点增加", {}, id="district-banks"),
    case("设立分公司", {}, id="bare-branch"),
    # a firm's works in a town (分厂) after its registered name and the town's name
    case("星澜纺织股份有限公司青禾分厂实现满负荷生产。", {"星澜纺织股份有限公司青禾分厂": "Enterprise"},
         id="fenchang-after-a-legal-name"),
    case("墨川织造有限公司白露分厂去年投产", {"墨川织造有限公司白露分厂": "Enterprise"},
         id="fenchang-after-a-limited-company"),
    # ... but not a plant's word with no firm's name (做到了分厂厂长, 该公司二分厂)
    case("他进入工厂后做到了分厂厂长。", {}, id="bare-fenchang"),
    case("该公司二分厂已投产。", {}, id="numbered-fenchang"),
    case("星澜股份推动设立西北分厂；", {"星澜股份": "Enterprise"}, id="region-fenchang"),
    case("星澜股份今年设立华东分公司。", {"星澜股份": "Enterprise"}, id="region-branch"),
    # a branch's output glued to a line's head is no landmark (星澜车辆云溪分公司年产|铁路货车)
    case("星澜重工下属星澜车辆云溪分公司年产铁路货车约900辆。",
         {"星澜重工": "Enterprise", "星澜车辆云溪分公司": "Enterprise"}, id="branch-before-annual-output"),
    # ... while a railway's short name is still one
    case("项目紧邻青禾铁路和墨川寺。", {"青禾铁路": "Place", "墨川寺": "Place"}, id="railway-and-temple"),
])
def test_branches_and_banks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # expressways and railways named by a proper word are places
    case("星禾高速、宁川高铁穿境而过", {"星禾高速": "Place", "宁川高铁": "Place"}, id="expressway-and-railway"),
    case("星澜轻轨建成通车", {"星澜轻轨": "Place"}, id="light-rail"),
    # ... but speed is no route
    case("经济保持高速发展", {}, id="gaosu-fazhan"),
    case("乘坐高铁往来", {}, id="bare-gaotie"),
])
def test_routes(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a road's or a river's name the dictionary holds as a proper noun, its head inside
    case("星澜科技总部坐落在青禾镇汉施路，年内投用",
         {"星澜科技总部": PR, "青禾镇": P, "汉施路": P}, id="road-word-nr"),
    case("青禾产业园东临贾鲁河，西接星澜大道", {"青禾产业园": PL, "贾鲁河": P, "星澜大道": P}, id="river-word-nr"),
    case("沿富春江建设滨水绿道", {"富春江": P}, id="river-before-jianshe"),
    case("钱塘江穿城而过", {"钱塘江": P}, id="river-alone"),
    # ... a lake's or river's word of two characters (a place word of the dictionary)
    case("游客夜游乌江", {"乌江": P}, id="two-character-river"),
    case("依托大明湖、千岛湖等资源", {"大明湖": P, "千岛湖": P}, id="lakes-listed"),
    # ... but a common word that ends so is none, nor a word jieba glued to a preposition
    case("以青禾护城河为轴线", {}, id="moat"),
    case("星澜光电新增印制电路板产能", {}, id="circuit"),
    case("内河航运持续增长", {}, id="inland-waterway"),
    case("于长江沿岸布局", {}, id="yu-glued"),
    # ... nor a word of every unit of a kind (各乡镇: all the towns, no town's name)
    case("此事由各乡镇人民政府负责落实", {}, id="every-township"),
    case("依托各乡镇商贸中心开设网点", {}, id="every-township-before-noun"),
    case("云溪镇、白露乡和各乡镇加强协作", {"云溪镇": P, "白露乡": P}, id="every-township-listed"),
    # ... nor a water's word that qualifies the noun after it
    case("青禾区将乌江风光带打造为夜游地标", {}, id="water-before-noun"),
    case("推出夜游洪泽湖线路", {}, id="water-before-route"),
])
def test_places_jieba_keeps_whole(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a park's head right before a road's is a word of the road's name
    case("项目位于青禾街道芯谷路", {"青禾街道": P, "芯谷路": P}, id="park-head-in-road"),
    case("星澜软件园大道拓宽工程完工", {"星澜软件园大道拓宽工程": PR}, id="road-inside-a-project"),
    # a road's section names the road (the section an alias)
    case("在星澜大道北段，青禾广场开业", {"星澜大道": P, "青禾广场": PR}, id="road-section"),
    # a road named after a place on it
    case("北至规划东站路", {"东站路": P}, id="road-after-station"),
    # railway stations named by their city; a route before one is where it lies
    case("开通至宜昌火车站的公交专线", {"宜昌火车站": P}, id="huochezhan"),
    case("宁川高铁青禾南站半小时可达", {"宁川高铁": P, "青禾南站": P}, id="route-then-station"),
    case("沿国道核心区货运北站老货场改造", {}, id="station-of-common-words"),
    # where two roads meet is no word of the second road's name
    case("星澜科技扩产项目在云栖大道与青枫路交口开工", {"星澜科技扩产项目": PR, "云栖大道": P, "青枫路": P},
         id="crossing-after-road"),
    case("该项目位于高新区云栖大道与禾丰路交叉口东北侧", {"云栖大道": P, "禾丰路": P}, id="crossing-corner-after-road"),
    # a zone or a park before a road is where it lies, no word of its name (a bare zone word
    # stands for the text's zone: no name; a park or a zone's area is one of its own)
    case("星澜物流中心项目签约落户经开区星光大街东段", {"星澜物流中心项目": PR, "星光大街": P}, id="zone-word-before-road"),
    case("项目位于经开区东区云栖路以南", {"经开区东区": P, "云栖路": P}, id="zone-area-before-road"),
    case("厂址：青枫新材料产业园墨川路18号", {"青枫新材料产业园": PL, "墨川路": P}, id="park-before-road"),
    # ... not a road named after the park, nothing but a head after it
    case("项目位于青枫产业园大道以东", {"青枫产业园大道": P}, id="park-named-road"),
])
def test_roads(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a block's kind before 街区 is a word of the head (X|文创街区, X|文化街区)
    case("青禾区推动星澜古镇文化街区提档升级", {"星澜古镇文化街区": C}, id="wenhua-jiequ"),
    case("青禾湾2008文创街区开街", {"青禾湾2008文创街区": C}, id="wenchuang-jiequ-number"),
    # a block's name of dictionary words ending in 里 is a name
    case("位于星澜街道的海风里文化街区将开街", {"星澜街道": P, "海风里文化街区": C}, id="li-block"),
    # ... and so is a road's or a street's of dictionary words (路, 街) before a block's head
    case("解放路夜间消费街区年底开街。", {"解放路夜间消费街区": C}, id="road-night-block"),
    case("打造和平路步行街与人民路商业街区。", {"和平路步行街": C, "人民路商业街区": C}, id="road-shangye-jiequ"),
    # near miss: the head alone, a kind of block, names nothing
    case("区内有夜间消费街区三处。", {}, id="bare-night-block"),
    # a consumption belt along a river, and a commercial street of common words
    case("打造沿青禾江的星澜古街消费带和沿墨川河的湖光夜色消费带",
         {"青禾江": P, "星澜古街消费带": C, "墨川河": P, "湖光夜色消费带": C}, id="xiaofei-dai"),
    case("园区建有人才公寓、桃李商业街", {"桃李商业街": C}, id="common-words-shangyejie"),
    case("打造一条特色商业街", {}, id="kind-shangyejie"),
    # a district's walk left stops at a name found before it and the joining word after it
    case("布局青禾生态科技产业新城和田园机车文化街区两大平台",
         {"青禾生态科技产业新城": PL, "田园机车文化街区": C}, id="crossed-name"),
])
def test_commercial_blocks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a city's testing institute, before 建设 too (a body named by its city is no common noun)
    case("依托宜昌市食品药品检验所建设检测平台", {"宜昌市食品药品检验所": I}, id="jianyansuo"),
    # a university's office for licensing its research in a district
    case("星澜大学云溪技术转移中心揭牌运行", {"星澜大学云溪技术转移中心": I}, id="jishu-zhuanyi-zhongxin"),
    # ... but a kind of institute in a plan is no name
    case("推动检验所建设", {}, id="bare-jianyansuo"),
    # the state's testing centre where jieba glues 检验检测 into one word, the city in brackets
    case("国家星澜产品质量检验检测中心（湖南）已投入运行", {"国家星澜产品质量检验检测中心（湖南）": I},
         id="jianyan-jiance-zhongxin-national"),
    case("国家禾川产品质量检验检测中心已投入运行", {"国家禾川产品质量检验检测中心": I},
         id="jianyan-jiance-zhongxin-bare"),
    # ... but the kind of centre alone is none (nor is its first word, 检验检测, a track there)
    case("推动检验检测中心建设", {}, id="bare-jianyan-jiance-zhongxin"),
    # a hospital is a body, named by its city or the university it belongs to
    case("业主：青禾医学院附属医院", {"青禾医学院附属医院": I}, id="hospital-of-a-college"),
    case("推进星澜市人民医院建设", {"星澜市人民医院": I}, id="city-hospital"),
    case("新引进青禾大学附属康复医院、星澜医学检验所等机构14家", {"青禾大学附属康复医院": I, "星澜医学检验所": I},
         id="hospital-listed-with-bodies"),
    # ... the campus it builds is a project, and so is an international hospital opened as a venture
    case("星澜市人民医院新院区开工建设", {"星澜市人民医院新院区": PR}, id="hospital-campus"),
    case("星澜国际医院开业", {"星澜国际医院": PR}, id="international-hospital"),
    # ... and a kind of hospital is no name
    case("填补城北优质三甲医院空白", {}, id="kind-of-hospital"),
])
def test_institutes(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # after a word that says where, the words before a unit name it, dictionary words too
    case("地点：光明街道 总投资：3亿元", {"光明街道": "Place"}, id="didian-label"),
    case("位于站后路街道的青禾夜市人气旺", {"站后路街道": "Place", "青禾夜市": "CommercialDistrict"},
         id="weiyu"),
    # ... but not a unit word with no name
    case("项目位于城区各街道", {}, id="no-name"),
    # a place word or a locality opening its clause or list item names the unit ([place] unit_stem_tags)
    case("今年完成外墙翻新。城北街道新开便民菜场两家", {"城北街道": "Place"}, id="locality-opens-clause"),
    case("2. 口岸街道的青禾夜市人气旺", {"口岸街道": "Place", "青禾夜市": "CommercialDistrict"},
         id="locality-opens-item"),
    # ... not a modifier of the common noun, nor a locality inside the clause
    case("主要街道完成外墙翻新", {}, id="modifier-opens-clause"),
    case("今年城北街道新开便民菜场两家", {}, id="locality-inside-clause"),
])
def test_a_unit_named_after_a_word_of_where(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a park for small firms: 企业 inside its head ends no name
    case("星川街道小微企业园通过验收", {"星川街道小微企业园": "Platform"}, id="xiaowei-park"),
    case("新建小微企业园3个", {}, id="xiaowei-parks-counted"),
])
def test_a_park_for_small_firms(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a town's industrial zone (工业集中区) is a park, named after the town
    case("所在地：开发区云溪镇工业集中区。", {"云溪镇工业集中区": "Platform"}, id="town-zone"),
    case("将星澜镇工业集中区、墨川镇食品产业园纳入统一规划",
         {"星澜镇工业集中区": "Platform", "墨川镇食品产业园": "Platform"}, id="town-zone-listed"),
    # near misses: counted or bare, the kind names none
    case("墨川镇两大工业集中区完成改造", {"墨川镇": "Place"}, id="town-zones-counted"),
    case("推动工业集中区提档升级", {}, id="bare-kind"),
])
def test_a_towns_industrial_zone(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a plan's kind of projects (续建, 在建, 拟建) is no name
    case("■续建项目 ●星澜物流园 业主：星澜物流有限公司", {"星澜物流园": "Platform", "星澜物流有限公司": "Enterprise"},
         id="xujian-heading"),
    case("全区在建项目增加", {}, id="zaijian"),
    # ... nor the kinds a filing, a park's review or a housing scheme sorts projects into
    case("本季度募投项目推进情况如下：", {}, id="mutou"),
    case("星澜集团其募投项目在墨川产业园建设。", {"星澜集团": "Enterprise", "墨川产业园": "Platform"},
         id="mutou-after-firm-and-pronoun"),
    case("评审组审阅了7个申请入园项目的材料。", {}, id="ruyuan"),
    case("青禾工业区入园项目论证会通知", {"青禾工业区": "Platform"}, id="ruyuan-after-zone"),
    case("同一单位按主要配租项目填写。", {}, id="peizu"),
    # near misses: a named project after such a word is still named
    case("入园项目中，星澜新材料年产2万吨电池隔膜项目已开工。",
         {"星澜新材料年产2万吨电池隔膜项目": "Project"}, id="named-project-after-ruyuan"),
])
def test_a_plans_kind_of_projects(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # what firms do and their product (生产|电子) is no brand and trade
    case("星澜、青禾等企业生产电子浆料", {"星澜": "Enterprise", "青禾": "Enterprise"}, id="shengchan-dianzi"),
])
def test_a_verb_before_a_trade_word_is_no_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 算力港, 数字港: a zone of data centres or digital firms, a platform (not a weak 港's project)
    case("在墨川镇规划建设青禾算力港", {"墨川镇": P, "青禾算力港": PL}, id="suanligang"),
    case("星澜数字港已入驻企业130余家", {"星澜数字港": PL}, id="shuzigang"),
    # 高新城: a high-tech new town, a zone (not a 新城 place)
    case("墨川高新城今年主攻新能源和新材料两大产业", {"墨川高新城": PL, "新能源": T, "新材料": T}, id="gaoxincheng"),
    # 云基地: a zone of data centres named by its region (星澜西部云基地), a platform
    case("全市以星澜西部云基地为载体建设数据中心", {"星澜西部云基地": PL}, id="yunjidi"),
])
def test_zone_heads_ending_in_gang(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a named zone before a park or venue whose own words only say its kind is the name's
    case("星澜计算中心将落户青禾新区大数据产业园", {"星澜计算中心": PR, "青禾新区大数据产业园": PL},
         id="zone-track-park"),
    case("青禾新区总部经济区位于起步区核心", {"青禾新区总部经济区": PL}, id="zone-head-word-park"),
    case("活动在青禾新区国际会展中心举行", {"青禾新区国际会展中心": PR}, id="zone-proper-head"),
    # a park with a name of its own stands alone
    case("记者走进兰州新区丝路科学城", {"兰州新区": PL, "丝路科学城": PL}, id="own-name-stands-alone"),
])
def test_a_named_zone_opens_a_park_named_by_its_kind(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a one-character verb before a head takes the head's noun as its object
    case("看灯会、逛夜市、吃小吃成了假日的去处。", {}, id="guang-yeshi"),
    case("周末带孩子逛商圈、看电影。", {}, id="guang-shangquan"),
    # a one-character word that is no verb still names it
    case("鹭夜市每晚六点开市。", {"鹭夜市": C}, id="one-char-name"),
    # a word that says where or when is no modifier of a name
    case("青禾机场扩建工程建成后机场年吞吐量将翻番。", {"青禾机场扩建工程": PR}, id="hou-jichang"),
    case("区内商圈客流回升。", {}, id="qunei-shangquan"),
    # ... but a place word of the same tag is (后海 is tagged f, 城北 s)
    case("后海商圈客流回升。", {"后海商圈": C}, id="houhai"),
    # a city's urban area is no district (杭州 is a city the lexicon knows)
    case("从杭州市区出发，一小时可到。", {"杭州市": P}, id="shiqu"),
    case("杭州市拱墅区新开一家书店。", {"杭州市": P, "拱墅区": P}, id="city-then-district"),
])
def test_a_verb_or_a_city_before_a_head_is_no_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # titles won: a name with a designation word after an honour verb, whatever its head
    case("云溪新区先后获评国家数字贸易示范园区、国家创新创业示范基地。", {"云溪新区": PL, "数字贸易": T},
         id="huoping-shifan"),
    case("星澜小镇入选省级数字化改革试点园区。", {"星澜小镇": PL}, id="ruxuan-shidian"),
    # ... and what a park is positioned as: its aim, no platform; the track inside it stays
    case("星澜老厂园区定位为青禾文化创意产业集聚区。", {"星澜老厂园区": PL, "文化创意": T},
         id="dingweiwei-jijuqu"),
    # without an honour verb the same words name a park
    case("墨川中德合作示范园已入驻企业30家。", {"墨川中德合作示范园": PL}, id="no-honour-verb"),
    case("青禾文化创意产业集聚区已入驻企业30家。", {"青禾文化创意产业集聚区": PL}, id="no-honour-verb-jijuqu"),
    case("星澜智造示范基地正式投产。", {"星澜智造示范基地": PR}, id="no-honour-verb-project"),
])
def test_designations_won_are_no_names(recogniser, text, want):
    check(recogniser, text, want)


@pytest.fixture(scope="module")
def recogniser_with_jiutian():
    """A lexicon with one invented firm whose first word jieba tags as a time (九天)."""
    from kg.lexicon import Lexicon, lexicon_files, read_rows
    from kg.recognise import Recogniser
    rows = [r for p in lexicon_files() for r in read_rows(p)]
    return Recogniser(Lexicon.from_rows(rows + [{"name": "九天重工", "class": "Enterprise"}]))


@pytest.mark.parametrize("text, want, want_owners", [
    # the firm named earlier in the sentence, its short form opening the park's name
    case("由九天重工投资兴建的九天智能装备产业园日前启用。",
         {"九天重工": E, "九天智能装备产业园": PL}, {"九天重工": E}, id="short-form-owner"),
    # no firm before it: the time word is no name's (九天 = nine days)
    case("九天智能装备产业园日前启用。", {"智能装备产业园": PL}, {}, id="no-firm-before"),
])
def test_a_firms_short_form_opens_the_name_of_what_it_builds(recogniser_with_jiutian, text, want, want_owners):
    check(recogniser_with_jiutian, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a 商圈 named after the zone it serves keeps the zone's name
    case("城南商圈、青禾新区商圈客流同比增长。", {"城南商圈": C, "青禾新区商圈": C}, id="zone-shangquan"),
    case("墨川高新区商圈建设加快。", {"墨川高新区商圈": C}, id="gaoxinqu-shangquan"),
    # (a park whose own words say only its kind keeps the zone too: unchanged)
    case("青禾高新区智能装备产业园开园。", {"青禾高新区智能装备产业园": PL}, id="zone-then-park"),
])
def test_a_commercial_district_named_after_a_zone(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a verb before a name is no word of it: who it belongs to (所属), what is needed of it (需),
    # or the works done (续建, 拟建)
    case("中国船舶所属中船墨川动力有限公司投产。", {"中国船舶": E, "中船墨川动力有限公司": E}, id="suoshu"),
    case("国家电投所属国电投墨川新能源有限公司投产。", {"国家电投": E, "国电投墨川新能源有限公司": E},
         id="suoshu-another-group"),
    case("支持星澜能源公司在白露镇续建50万千瓦光伏项目。", {"白露镇": P, "50万千瓦光伏项目": PR}, id="xujian"),
    case("星澜能源公司在云溪镇拟建墨川光伏项目。", {"星澜能源公司": E, "云溪镇": P, "墨川光伏项目": PR}, id="nijian"),
    # (near miss: a name of its own after the group's is one already, 所属 or not)
    case("青禾集团所属墨川精密机械有限公司投产。", {"青禾集团": E, "墨川精密机械有限公司": E}, id="suoshu-unknown-group"),
])
def test_a_verb_before_a_name_is_no_word_of_it(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a report's numbered points: 一是 is no word of the name after it
    case("一是青禾中成药制造基地，计划投资9亿元。", {"青禾中成药制造基地": PR}, id="yishi"),
    case("二是星澜智能装备产业园，规划面积3平方公里。", {"星澜智能装备产业园": PL}, id="ershi"),
])
def test_numbered_points_open_no_name(recogniser, text, want):
    check(recogniser, text, want)


# -- a list item's name opening with a word jieba takes for a preposition or a numeral --------

@pytest.mark.parametrize("text, want", [
    case("禾川步行街、对山路夜市人气旺盛", {"禾川步行街": C, "对山路夜市": C}, id="preposition-after-dun"),
    case("星澜商业街、月塘历史街区完成提升", {"星澜商业街": C, "月塘历史街区": C}, id="numeral-after-dun"),
    # ... not after a comma, where the preposition is one (对|X进行提升)
    case("今年对山路夜市进行提升", {"山路夜市": C}, id="preposition-after-comma"),
    # ... but a preposition before a province or city the lexicon knows is one (、在|云南证监局)
    case("完成改制、在云南证监局辅导备案", {"云南证监局": I, "云南省": P}, id="preposition-before-a-province"),
    # (near miss: before a place no list holds it still opens the item, as 对山路 does)
    case("完成改制、在星澜证监局辅导备案", {"在星澜证监局": I}, id="preposition-before-an-unknown-place"),
])
def test_a_list_item_opens_with_a_function_character(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a commercial belt along a street or a river front
    case("规划打造云江路滨水商业带和星澜大道商业带", {"云江路滨水商业带": C, "星澜大道商业带": C}, id="shangyedai"),
    # a single dash joins two places in one name; a double one sets a phrase apart
    case("今年云溪—石桥街商圈客流增长", {"云溪—石桥街商圈": C}, id="dash-joins-places"),
    case("这是一条新路——青石街商圈由此成形", {"青石街商圈": C}, id="double-dash"),
    # two streets joined by a dash, the first one's head cut off by jieba: the first
    # street's name, and no word before it (the town it lies in)
    case("入夜，云溪老城湖滨路—苏州路历史街区灯火通明", {"湖滨路—苏州路历史街区": C}, id="dash-after-street"),
    case("入夜，云溪古城青禾路—星湾路历史街区灯火通明", {"云溪古城": P, "青禾路—星湾路历史街区": C},
         id="dash-after-street-head"),
])
def test_commercial_belts_and_dashed_names(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # X旗下Y: the group's firm is a name of its own
    case("青禾集团旗下星澜精工有限公司落户", {"青禾集团": E, "星澜精工有限公司": E}, id="qixia"),
    # a registered form after 的 closes a name whatever the dictionary makes of its brand
    case("青禾集团控股的宏图精工有限公司成功上市", {"青禾集团": E, "宏图精工有限公司": E}, id="registered-after-de"),
    # a group's subsidiary named by the group, its trade's fixed phrase or adjective and a legal form
    case("星澜集团耐火材料有限公司今年投产", {"星澜集团耐火材料有限公司": E}, id="group-trade-subsidiary"),
    case("星澜集团精密制造有限公司今年投产", {"星澜集团精密制造有限公司": E}, id="group-adjective-subsidiary"),
    # (near miss: a verb after the group's name opens another firm's)
    case("星澜集团有限公司所属墨川动力有限公司签约", {"星澜集团有限公司": E, "墨川动力有限公司": E},
         id="group-then-verb-then-firm"),
    case("新引进的梧桐动力有限公司投产", {"梧桐动力有限公司": E}, id="registered-after-de-dictionary-brand"),
    # (near miss: a trade alone before the form names no firm)
    case("新成立的科技有限公司共12家", {}, id="registered-after-de-trade-only"),
    # ... nor does a subsidiary's word (全资子公司X, 控股子公司X: a listed firm's announcement)
    case("其全资子公司星澜精工有限公司负责实施", {"星澜精工有限公司": E}, id="wholly-owned"),
    case("其控股子公司墨川正极材料有限公司已投产", {"墨川正极材料有限公司": E}, id="holding-subsidiary"),
    # ... nor a word of belonging (Y隶属于Z: two names)
    case("星澜产业园隶属于青禾高新区", {"星澜产业园": PL, "青禾高新区": PL}, id="belongs-to"),
    # ... nor the word of a title's holder (产权仍归Z: the owner's name begins after it)
    case("星澜文创园产权仍归青禾纺织集团", {"星澜文创园": PL, "青禾纺织集团": E}, id="title-held-by"),
    # 辖 (governs) and 距 (distance from) open no place's name
    case("全区面积80平方公里，辖云溪街道和禾川镇", {"云溪街道": P, "禾川镇": P}, id="xia"),
    case("园区距星澜机场仅30分钟车程", {"星澜机场": P}, id="ju"),
])
def test_words_before_a_name_that_open_none(recogniser, text, want):
    check(recogniser, text, want)



@pytest.mark.parametrize("text, want", [
    # 即 (namely) and 代表 (on behalf of) open no name: A即B古城, 我谨代表B高新区
    case("“一城”即星澜古城，“两街”为青禾路和墨川路", {"星澜古城": P, "青禾路": P, "墨川路": P}, id="ji"),
    case("在此，我谨代表墨川高新区向各位来宾致谢", {"墨川高新区": PL}, id="jin-daibiao"),
    # 有 glued by jieba onto the unknown name after it is the verb "has"; a project's
    # own head met again on the walk left ends the words of another phrase
    case("30亿元以上项目有瑞澜化学电池材料项目、云澜船舶配套产业园",
         {"瑞澜化学电池材料项目": PR, "云澜船舶配套产业园": PL}, id="you-and-own-head"),
    # near miss: a phase after a project keeps the project in its name
    case("星澜云栖项目二期加快推进", {"星澜云栖项目二期": PR}, id="project-phase-kept"),
])
def test_words_that_end_a_name_walked_left(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a body named by what it builds and manages (X建设管理委员会, X管理委员会)
    case("禾川面料城建设管理委员会发布消息", {"禾川面料城建设管理委员会": I}, id="jianshe-guanwei"),
    case("星澜湖风景区管理委员会发布通告", {"星澜湖风景区管理委员会": I}, id="guanli-weiyuanhui"),
    # near miss: the committee's words with no name before them
    case("完善建设管理委员会的职能", {}, id="bare-committee"),
])
def test_management_committees(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # the trades of makers of parts and materials end a firm's name before its project
    case("推进墨川精密液压件项目开工", {"墨川精密液压件项目": PR}, {"墨川精密": E}, id="jingmi"),
    case("禾澜新材光学膜项目投产", {"禾澜新材光学膜项目": PR}, {"禾澜新材": E}, id="xincai"),
    case("云岫重机塔吊装配线项目开工", {"云岫重机塔吊装配线项目": PR}, {"云岫重机": E}, id="zhongji"),
    # near miss: the trade word alone in running text names nothing
    case("提升精密制造和纺织印染水平", {}, {}, id="trade-words-alone"),
])
def test_maker_trade_words_end_an_owner(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # 电路 is a circuit, not a road: a brand before it names a chip or board maker
    case("制造环节以墨川集成电路为龙头", {"墨川集成电路": E}, id="integrated-circuit-maker"),
    case("集聚了禾澜电路、云岫智能等企业", {"禾澜电路": E, "云岫智能": E}, id="circuit-board-maker"),
    # near miss: the trade alone is a track
    case("大力发展集成电路产业", {"集成电路": "IndustryTrack"}, id="circuit-track-alone"),
])
def test_a_circuit_maker_is_no_road(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a year before a name the lexicon knows dates an event; it is no word of the name
    case("在2023杭州高新区招商推介会上签约", {"杭州高新技术产业开发区": PL}, id="year-before-zone"),
    # near miss: a number that is a word of a coined name stays in it
    case("星澜2049产业园开园", {"星澜2049产业园": PL}, id="number-in-name"),
])
def test_a_year_before_a_known_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a known firm names the project before 建设 as a coined word does
    case("推进华为研发中心项目建设", {"华为研发中心项目": PR}, {"华为": E}, id="known-firm-before-jianshe"),
    # near miss: kind words alone before 建设 name nothing
    case("推进研发中心项目建设", {}, {}, id="kind-words-before-jianshe"),
])
def test_a_known_owner_names_a_project_before_jianshe(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # two characters jieba could not join (揽|月|湾: a verb, a number, a morpheme) are a coined word
    case("周末到青禾揽月湾步行街逛逛", {"青禾揽月湾步行街": C}, id="coined-characters"),
    case("打造星澜揽月湾商业街区", {"星澜揽月湾商业街区": C}, id="coined-characters-jiequ"),
    # near miss: a boundary word jieba cut in two (做|强) still ends the name
    case("青禾做强招商蛇口产业园", {"招商蛇口产业园": PL}, id="boundary-cut-in-two"),
    # a measure word with no number before it was cut off a name holding a province's (天|河北|商圈)
    case("青川区将培育天河北商圈", {"青川区": P, "天河北商圈": C}, id="measure-word-cut-off-a-name"),
    case("推动天河南片区改造提升", {"天河南片区": P}, id="measure-word-cut-off-a-pianqu"),
    # near misses: after a number or a pronoun it counts, and stays out
    case("开业一百二十天湖南路商圈客流翻番", {"湖南路商圈": C}, id="measure-word-after-a-number"),
    case("这家湖南路商圈的老店", {"湖南路商圈": C}, id="measure-word-after-a-pronoun"),
])
def test_coined_words_cut_into_characters(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a street a project's name opens with is where it is, not its owner's brand
    case("△ 云岫街道纱线仓储中心改造项目启动", {"云岫街道纱线仓储中心改造项目": PR}, {"云岫街道": P},
         id="street-opens-a-project"),
    # a coined word cut into characters opens a long name too (吾|澜|一体化…一期)
    case("吾澜一体化储能产业园一期建成投产", {"吾澜一体化储能产业园一期": PR}, None, id="coined-characters-long"),
    # a middle dot joins a city and a name (杭州·星澜创新中心)
    case("已建成杭州·星澜创新中心和青禾产业园", {"杭州·星澜创新中心": PR, "青禾产业园": PL}, None, id="middle-dot"),
    # 会同 (together with) opens no bureau's name
    case("并会同区科技局开展调研", {"区科技局": I}, None, id="huitong"),
])
def test_openings_of_names(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a park or an incubator whose own words say only a kind is named by the zone before it
    case("杭州高新区应急科技产业园集聚企业50家", {"杭州高新区应急科技产业园": PL}, id="zone-kind-park"),
    case("宁波高新区科技企业孵化器今年认定20家", {"宁波高新区科技企业孵化器": PL}, id="zone-incubator"),
    # near miss: a name-like head after its zone stands alone (the zone is its own mention)
    case("记者走进杭州高新区云岫科学城", {"杭州高新技术产业开发区": PL, "云岫科学城": PL}, id="zone-then-name"),
    # near miss: the incubator's kind alone, counted, names nothing
    case("全区新增省级科技企业孵化器3家", {}, id="incubators-counted"),
])
def test_parks_named_by_their_zone(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a coined brand and its trade, then a city: the firm owns the site
    case("星澜储能温州电池产业园开园", {"星澜储能温州电池产业园": PL}, {"星澜储能": E}, id="brand-trade-city"),
    # near miss: a city and a track, then a city, describe the park
    case("杭州人工智能温州产业园开园", {"杭州人工智能温州产业园": PL}, {}, id="city-track-city"),
    # 再 (re-) and 扩能 (more capacity) are words of a long project name
    case("星澜温州再制造基地扩能项目开工", {"星澜温州再制造基地扩能项目": PR}, None, id="zai-kuoneng"),
    # a brand, then a county by its short form (阳原 for 阳原县, no surface of the lexicon's)
    case("墨川星达阳原风电装备产业园开园", {"墨川星达阳原风电装备产业园": PL}, {"墨川星达": E},
         id="brand-county-short-form"),
    # a coined brand jieba cuts into common words (四季|能), then a city
    case("四季能温州新材料基地开工", {"四季能温州新材料基地": PR}, {"四季能": E}, id="coined-brand-city"),
    # a brand, then its city in brackets: in a list too
    case("墨川星达（阳原）装备制造基地开工", {"墨川星达（阳原）装备制造基地": PR}, {"墨川星达": E},
         id="brand-bracketed-city"),
    case("推进星澜大厦、墨川星达（阳原）装备制造基地等项目建设",
         {"星澜大厦": PR, "墨川星达（阳原）装备制造基地": PR}, {"墨川星达": E}, id="brand-bracketed-city-listed"),
    # near miss: a short form cut out of a longer place's name (大|阳原), after a port's name
    case("禾澜港区大阳原码头三期项目开工", {"禾澜港区大阳原码头三期项目": PR}, {}, id="short-form-after-a-port"),
    # a firm named with its home city's bare name (杭州|四季能), then the city of the site
    case("杭州四季能温州基地开工", {"杭州四季能温州基地": PR}, {"杭州四季能": E}, id="city-brand-city"),
    # near miss: a city and a word saying what the site is like name no firm
    case("杭州绿色温州科创中心开工", {"杭州绿色温州科创中心": PR}, {}, id="city-plain-word-city"),
    # near miss: a region before the bracketed city names no firm
    case("长三角（温州）汽车服务总部开工", {"长三角（温州）汽车服务总部": PR}, {}, id="region-bracketed-city"),
])
def test_brands_and_long_names(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # temples and railways a proper word names are places; 景点 counts places
    case("线路串联云岫寺、禾川庙等景点", {"云岫寺": P, "禾川庙": P}, id="jingdian-list"),
    case("区里还在星澜寺周边打造了夜游线路", {"星澜寺": P}, id="si"),
    case("青禾铁路与星澜高速公路在此交汇", {"青禾铁路": P, "星澜高速公路": P}, id="railway-highway"),
    # near miss: the words alone, and a kind before them, name none
    case("大力发展寺庙经济，推进高速铁路建设", {}, id="kinds-only"),
])
def test_landmarks_and_lines(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a mall: the place it is in, then a chain's brand (rules.toml [[head]] chain)
    case("云岫万象汇开业满两年，客流稳定", {"云岫万象汇": PR}, id="chain-after-place"),
    case("星湾吾悦广场于5月开业", {"星湾吾悦广场": PR}, id="chain-after-common-word"),
    case("墨川八佰伴持续引进品牌首店", {"墨川八佰伴": PR}, id="babaiban"),
    case("青禾摩尔客流同比增长", {"青禾摩尔": PR}, id="moer"),
    # the brand is a proper word of the longer names it opens
    case("体育万象汇二期商业综合体开工", {"体育万象汇二期商业综合体": PR}, id="chain-in-longer-name"),
    # near miss: the brand alone, after a counter, names no mall
    case("全市新开一座万象汇", {}, id="counted-brand"),
])
def test_malls_named_by_a_chains_brand(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a brand of a dictionary verb, a trade word that ends only firms' names, then the
    # project's own words ([brand] brand_only_trades)
    case("飞跃新材光学膜项目开工", {"飞跃新材光学膜项目": PR}, {"飞跃新材": E}, id="verb-brand-xincai"),
    case("跨越新材涂层材料项目投产", {"跨越新材涂层材料项目": PR}, {"跨越新材": E}, id="verb-brand-kuayue"),
    # near miss: a verb that governs the project is no brand (a boundary word)
    case("推动新材光学膜项目开工", {"新材光学膜项目": PR}, {}, id="governing-verb"),
])
def test_a_brand_of_dictionary_words_before_its_trade(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a word that opens track names stays before a known track that fills the modifier
    case("墨川区正在规划高端数控机床产业园", {"高端数控机床产业园": PL}, id="opening-word-before-track"),
    # ... not a generic word of praise (重点), nor before a word that is no track
    case("墨川区正在规划重点数控机床产业园", {"数控机床产业园": PL}, id="generic-word-before-track"),
    case("墨川区正在规划高端星澜产业园", {"星澜产业园": PL}, id="opening-word-before-brand"),
])
def test_a_word_that_opens_tracks_before_a_track_in_a_park_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a mall's phase and the building put up in it (X吾悦广场|二期|商业体)
    case("星澜路东侧的云溪吾悦广场二期商业体已经封顶", {"星澜路": P, "云溪吾悦广场二期商业体": PR}, id="mall-phase-building"),
    # ... but the buildings along a road are no name
    case("推动青禾大道沿线商业体提档升级", {"青禾大道": P}, id="along-a-road"),
])
def test_a_commercial_building_head(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # jieba glued a lake's head onto the next word (星月|湖智造): the lake's name opens the name,
    # a word it tags a time or a verb
    case("规划建设星月湖智造走廊", {"星月湖智造走廊": PL}, id="lake-stem-tagged-time"),
    case("规划建设留恋湖智造走廊", {"留恋湖智造走廊": PL}, id="lake-stem-tagged-verb"),
    case("同时，星月湖智造产业园二期项目已经开工", {"星月湖智造产业园二期项目": PR}, id="lake-stem-long-name"),
    # ... not a boundary word before it
    case("加快湖智造走廊建设", {"湖智造走廊": PL}, id="boundary-word-before"),
])
def test_a_place_stem_before_its_glued_head(recogniser, text, want):
    check(recogniser, text, want)


# -- the state's centres: 国家 opens their name ([level_bodies] national) --------------------

@pytest.mark.parametrize("text, want, want_owners", [
    case("国家青禾装备质量检测中心迁入青禾街道", {"国家青禾装备质量检测中心": I, "青禾街道": P}, {},
         id="after-nothing"),
    case("培育国家先进星澜装备创新中心", {"国家先进星澜装备创新中心": I}, {}, id="after-a-verb"),
    case("由墨川科技有限公司建设的国家星澜材料检测中心投用", {"墨川科技有限公司": E, "国家星澜材料检测中心": I}, {},
         id="after-de"),
    # 国家级 is a rank, no word of a name
    case("认定国家级企业技术中心3家", {}, {}, id="guojiaji"),
])
def test_a_state_centre_is_named_with_guojia(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


# -- a city's or a level's testing centre is a public body ([level_bodies] heads) ---------------

@pytest.mark.parametrize("text, want", [
    case("青州市电子元器件检测中心投入使用", {"青州市电子元器件检测中心": I}, id="a-citys-testing-centre"),
    case("青州市产品质量检验检测中心完成扩建", {"青州市产品质量检验检测中心": I}, id="a-citys-inspection-and-testing-centre"),
    # near miss: a firm's testing centre is its project
    case("星澜集团汽车零部件检测中心投入使用", {"星澜集团汽车零部件检测中心": PR}, id="a-firms-testing-centre"),
])
def test_a_levels_testing_centre_is_a_body(recogniser, text, want):
    check(recogniser, text, want)


# -- a firm's park is its project too ([[head]] owned) ----------------------------------------

@pytest.mark.parametrize("text, name, also", [
    case("美团云溪智慧物流产业园开工建设", "美团云溪智慧物流产业园", ("Project",), id="known-firm-city-park"),
    case("星澜集团高端电子装备产业园投产", "星澜集团高端电子装备产业园", ("Project",), id="group-shaped-firm"),
    # no firm opens the name: a park only
    case("推进云溪工程机械产业园建设", "云溪工程机械产业园", (), id="a-place-park"),
])
def test_a_firms_park_is_its_project_too(recogniser, text, name, also):
    ms = {m.name: m for m in mentions(recogniser, text) if m.role != "owner"}
    assert name in ms and ms[name].cls == PL, ms
    assert ms[name].extra == also, ms[name]


# -- a firm found by its legal form or firm's word opens a long project name -----------------

@pytest.mark.parametrize("text, want, want_owners", [
    # the dictionary holds the brand as a plain noun: the firm still makes the name proper
    case("青瓷集团低温乳品智能工厂项目在云溪镇竣工投产", {"青瓷集团低温乳品智能工厂项目": PR, "云溪镇": P},
         {"青瓷集团": E}, id="group"),
    # a trade word's 'firm' is the product: no name opens with it
    case("建设电解槽装备和储氢系统生产线", {}, {}, id="trade-word-is-no-firm"),
])
def test_a_firm_opens_a_long_project_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


# -- units and zones named by common words ------------------------------------------------

@pytest.mark.parametrize("text, want", [
    # a district before a unit's head: a dictionary word names one of its units
    case("位于拱墅区胜利街道的青禾夜市人气旺", {"拱墅区": P, "胜利街道": P, "青禾夜市": C}, id="district-jiedao"),
    case("推进胜利街道建设", {}, id="no-district-no-name"),
    # a port's area and an industrial zone after a proper word
    case("新建码头位于星澜港区", {"星澜港区": P}, id="gangqu"),
    case("青禾电子项目在墨川工业区投产", {"青禾电子项目": PR, "墨川工业区": PL}, id="gongyequ"),
    case("墨川老工业区搬迁改造", {}, id="lao-gongyequ"),
])
def test_units_and_zones_named_by_common_words(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # colleges and laboratories set up with a trade's firms: named by the trade alone
    case("青禾职业技术学院在经开区设立智造产业学院", {"青禾职业技术学院": I, "智造产业学院": I}, id="chanye-xueyuan"),
    case("星澜海工材料全国重点实验室通过验收", {"星澜海工材料全国重点实验室": I},
         id="quanguo-zhongdian-shiyanshi"),
])
def test_colleges_and_laboratories_of_a_trade(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 新兴 after a local name is a word of the park's name
    case("云栖新兴产业园完成招商签约", {"云栖新兴产业园": PL}, id="xinxing"),
    case("推进新兴产业园招商", {}, id="xinxing-alone"),
])
def test_generic_words_local_names_carry(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a host's and a report's words before a name are no words of it
    case("首先请云溪新区管委会副主任介绍情况", {"云溪新区管委会": I}, id="qing"),
    case("现将高新区智能装备产业发展情况报告如下", {"智能装备": T}, id="xianjiang"),
    # a verb jieba made up that ends in a street's head is no street (开街)
    case("改造后的青禾步行街于今年9月重新开街", {"青禾步行街": C}, id="kaijie"),
])
def test_words_before_and_after_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # jieba tags a place's stem a numeral (a sum of money): before a unit, or before a
    # character it left alone, it is the stem ([modifier] numeral_stem_counters)
    case("走访四方街道。", {"四方街道": "Place"}, id="before-a-unit"),
    case("三元街道、五里街道开展活动。", {"三元街道": "Place", "五里街道": "Place"}, id="two-units"),
    case("推进四方湾中央商务区建设。", {"四方湾中央商务区": "Place"}, id="before-a-lone-character"),
    # ... or before a character right before the unit, or before a place word of its own
    case("还在五眼桥街道开设夜市。", {"五眼桥街道": "Place"}, id="before-a-character-and-the-unit"),
    case("与六里湖新区隔湖相望。", {"六里湖新区": "Platform"}, id="before-a-character-and-a-zone"),
    case("九里长街历史文化街区完成改造。", {"九里长街历史文化街区": "CommercialDistrict"},
         id="before-a-place-word"),
    # a numeral and a counter is a count
    case("三个街道开展活动。", {}, id="a-count"),
    case("全区三大商圈客流增长。", {}, id="a-count-of-districts"),
])
def test_a_place_stem_tagged_a_numeral(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a lab named by its topic, a word ending in 化 after a word of its field ([modifier]
    # topic_heads, topic_ends), though 化 ends no other modifier
    case("青禾大学共建材料智能化联合实验室。", {"青禾大学": "Institution", "材料智能化联合实验室": "Institution"},
         id="topic"),
    # a topic word alone names no lab
    case("共建数字化联合实验室。", {}, id="topic-alone"),
])
def test_a_lab_named_by_its_topic(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want, want_owners", [
    # a long name runs left across a single dash between two places (中国—X) or two of its
    # nouns (…一体化—丙烯); not across one after a name's head (A产业园—B产业园项目: two names)
    case("三个项目落户中国—中亚（西宁）新材料产业园。", {"中国—中亚（西宁）新材料产业园": "Platform"}, None,
         id="dash-between-places"),
    case("星澜化工聚酯产业链一体化—丙烯二期项目开工。", {"星澜化工聚酯产业链一体化—丙烯二期项目": "Project"},
         {"星澜化工": "Enterprise"}, id="dash-between-nouns"),
    case("青禾产业园—星澜产业园项目开工。", {"青禾产业园": "Platform", "星澜产业园项目": "Project"}, None,
         id="dash-after-a-head"),
])
def test_a_long_name_across_a_dash(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want, want_owners", [
    # a firm's legal name, then its project's words: one project the firm owns, though jieba
    # tags the first of them a verb ([long_name] inside: 通用 says what the berth serves)
    case("墨川港务集团有限公司通用煤炭码头扩建工程开工。",
         {"墨川港务集团有限公司通用煤炭码头扩建工程": "Project"},
         {"墨川港务集团有限公司": "Enterprise"}, id="legal-name-then-project"),
])
def test_a_legal_name_opens_its_project(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # jieba tags a place's stem a time: after a known place, with no character of times
    # ([modifier] time_chars), it opens the name
    case("依托浙江上元实验室开展攻关。", {"浙江上元实验室": "Institution"}, id="time-tagged-stem"),
    case("依托江西三清实验室和青禾大学开展攻关。",
         {"江西三清实验室": "Institution", "青禾大学": "Institution"}, id="time-tagged-stem-in-a-list"),
    # a time is a time
    case("杭州今年实验室数量增加。", {"杭州市": "Place"}, id="a-time"),
])
def test_a_place_stem_tagged_a_time(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a village or town after an honour verb is the title sought, not a place
    case("星澜镇成功创建省级生态精品村。", {"星澜镇": "Place"}, id="village-title"),
    case("墨川镇积极争创省级特色强镇。", {"墨川镇": "Place"}, id="town-title"),
])
def test_a_settlement_title_sought_is_no_place(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a brand of numerals jieba cut after its first character (三|一重|达) opens the name at
    # its clause's start
    case("项目签约；三一重达杭州装备产业园开工。", {"三一重达杭州装备产业园": "Platform"}, id="numeral-brand"),
    # a count before a name is no part of it
    case("项目签约；三个杭州装备产业园开工。", {"杭州装备产业园": "Platform"}, id="a-count"),
    # a numeral jieba keeps whole (九三) right before a noun, no counter between, after a word
    # that ends names (与): no number counts a noun without a counter, it is a brand's
    case("项目签约后，与九三青禾粮油集团达成合作。", {"九三青禾粮油集团": E}, id="numeral-word-brand"),
    # ... before a registered name's legal form too (the long walk), and after a boundary word
    case("项目签约；三一重达（云溪）有限公司成立。", {"三一重达（云溪）有限公司": E}, id="numeral-brand-legal-form"),
    case("星澜公司隶属于三一重达股份有限公司。", {"星澜公司": E, "三一重达股份有限公司": E},
         id="numeral-brand-after-a-boundary-word"),
    # near misses: a count after a verb (三|一流: the numeral counts), a counter after the numeral
    # counts (三十家), a plan's period (十三五)
    case("打造三一流青禾产业园。", {"青禾产业园": "Platform"}, id="count-after-a-verb"),
    case("项目签约后，与三十家粮油集团达成合作。", {}, id="numeral-and-counter"),
    case("项目签约后，与十三五规划衔接。", {}, id="plan-period"),
])
def test_a_brand_of_numerals(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a park's branch in another place is named by the whole park ([place] branch_heads)
    case("企业集聚在墨川新材料高新技术产业园区云溪分园。", {"墨川新材料高新技术产业园区云溪分园": "Platform"},
         id="branch-of-a-long-park"),
    case("星澜大学科技园青禾分园新孵化企业。", {"星澜大学科技园青禾分园": "Platform"}, id="branch"),
    # a body's office in another city
    case("青禾市驻京办事处开展活动。", {"青禾市驻京办事处": "Institution"}, id="office"),
])
def test_branches_and_offices(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a bare zone word right after a word that names it is another zone, where the park lies:
    # no word of the park's name
    case("幸福开发区智能装备产业园本月封顶。", {"智能装备产业园": "Platform"}, id="named-zone-before"),
    # a bare zone word that opens its clause is the park's own zone, a word of its name
    case("，开发区智能装备产业园开工建设。", {"开发区智能装备产业园": "Platform"}, id="bare-zone"),
])
def test_a_zone_named_before_a_park(recogniser, text, want):
    check(recogniser, text, want)


# -- a firm named by its city's short name, a coined brand and its trade (city_firms.py) ----------

@pytest.mark.parametrize("text, want", [
    # needs no word that introduces firms: the city and the coined brand make the name
    case("湖州星泰生物与青禾大学合作开发新药", {"湖州星泰生物": E, "青禾大学": I}, id="city-brand-trade"),
    case("墨禾智装、扬州博瑞自动化为车企供货", {"扬州博瑞自动化": E}, id="city-brand-trade-listed"),
    case("浙江墨澜科技发布新品", {"浙江墨澜科技": E}, id="province-brand-trade"),
    # a district with its unit is a place of its own; a part of town or a track is no brand
    case("拱墅区星澜科技发布新品", {"拱墅区": P}, id="district-unit-then-firm"),
    case("打造杭州城西科技创新", {"杭州市": P}, id="part-of-town-no-brand"),
    case("杭州生物医药加快发展", {"杭州市": P, "生物医药": T}, id="track-no-brand"),
])
def test_a_firm_named_by_its_city_brand_and_trade(recogniser, text, want):
    check(recogniser, text, want)


# -- a run of trade words before a legal form is the trade the firm registered ---------------
# ([legal_name] trade_words: 建设 and 投资 end a project's name elsewhere; before 有限公司 they
# are the firm's own words, and so is the zone or county that opens a state-owned builder's name)

@pytest.mark.parametrize("text, want", [
    case("由星澜建设投资有限公司负责实施", {"星澜建设投资有限公司": E}, id="two-trades"),
    case("青禾建设发展有限公司承建该项目", {"青禾建设发展有限公司": E}, id="two-trades-opening"),
    case("墨川新区城市建设投资集团有限公司负责实施", {"墨川新区城市建设投资集团有限公司": E},
         id="zone-city-builder"),
    case("由云溪县城市建设投资有限公司建设", {"云溪县城市建设投资有限公司": E}, id="county-city-builder"),
    case("由青禾高新区投资发展有限公司投资建设", {"青禾高新区投资发展有限公司": E}, id="zone-investment-arm"),
    # one trade word, as before
    case("星澜文旅发展有限公司运营", {"星澜文旅发展有限公司": E}, id="one-trade"),
    # trades jieba tags verbs (包装, 担保, 铸造), after a city that opens the registered name
    case("6.云溪市星嘉印刷包装有限公司（白露镇）", {"云溪市星嘉印刷包装有限公司": E, "白露镇": P},
         id="printing-packaging-after-a-city"),
    case("推动墨川市融资担保有限公司降低担保费率", {"墨川市融资担保有限公司": E}, id="guarantee-after-a-city"),
    case("8.青禾澜锐精密铸造有限公司：冷却水系统缺少报警装置", {"青禾澜锐精密铸造有限公司": E},
         id="casting-after-a-brand"),
    # ... and a works' process after a group's name: the group's subsidiary (冷轧)
    case("竞得单位：星澜集团冷轧有限责任公司", {"星澜集团冷轧有限责任公司": E}, id="cold-rolling-after-a-group"),
    case("竞得单位：墨川集团", {"墨川集团": E}, id="group-alone"),
    # near misses: no legal form after the verb, or a verb governing the firm
    case("推动墨川市融资担保体系建设", {}, id="guarantee-no-form"),
    case("鼓励企业为星澜科技有限公司包装产品", {"星澜科技有限公司": E}, id="packaging-after-the-firm"),
])
def test_a_run_of_trade_words_before_a_legal_form(recogniser, text, want):
    check(recogniser, text, want)


# -- a trade or kind of two characters before 园 names a park ([[head]] Platform words) -------

@pytest.mark.parametrize("text, want", [
    case("签约仪式在青石湾智造园举行", {"青石湾智造园": PL}, id="zhizao-yuan"),
    case("企业落户星澜文创园", {"星澜文创园": PL}, id="wenchuang-yuan"),
    case("入驻墨川电商园的商户有80家", {"墨川电商园": PL}, id="dianshang-yuan"),
    case("加快建设石化下游配套园", {"石化下游配套园": PL}, id="peitao-yuan"),
    case("青禾双创园新增孵化项目12个", {"青禾双创园": PL}, id="shuangchuang-yuan"),
    # a park where goods are processed, and a base sellers stream from: platforms firms move into
    case("星澜公司入驻墨川镇青禾湾农副产品加工园", {"星澜公司": E, "墨川镇青禾湾农副产品加工园": PL}, id="jiagong-yuan"),
    case("青石湾直播电商基地已入驻主播团队12个", {"青石湾直播电商基地": PL}, id="zhibo-dianshang-jidi"),
    # (near miss: a processing park of a kind, no proper word before it)
    case("鼓励各乡镇规划一批农副产品加工园", {}, id="kind-of-jiagong-yuan"),
])
def test_two_character_kinds_before_yuan_name_parks(recogniser, text, want):
    check(recogniser, text, want)


# -- a park found by its head opens a project's name as a proper word does ------------------
# (openings.park_opens: the rest may be dictionary words only, 标准厂房)

@pytest.mark.parametrize("text, want", [
    case("青石湾产业园标准厂房项目开工", {"青石湾产业园标准厂房项目": PR}, id="park-then-works"),
    case("推进青石湾科技园配套道路项目", {"青石湾科技园配套道路项目": PR}, id="park-then-road"),
    # no park before: dictionary words alone are no name
    case("推进标准厂房项目", {}, id="works-alone"),
])
def test_a_park_opening_a_project_name(recogniser, text, want):
    check(recogniser, text, want)


# -- a feature of land or water closing a dictionary word makes a place's name -----------------
# ([modifier] place_morphemes: after 的 a name of dictionary words only is read as a description)

@pytest.mark.parametrize("text, want", [
    case("负责实施的青石湾产业园标准厂房三期项目开工", {"青石湾产业园标准厂房三期项目": PR}, id="wan"),
    case("新建的石板滩产业园开园", {"石板滩产业园": PL}, id="tan"),
    # the kind alone after 的 stays a description
    case("新建的物流园开园", {}, id="kind-alone"),
])
def test_a_place_morpheme_makes_a_name(recogniser, text, want):
    check(recogniser, text, want)


# -- a project named by what it makes, set out as a name (openings.described_named) ---------
# ([long_name] described_item_opening, described_firm_links, described_min_len)

@pytest.mark.parametrize("text, want", [
    case("2.钠离子电池储能模组项目，拟选址青禾经开区。", {"钠离子电池储能模组项目": PR, "青禾经开区": PL}, id="item-heading"),
    case("星澜微电子有限公司的碳化硅功率模块封装项目已签约", {"星澜微电子有限公司": E, "碳化硅功率模块封装项目": PR},
         id="a-firms"),
    case("墨川材料有限公司投资12亿元建设的第三代半导体衬底项目落户",
         {"墨川材料有限公司": E, "第三代半导体衬底项目": PR}, id="a-firm-builds"),
    # ... the firm's words to it may pass a name found after 在 or 与 ([long_name] described_firm_where)
    case("青禾储能科技有限公司在云溪镇建设废旧电池拆解利用项目。",
         {"青禾储能科技有限公司": E, "云溪镇": P, "废旧电池拆解利用项目": PR}, id="a-firm-builds-in-a-place"),
    case("星澜半导体股份有限公司与云溪新区签约建设碳化硅衬底材料项目。",
         {"星澜半导体股份有限公司": E, "云溪新区": PL, "碳化硅衬底材料项目": PR}, id="a-firm-signs-with-a-zone"),
    # ... no track in its words, but a thing made (or a work on one) ends them
    case("3.生物基可降解纤维项目，拟选址青禾经开区。", {"生物基可降解纤维项目": PR, "青禾经开区": PL},
         id="item-heading-a-product-no-track"),
    case("墨川科技股份有限公司投资建设的轻量化底盘结构件项目落在星澜大道东侧。",
         {"墨川科技股份有限公司": E, "轻量化底盘结构件项目": PR, "星澜大道": P}, id="a-firm-builds-a-product-no-track"),
    case("青禾生物药业有限公司在云溪镇建设的疫苗原液扩建项目顺利竣工。",
         {"青禾生物药业有限公司": E, "云溪镇": P, "疫苗原液扩建项目": PR}, id="a-works-word-ends-it"),
    # ... after a modal before 在 ([long_name] described_firm_where: 将在, 拟在, 计划在)
    case("墨川电子将在云溪片区投资建设新能源电池隔膜项目。",
         {"墨川电子": E, "云溪片区": P, "新能源电池隔膜项目": PR}, id="a-firm-will-build-in-a-place"),
    # ... or by where it is built alone: 在 + a place or a zone + a verb of building
    # ([long_name] described_site_where, described_site_links)
    case("双方商定共同在白露县建设新能源电池铝箔项目。",
         {"白露县": P, "新能源电池铝箔项目": PR}, id="built-in-a-place"),
    case("拟在青禾经济技术开发区投资建设锂电池正极材料项目。",
         {"青禾经济技术开发区": PL, "锂电池正极材料项目": PR}, id="built-in-a-zone"),
    # near misses: a kind of project built there, a track alone, a verb not of building
    case("在白露县建设一批重点产业项目。", {"白露县": P}, id="built-in-a-place-a-kind"),
    case("在白露县建设新能源项目。", {"白露县": P, "新能源": T}, id="built-in-a-place-a-track"),
    case("在白露县召开新能源电池铝箔项目推介会。", {"白露县": P, "新能源": T}, id="in-a-place-no-building"),
    # ... a firm's works of a site head ([long_name] described_heads): a track alone, four characters, names them
    case("星澜生物医药集团投资的多肽药物生产基地已开工，计划年底封顶。",
         {"星澜生物医药集团": E, "多肽药物生产基地": PR}, id="a-firm-invests-in-a-site"),
    case("墨川科技股份有限公司在云溪镇布局的光伏边框生产基地已满产运行。",
         {"墨川科技股份有限公司": E, "云溪镇": P, "光伏边框生产基地": PR}, id="a-firm-lays-out-a-site"),
    case("青禾汽车集团有限公司在云溪街道建设的智能网联汽车产业化基地正在试产。",
         {"青禾汽车集团有限公司": E, "云溪街道": P, "智能网联汽车产业化基地": PR}, id="a-firm-builds-a-site-of-a-track"),
    # ... or as the firm's the text speaks of, by a pronoun ([long_name] described_pronouns)
    case("其炼化一体化转型升级项目于去年开工。", {"炼化一体化转型升级项目": PR}, id="pronoun-led"),
    case("其投资12亿元的风电叶片生产基地项目位于云溪高新区。",
         {"风电叶片生产基地项目": PR, "云溪高新区": PL}, id="pronoun-invests-in"),
    # near misses: 其中 (among them), a track alone
    case("其中锂电池正极材料项目进展顺利。", {"锂电池正极材料": T}, id="among-them"),
    case("其新能源项目进展顺利。", {"新能源": T}, id="pronoun-a-track-alone"),
    # ... or as the next of a list of named works ([long_name] described_peer_marks)
    case("今年引进星澜石英坩埚项目、碳纤维复合材料项目。",
         {"星澜石英坩埚项目": PR, "碳纤维复合材料项目": PR}, id="listed-after-a-named-project"),
    # near misses: after a kind of project; a track alone after a named one
    case("今年引进重点项目、锂电池正极材料项目。", {"锂电池正极材料": T}, id="listed-after-a-kind"),
    case("今年引进星澜石英坩埚项目、新能源项目。", {"星澜石英坩埚项目": PR, "新能源": T}, id="listed-a-track-alone"),
    # ... and a base, a plant or a goods centre the sentence sets out by where it is built, its
    # last word a work on goods ([long_name] described_heads, described_works)
    case("白露县在云溪镇建设马铃薯精深加工基地。",
         {"白露县": P, "云溪镇": P, "马铃薯精深加工基地": PR}, id="built-in-a-place-a-base"),
    case("拟在云溪镇建设光伏组件智能工厂。",
         {"云溪镇": P, "光伏组件智能工厂": PR}, id="built-in-a-place-a-plant"),
    # near misses: a track alone, a kind of base, a base a place is
    case("在白露县建设新能源基地。", {"白露县": P, "新能源": T}, id="built-in-a-place-a-track-base"),
    case("在白露县建设一批产业基地。", {"白露县": P}, id="built-in-a-place-a-kind-of-base"),
    # ... not a site no firm sets out (the trade a place is a base of is a track: rules.toml
    # [[list_frame]] 重要的…生产基地), nor one of three characters
    case("该县是全国重要的光伏边框生产基地。", {"光伏边框": "IndustryTrack"}, id="a-site-no-firm-sets-out"),
    case("星澜集团投资的新能源生产基地", {"星澜集团": E, "新能源": T}, id="a-site-too-short"),
    # near misses: words of a clause between the place and the verb; a heading of work, an act
    case("星澜集团在云溪镇召开大会建设新能源电池材料项目。", {"星澜集团": E, "云溪镇": P, "新能源": "IndustryTrack"},
         id="a-clause-after-the-place"),
    case("（一）全力以赴抓项目。", {}, id="item-heading-an-act"),
    # too short, or a track alone: a kind of project, no name
    case("星澜集团的新能源项目", {"星澜集团": E, "新能源": T}, id="track-alone"),
    case("1.重点项目推进情况", {}, id="no-track"),
    case("星澜集团在云溪镇建设的重点产业项目。", {"星澜集团": E, "云溪镇": P}, id="a-kind-of-project"),
])
def test_a_project_named_by_what_it_makes(recogniser, text, want):
    check(recogniser, text, want)


# -- a kind of work a plan sorts its projects by is no proper word ([generic.not_proper]) -------

@pytest.mark.parametrize("text, want", [
    case("二是新能源汽车产业链补链项目，主要招引核心部件企业。", {"新能源汽车": T}, id="chain-gap-filling"),
    case("三是城市更新项目，如老旧厂房改造。", {}, id="urban-renewal"),
    case("加快校地合作项目落地。", {}, id="school-locality"),
    case("（二）聚力项目建设。今年共排定市级重点项目88个。", {}, id="rally-heading"),
    # near miss: a place's name before the kind names the works
    case("星澜港街道云溪片区城市更新项目开工。", {"星澜港街道云溪片区城市更新项目": PR}, id="urban-renewal-named"),
])
def test_a_kind_of_work_is_no_name(recogniser, text, want):
    check(recogniser, text, want)


# -- a verb whose object is a firm ([boundary] before_firm: 配套) ends a name before a known firm --
# (the rule reads the lexicon: 奇瑞汽车 is a firm it knows)

@pytest.mark.parametrize("text, want, want_owners", [
    case("公司生产精密铸件，产品配套奇瑞汽车、星澜重工等整机企业", {"奇瑞汽车": E, "星澜重工": E}, None,
         id="supplies-a-list-of-firms"),
    case("项目位于青禾镇，建成后将配套奇瑞汽车星澜基地。", {"青禾镇": P, "奇瑞汽车星澜基地": PR}, {"奇瑞汽车": E},
         id="supplies-a-firms-site"),
    case("公司生产精密铸件，产品供应奇瑞汽车、星澜重工等整机企业", {"奇瑞汽车": E, "星澜重工": E}, None,
         id="gongying-a-list-of-firms"),
    # near misses: 配套 right before the head is a word of the name (a park of suppliers)
    case("推进奇瑞汽车配套产业园建设", {"奇瑞汽车配套产业园": PL}, {"奇瑞汽车": E}, id="suppliers-park-of-a-firm"),
    case("开工星澜汽车配套产业园", {"星澜汽车配套产业园": PL}, None, id="suppliers-park"),
    # ... and before a product, not a firm
    case("青禾船舶配套模块生产线投产", {"青禾船舶配套模块生产线": PR}, None, id="before-a-product"),
])
def test_a_firm_supplied_opens_the_name(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


# -- a track's words before a trade head (kg/recognise/track_words.py trade_compound): what a chain
# makes, not a firm; a brand before the head (or before the track) keeps the firm

@pytest.mark.parametrize("text, want", [
    case("青禾科技城引进物联网装备。", {"青禾科技城": PL, "物联网装备": T}, id="track-and-zhuangbei"),
    case("星澜科创园已集聚物联网信息、数字创意企业60家。",
         {"星澜科创园": PL, "物联网信息": T, "数字创意": T}, id="track-and-xinxi"),
    # near misses: a brand before the head, or before the track, names a firm
    case("青禾科技城引进星澜装备。", {"青禾科技城": PL, "星澜装备": E}, id="brand-and-zhuangbei"),
    case("青禾科技城引进云栖物联网装备。", {"青禾科技城": PL, "云栖物联网装备": E}, id="brand-track-and-zhuangbei"),
    case("墨川物联网信息公司在园区落户。", {"墨川物联网信息公司": E}, id="legal-head-after-the-track"),
])
def test_a_tracks_words_before_a_trade_head_name_no_firm(recogniser, text, want):
    check(recogniser, text, want)


# -- a long project name runs back to its clause's opening brand (kg/recognise/clause_names.py),
# but not over a function word or a count of the clause: a visitor's tour (X一行来到…, X察看了…)
# names no project

@pytest.mark.parametrize("text, want", [
    case("随后，柯望舒一行来到光学产业园三期项目施工现场。", {"光学产业园三期项目": PR}, id="a-party-arrives"),
    case("在星澜电机有限公司，柯望舒察看了高压电机生产线。", {"星澜电机有限公司": E}, id="a-visitor-looks"),
    # near misses: a measure after a number, a word joining two products, a word of the
    # product's own the dictionary takes for a verb stay in the name
    case("正在建设的墨鑫年产50万吨冷轧精密板带项目总投资36亿元。", {"墨鑫年产50万吨冷轧精密板带项目": PR},
         id="measure-kept"),
    case("今年，比亚迪云溪单晶硅棒及切片项目一期投产。", {"比亚迪云溪单晶硅棒及切片项目一期": PR},
         id="joiner-kept"),
    case("随后，星澜纳米年产3万吨新型磷酸锰铁锂正极材料二期项目开工。",
         {"星澜纳米年产3万吨新型磷酸锰铁锂正极材料二期项目": PR}, id="verb-tagged-word-kept"),
])
def test_a_clause_opening_is_no_visitors_words(recogniser, text, want):
    check(recogniser, text, want)


# -- an industrial park named by the town or county right before it when its own words say
# only a kind (rules.toml [place] place_park_heads: 云溪区|化工|园区); a town's cluster of
# industry (工业集中区, a head of its own) keeps the town its walk meets

@pytest.mark.parametrize("text, want", [
    case("项目在云溪区化工园区开工建设。", {"云溪区化工园区": PL}, id="county-chemical-park"),
    case("项目落户青禾区墨川镇工业集中区。", {"墨川镇工业集中区": PL}, id="town-cluster"),
    case("将墨川镇工业集中区、星澜科创园纳入管理。", {"墨川镇工业集中区": PL, "星澜科创园": PL},
         id="town-cluster-item"),
    # ... a town's or a county's cluster of a trade's industry (the trade's words alone say nothing)
    case("冷链配送覆盖墨川镇果蔬工业集中区、星澜科创园。", {"墨川镇果蔬工业集中区": PL, "星澜科创园": PL},
         id="town-trade-cluster"),
    case("冷链配送覆盖萧山区果蔬工业集中区。", {"萧山区果蔬工业集中区": PL}, id="county-trade-cluster"),
    # near misses: no place before the head (a kind of zone, a count of them) names nothing
    case("高新区严格落实化工园区安全风险防控要求。", {}, id="bare-chemical-park"),
    case("冷链配送覆盖萧山区星澜工业集中区。", {"萧山区": P, "星澜工业集中区": PL}, id="county-before-own-named-cluster"),
    case("各镇食品工业集中区完成改造。", {}, id="no-place-trade-cluster"),
    case("云溪镇、墨川镇两个镇级工业集中区完成改造。", {"云溪镇": P, "墨川镇": P}, id="count-of-clusters"),
])
def test_a_town_names_its_industrial_park(recogniser, text, want):
    check(recogniser, text, want)


# -- a year right before a name the lexicon knows dates the event, in a long name's walk too
# (kg/recognise/long_names.py, as in the short walk: name_stops.year_before_name)

@pytest.mark.parametrize("text, want", [
    case("在2025浙江（云溪）自由贸易试验区投资推介会上致辞", {"浙江（云溪）自由贸易试验区": PL}, id="year-before-a-zone"),
    # near miss: a number that is no year before a name the lexicon does not know stays a word of it
    case("开工360云溪研发中心项目", {"360云溪研发中心项目": PR}, id="number-brand-kept"),
])
def test_a_year_opens_no_long_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a bare word for a zone opening a firm's registered name says where the firm is
    case("开发区孝感凯达环保设备有限公司入选名单", {"孝感凯达环保设备有限公司": E}, id="zone-word-before-a-place-led-firm"),
    case("经开区星澜环保设备有限公司入选名单", {"星澜环保设备有限公司": E}, id="zone-word-before-a-brand"),
    # ... but before trade words alone it names the zone's own company
    case("高新区投资发展有限公司负责建设", {"高新区投资发展有限公司": E}, id="the-zones-own-company"),
])
def test_a_zone_word_opens_no_registered_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # (a unit of no stem of its own after it is the zone's: 新区街道)
    case("办公地点位于新区街道", {"新区街道": P}, id="zone-words-own-street"),
])
def test_a_zone_word_opens_no_places_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, unit, starts_at", [
    # a place's stem read with its unit (七百垄村: a number and a noun alone) after a zone word
    ("开发区七百垄村完成改造", "村", 3),
    # ... a firm's registered name after one
    ("经开区星澜环保设备有限公司入选", "有限公司", 3),
    # (near miss: trade words alone after it, the zone's own company)
    ("高新区投资发展有限公司负责建设", "有限公司", 0),
])
def test_where_a_name_starts_after_a_zone_word(recogniser, text, unit, starts_at):
    from kg.recognise.context import Context
    from kg.recognise.openings import after_zone_word
    r = recogniser
    ctx = Context(text, r.seg.tokens(text), "d#0", r.lex, r.rules, r.seg, r.tables)
    mod_end = text.index(unit)
    end = mod_end + len(unit) if unit == "村" else None
    assert after_zone_word(ctx, 0, mod_end, end) == starts_at


@pytest.mark.parametrize("text, want", [
    # a brand jieba cut into characters, then a trade it takes for a verb (星|酝|包装)
    case("包装配套方面，四川星霁包装科技有限公司主营纸盒印刷", {"四川星霁包装科技有限公司": E}, id="after-a-province"),
    case("星酝包装科技有限公司主营纸盒印刷", {"星酝包装科技有限公司": E}, id="at-the-start"),
    # ... not a clause's own characters after a word (他|说|要)
    case("他说要包装科技有限公司", {}, id="a-clauses-characters"),
])
def test_a_brand_cut_into_characters_before_a_verb_like_trade(recogniser, text, want):
    check(recogniser, text, want)


# -- the thing two parties build together ([long_name] co_built_before, co_built_heads) ------

@pytest.mark.parametrize("text, want", [
    # a lab, an institute, a pilot base named only by what it is for, after 共建(的)
    case("青禾大学与星澜科技有限公司共建的绿色建材研究院揭牌运营。",
         {"青禾大学": I, "星澜科技有限公司": E, "绿色建材研究院": I}, id="co-built-institute"),
    case("青禾大学与星澜科技有限公司共建动力电池可靠性联合实验室。",
         {"青禾大学": I, "星澜科技有限公司": E, "动力电池可靠性联合实验室": I}, id="co-built-lab"),
    case("我们与青禾学院共建生物医药产业学院，每年培养人才。",
         {"青禾学院": I, "生物医药产业学院": I}, id="co-built-college"),
    case("联合星澜科技、墨川股份共建氢能一体化中试基地；",
         {"星澜科技": E, "墨川股份": E, "氢能一体化中试基地": PL}, id="co-built-pilot-base"),
    # ... a training base a college and a firm build together
    case("星澜职业技术学院与青禾文旅有限公司签约，在云溪古镇共建文旅服务实训基地。",
         {"星澜职业技术学院": I, "青禾文旅有限公司": E, "云溪古镇": P, "文旅服务实训基地": PR},
         id="co-built-training-base"),
    # ... not one a college only sets up
    case("星澜职业技术学院在云溪镇设立智能制造实训基地。",
         {"星澜职业技术学院": I, "云溪镇": P, "智能制造": T}, id="set-up-training-base"),
    # ... its name runs back to those words where the walk left stops at a verb inside it
    case("与青禾工业大学共建激光焊接研究院。", {"青禾工业大学": I, "激光焊接研究院": I}, id="co-built-verb-inside"),
    # ... not a count of them, nor the head alone
    case("青禾大学与星澜科技有限公司共建了8个联合实验室。", {"青禾大学": I, "星澜科技有限公司": E},
         id="co-built-count"),
    case("推动青禾大学与企业共建联合实验室。", {"青禾大学": I}, id="co-built-bare-head"),
    # ... a training room and a master's studio a firm and a school build together
    case("星澜物流云溪分公司与白露职业学院共建“智慧仓储实训室”。",
         {"星澜物流云溪分公司": E, "白露职业学院": I, "智慧仓储实训室": PR}, id="co-built-training-room"),
    case("墨川建材有限公司与白露职业技术学院共建“古建木作技能大师工作室”，年培训300人。",
         {"墨川建材有限公司": E, "白露职业技术学院": I, "古建木作技能大师工作室": PR}, id="co-built-master-studio"),
    # ... not one only built, no partner
    case("学校新建实训室。", {}, id="built-training-room"),
    case("推进技能大师工作室建设。", {}, id="bare-master-studio"),
    # ... a quotation that holds the whole name is the name, its Latin words and marks too
    case("与白露大学共建“5G+智慧物流联合实验室”。", {"白露大学": I, "5G+智慧物流联合实验室": I},
         id="co-built-quoted-whole"),
    # ... not a quoted topic before the head (the quotation is no whole name)
    case("与青禾大学共建“智能+”联合实验室。", {"青禾大学": I}, id="co-built-quoted-topic"),
    # ... nor one only built (no partner): its words alone name no one thing
    case("青禾大学建设的绿色建材研究院揭牌运营。", {"青禾大学": I}, id="built-not-co-built"),
    # the thing built named though 建设 follows it (加快…共建的X建设: the building of the thing)
    case("加快青禾大学与星澜科技有限公司共建的精细化工中试基地建设。",
         {"青禾大学": I, "星澜科技有限公司": E, "精细化工中试基地": PL}, id="co-built-before-building"),
    # ... but a head before 建设 with no partner named is the common noun (推进储能实验室建设)
    case("推进储能实验室建设。", {}, id="bare-head-before-building"),
    # a park two parties build, in quotes or not
    case("星澜石化墨川分公司与青禾高新区共建的“石化产业园”已落地。",
         {"星澜石化墨川分公司": E, "青禾高新区": PL, "石化产业园": PL}, id="co-built-park"),
    # ... not a park only built
    case("推进石化产业园建设。", {"石油化工": T}, id="park-not-co-built"),
])
def test_co_built_heads(recogniser, text, want):
    check(recogniser, text, want)


# -- two names joined by 和/与 before a firm's form ([long_name] name_joiners) ----------------

@pytest.mark.parametrize("text, want", [
    case("由星澜理工学院学生团队和青禾墨川动漫科技有限公司共同出品",
         {"星澜理工学院": I, "青禾墨川动漫科技有限公司": E}, id="a-team-and-a-firm"),
    case("星澜彩与青禾科技（集团）股份有限公司联合发布", {"青禾科技（集团）股份有限公司": E},
         id="a-brand-and-a-bracketed-firm"),
    # near misses: a brand's character before 和 (浙江晶|和|新能源…), two trades joined
    case("引进浙江星和新能源科技有限公司", {"浙江星和新能源科技有限公司": E}, id="he-inside-a-brand"),
    case("青禾建筑与装饰工程有限公司中标", {"青禾建筑与装饰工程有限公司": E}, id="two-trades-joined"),
])
def test_two_names_joined_before_a_firms_form(recogniser, text, want):
    check(recogniser, text, want)


# -- a registered name that fills a list item ([long_name] item_marks, item_registered_max) ----

@pytest.mark.parametrize("text, want", [
    # the brand's words are an adjective and a verb, or an adverb, to jieba: the item is the name
    case("A类：青州星澜股份有限公司、福建星锐精密铸造有限公司、青州市立新机电有限公司",
         {"青州星澜股份有限公司": E, "福建星锐精密铸造有限公司": E, "青州市立新机电有限公司": E},
         id="brands-of-dictionary-words-in-a-list"),
    case("建设单位：广东青禾精密铸造有限公司", {"广东青禾精密铸造有限公司": E}, id="after-a-label"),
    # near miss: a clause, not a list item (no mark after the form): the rule does not fire; the
    # walk crosses the trade before the form ([legal_name] form_trade_words: 铸造) and the name is whole
    case("福建星锐精密铸造有限公司投资建设", {"福建星锐精密铸造有限公司": E}, id="not-a-list-item"),
])
def test_a_registered_name_filling_a_list_item(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a parent said to hold a firm: 控股 and the subsidiary's word are no part of its name
    case("据悉，墨川精工有限公司为星澜集团控股子公司，去年营收翻番", {"墨川精工有限公司": E, "星澜集团": E},
         id="group-holding-subsidiary"),
    case("星澜集团有限责任公司控股的子公司墨川精工有限公司今年投产", {"墨川精工有限公司": E, "星澜集团有限责任公司": E},
         id="registered-holding"),
    # ... after a firm named by its city, its brand and its trade (扬州|星澜纺织|集团)
    case("扬州星澜纺织集团控股的云溪墨川织造有限公司订单翻番",
         {"扬州星澜纺织集团": E, "云溪墨川织造有限公司": E}, id="city-firm-holding"),
    # (near misses: a branch in a city and a holding firm keep their words)
    case("扬州星芯电子今年投产", {"扬州星芯电子": E}, id="city-firm-kept"),
    case("星澜科技有限公司云溪分公司今年开业", {"星澜科技有限公司云溪分公司": E}, id="branch-kept"),
    case("龙头企业星澜控股今年营收增长", {"星澜控股": E}, id="holdings-kept"),
])
def test_a_holders_words_after_its_name(recogniser, text, want):
    check(recogniser, text, want)


# the trades of makers a list of firms names them by (a coined brand, then the trade:
# 澜沃饮品, 墨川星翔化工); the trade's word alone, or after a common word, is a track
@pytest.mark.parametrize("text, want", [
    ("重点企业：澜沃化工、禾丰织造、星翔铸造", {"澜沃化工": E, "禾丰织造": E, "星翔铸造": E}),
    ("园区集聚了墨川宏图汽配、澜沃茶业", {"墨川宏图汽配": E, "澜沃茶业": E}),
    ("代表：墨川恒丰织造、星澜锦纶新材料", {"墨川恒丰织造": E}),
    ("链主企业：澜沃饮品、墨川星澜电子有限公司", {"澜沃饮品": E}),   # (a list's subject found it before)
])
def test_a_makers_trade_after_a_brand_names_a_firm(recogniser, text, want):
    got = names(recogniser, text)
    assert {n: c for n, c in got.items() if n in want} == want, got


@pytest.mark.parametrize("text", [
    "发展精细化工、食品饮料等产业",
    "推动铸造行业转型升级",
])
def test_a_trade_word_alone_names_no_firm(recogniser, text):
    assert "Enterprise" not in names(recogniser, text).values()


# -- a park taking in industry moved from elsewhere (rules.toml [[head]] 产业转移工业园) -------------

@pytest.mark.parametrize("text, want", [
    # the verb inside the head (产业|转移|工业园) does not stop the walk before the park's name
    case("（三）星澜产业转移工业园。主导产业为装备制造。", {"星澜产业转移工业园": PL, "装备制造": T},
         id="numbered-heading"),
    case("青禾产业转移园规上企业达到40家。", {"青禾产业转移园": PL}, id="short-form"),
    # near miss: the moving of industry, no park
    case("桐庐县积极承接沿海产业转移。", {"桐庐县": P}, id="the-moving-alone"),
])
def test_industry_transfer_parks(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a scenic area named by its legal kind, 风景名胜区, as by 景区 (jieba: 风景|名胜区)
    case("明年将在星澜山风景名胜区周边新建游客中心", {"星澜山风景名胜区": "Place"}, id="scenic-area"),
    case("游客来到青禾湖名胜区游览", {"青禾湖名胜区": "Place"}, id="famous-area"),
    # near misses: the kind alone, and a kind before it, name none
    case("各级风景名胜区要加强管理", {}, id="bare-kind"),
    case("国家级风景名胜区数量居全省第一", {}, id="level-kind"),
])
def test_scenic_areas(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a public office named by whom it serves is a body, after a zone word, a level or a zone
    case("项目推介会在经开区招商服务中心召开", {"经开区招商服务中心": I}, id="zone-word-investment-office"),
    case("由街道便民服务中心统一受理", {"街道便民服务中心": I}, id="street-office"),
    case("请联系青禾高新区招商服务中心", {"青禾高新区招商服务中心": I}, id="zone-investment-office"),
    case("在上海设立星澜招商服务站", {"上海市": P, "星澜招商服务站": I}, id="investment-station"),
    # near miss: a service centre built for a trade or a sport is a project, as before
    case("青禾国际体育服务中心开工", {"青禾国际体育服务中心": PR}, id="sports-centre-project"),
    # associations of people from one place
    case("由墨川同乡会的会员企业共同投资", {"墨川同乡会": I}, id="hometown-association"),
    case("青禾侨商联谊会组织考察", {"青禾侨商联谊会": I}, id="friendship-association"),
    case("同乡会的会员企业共同投资", {}, id="bare-association"),
])
def test_offices_and_associations(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a verb of giving jieba's dictionary tags as a noun is no word of the name after it
    case("星澜基金会累计资助青禾学院贫困学生300名", {"星澜基金会": I, "青禾学院": I}, id="funds"),
    case("奖励星澜研究院团队50万元", {"星澜研究院": I}, id="rewards"),
    # near miss: a name that ends in a noun before 资助 keeps it out too (no word of it)
    case("青禾学院资助贫困学生", {"青禾学院": I}, id="subject"),
])
def test_a_verb_of_giving_before_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a two-character word ending in 化 is a field's noun, which names carry
    case("星澜文化产业园开园。", {"星澜文化产业园": PL}, id="culture"),
    case("墨川石化工业园区入驻企业50家。", {"墨川石化工业园区": PL}, id="petrochemicals"),
    case("青禾文化展示馆建成。", {"青禾文化展示馆": PR}, id="culture-hall"),
    # ... and so does a longer word jieba knows as a place's name ending in one (a plant named by
    # its city and field: 兰州石化)
    case("原料由星澜兰州石化分公司供应。", {"星澜兰州石化分公司": E}, id="place-named-plant"),
    # near misses: 化 as a suffix (what a thing is made into) still ends no modifier
    case("建设数字化车间。", {}, id="digitised"),
    case("打造一体化产业园。", {}, id="integrated"),
    case("设立智能化分公司。", {}, id="made-smart-branch"),
])
def test_a_field_noun_ending_in_hua_ends_a_modifier(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a party's word (运营|方, 投资方) before a registered name is what the firm is, no word of it
    case("借助园区运营方星澜茶艺文化有限公司的渠道。", {"星澜茶艺文化有限公司": E}, id="operator"),
    case("项目投资方青禾文化发展有限公司介绍。", {"青禾文化发展有限公司": E}, id="investor"),
    case("宁波方太厨具有限公司投产。", {"宁波方太厨具有限公司": E}, id="fang-inside-a-brand"),
    # ... and a project record's party (施工单位, 监理|单位) right before the firm, no 为 between
    case("施工单位星澜远景建设有限公司已进场。", {"星澜远景建设有限公司": E}, id="contractor"),
    case("设计单位墨川规划设计研究院有限公司完成方案。", {"墨川规划设计研究院有限公司": E}, id="designer"),
])
def test_a_partys_word_before_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # 内 after a zone's or a site's word is "inside" it, no word of the name after (园区|内星澜…)
    case("园区内星澜科技产业园开工。", {"星澜科技产业园": PL}, id="inside-the-park"),
    case("开发区内白露新材料产业园投产。", {"白露新材料产业园": PL}, id="inside-the-zone"),
    case("由开发区内青禾氢能产业园项目提供蒸汽。", {"青禾氢能产业园项目": PR}, id="inside-before-a-project"),
    # (near miss: a city whose name opens on 内)
    case("内江星澜产业园开工。", {"内江星澜产业园": PL}, id="neijiang"),
])
def test_inside_a_zone_before_a_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a town's standing (强镇, 重镇, 名镇) or award title (先进镇) names no town
    case("星澜镇是全国食品工业强镇", {"星澜镇": P}, id="strong-town"),
    case("青禾镇（陶瓷卫浴产业重镇）", {"青禾镇": P}, id="important-town"),
    case("白露镇是历史文化名镇", {"白露镇": P}, id="famous-town"),
    case("全区评出经济发展先进镇5个", {}, id="award-title"),
    # near miss: a town's own name stays a town
    case("项目落户墨川镇", {"墨川镇": P}, id="town"),
])
def test_a_towns_standing_is_no_town(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # the general office of a government, an assembly or a party committee is a boilerplate issuer
    case("青禾市人民政府办公室关于印发实施方案的通知", {}, id="government-office"),
    case("市政协办公室牵头开展调研", {}, id="assembly-office"),
    case("星澜经济技术开发区党工委办公室发布通知", {"星澜经济技术开发区": PL}, id="party-committee-office"),
    # near misses: an office of its own remit is a body
    case("云溪市新材料产业链链长办公室组织对接会", {"云溪市新材料产业链链长办公室": I}, id="chain-office"),
    case("青禾高新区管委会办公室发布公告", {"青禾高新区管委会办公室": I}, id="committee-office"),
    # ... and a government's inspection office, which acts in the text
    case("墨川市人民政府督查室将对整改情况开展复查", {"墨川市人民政府督查室": I}, id="inspection-office"),
    case("每月将整改台账报送区政府督查室备案", {"区政府督查室": I}, id="level-inspection-office"),
])
def test_a_governments_general_office_is_no_body(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a zone's or a park's office serving its firms is a body named by the area it serves
    case("星澜经开区企业服务中心负责受理企业诉求", {"星澜经开区企业服务中心": I}, id="zone-service-office"),
    case("牵头单位：青禾产业园管理服务中心", {"青禾产业园管理服务中心": I}, id="park-management-office"),
    # near misses: one named by no area is a kind (not_entities.tsv)
    case("墨川新城管委会下设投资促进局、企业服务中心", {"墨川新城管委会": I, "投资促进局": I}, id="bare-service-office"),
    case("在新城设立企业服务中心，集中办理审批", {}, id="set-up-somewhere"),
])
def test_a_zones_or_parks_office_for_its_firms(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a factory's award or designation (not_entities.tsv) names no factory
    case("星澜电子是全球首批“灯塔工厂”之一", {}, id="lighthouse-factory"),
    case("青禾纸业被评为国家级“绿色工厂”", {}, id="green-factory"),
    # (near miss: a factory named by its brand keeps its name)
    case("星澜绿色工厂开工建设", {"星澜绿色工厂": PR}, id="a-named-factory"),
])
def test_a_factorys_award_is_no_factory(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a cooperative is a firm its members own, named with its place as a registered firm is
    case("星澜县云溪茶叶专业合作社负责建设", {"星澜县云溪茶叶专业合作社": E}, id="specialised-cooperative"),
    case("青禾镇白露村股份经济合作社包揽了园区保洁", {"青禾镇白露村股份经济合作社": E, "青禾镇": P, "白露村": P},
         id="village-shareholding-cooperative"),
    case("墨川镇村集体经济联合社负责运营", {"墨川镇村集体经济联合社": E, "墨川镇": P}, id="collective-union"),
    case("白露生态茶园合作社、青禾茶业等主体参与", {"白露生态茶园合作社": E, "青禾茶业": E},
         id="cooperative-in-a-list"),
    # near misses: the kind alone names none
    case("吸纳32家农民专业合作社入驻平台", {}, id="kind-with-a-count"),
    case("把农户、合作社、加工企业连起来", {}, id="bare-kind"),
])
def test_a_cooperative_is_a_firm(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a zone's or a district's offices, news centre and liaison station are bodies named by the area
    case("经开区人力资源服务中心下月举办专场招聘会", {"经开区人力资源服务中心": I}, id="job-centre"),
    case("（责任单位：开发区营商环境服务中心）", {"开发区营商环境服务中心": I}, id="business-climate-centre"),
    case("（云溪区融媒体中心）", {"云溪区融媒体中心": I}, id="news-centre"),
    case("商会将在宁波设立云溪招商联络站。", {"宁波市": P, "云溪招商联络站": I}, id="liaison-station"),
    # ... and its liaison office (招商联络处), 招商 being a word of the office's name there
    case("我们在上海设立了星澜高新区驻沪招商联络处，对接项目。", {"上海市": P, "星澜高新区驻沪招商联络处": I},
         id="liaison-office"),
    case("设立云溪招商联络处和“云溪飞地孵化器”。", {"云溪招商联络处": I, "云溪飞地孵化器": PL},
         id="liaison-office-listed"),
    case("拟在大阪设立招商联络处。", {"大阪": P}, id="liaison-office-kind-alone"),
    # a city's exchange that puts land, works and purchases out to tender is a public body
    case("青禾高新区5月8日通过云溪市公共资源交易中心挂牌出让3宗工业用地。",
         {"青禾高新区": PL, "云溪市公共资源交易中心": I}, id="public-resources-exchange"),
    case("来源：墨川县公共资源交易中心", {"墨川县公共资源交易中心": I}, id="public-resources-exchange-source"),
    # near misses: a trade's exchange is a market built (a project, no body), and the kind alone names none
    case("在白露镇建设星澜中药材交易中心。", {"白露镇": P, "星澜中药材交易中心": PR}, id="trade-exchange-not-body"),
    case("加快建设公共资源交易中心。", {}, id="exchange-kind-alone"),
    # near misses: a park's public service centre is a building, and the kind alone names none
    case("青禾科技城公共服务中心建成投用", {"青禾科技城公共服务中心": PR}, id="public-service-building"),
    case("各园区设立人力资源服务中心", {}, id="kind-alone"),
])
def test_a_zones_service_offices_are_bodies(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a verb of one party acting for or with another ends the name before it: two bodies, not one firm
    case("由杭州市财政局委托杭州市星澜资本控股集团有限公司出资",
         {"杭州市财政局": I, "杭州市星澜资本控股集团有限公司": E}, id="entrusts"),
    case("星澜集团联合青禾科技有限公司建设", {"星澜集团": E, "青禾科技有限公司": E}, id="together-with"),
    # near miss: a word of the firm's own trade after a group's name stays inside it
    case("星澜集团精密铸件有限公司负责建设", {"星澜集团精密铸件有限公司": E}, id="groups-subsidiary"),
])
def test_a_verb_between_two_names_ends_the_first(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a verb of taking over a firm before its legal name: the firm taken over, no word of its name
    case("墨川矿业股份有限公司拟以自有资金收购青禾钒钛有限公司40%股权。",
         {"墨川矿业股份有限公司": E, "青禾钒钛有限公司": E}, id="acquires"),
    case("星澜集团以现金并购白露精工有限公司。", {"星澜集团": E, "白露精工有限公司": E}, id="merges"),
    # near miss: a word of the firm's own trade before its legal form stays inside the name
    case("白露资产收购有限公司今年成立。", {"白露资产收购有限公司": E}, id="trade-not-act"),
    # ... and before a name that declares its short form
    case("墨川矿业股份有限公司以现金收购星澜钒钛公司（以下简称“星澜钒钛”）60%股权。",
         {"墨川矿业股份有限公司": E, "星澜钒钛公司": E}, id="acquires-declared"),
])
def test_an_acquired_firms_name_starts_after_the_verb(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a fund's company: the legal form after 基金 closes the firm's name
    case("青禾海岳创业投资基金有限公司今年成立。", {"青禾海岳创业投资基金有限公司": E}, id="fund-company"),
    case("由星澜国资运营有限公司持股70%、青禾海岳创业投资基金有限公司认缴30%。",
         {"星澜国资运营有限公司": E, "青禾海岳创业投资基金有限公司": E}, id="fund-company-holder"),
    # near miss: a fund with no legal form stays the fund
    case("墨川县发起设立青禾产业投资基金，首期规模5亿元。", {"青禾产业投资基金": E}, id="fund-alone"),
])
def test_a_funds_company_is_named_with_its_legal_form(recogniser, text, want):
    check(recogniser, text, want)


# -- a line of a project the text speaks of, no name of its own (rules.toml [long_name] bare_line,
# counted_line; kg/recognise/clause_names.py built_line)

@pytest.mark.parametrize("text, want", [
    # a line named by nothing but its phase and capacity
    case("星澜膜材项目分两期建设，一期2万吨生产线明年建成。", {"星澜膜材项目": PR}, id="phase-and-tonnes"),
    case("进展情况：一期8GW生产线已于去年6月投产。", {}, id="phase-and-gigawatts"),
    case("墨川储能公司的首条3GWh产线已于5月试生产。", {"墨川储能公司": E}, id="first-line-capacity"),
    # the first or one line a clause counts, with no firm opening it
    case("云溪钒能公司首条500MW电堆生产线于年内投产。", {"云溪钒能公司": E}, id="first-line-of-a-product"),
    case("他在园区建了一条年产5万吨的磷酸铁锂生产线。", {}, id="one-line-built"),
    # the last of the things a verb builds in a list
    case("推动星澜食品有限公司技改，建设年产5万吨果汁、苏打水生产线。", {"星澜食品有限公司": E}, id="built-list-line"),
    case("将建设大型储罐（LNG）和墨川船舶配套模块生产线。", {}, id="built-list-joined-line"),
    # near misses: a product or a brand names the line; the second line is an ordinal of a name;
    # a firm opens the line's name; a count of many lines stops the walk at the brand
    case("青禾电池8GW生产线已投产。", {"青禾电池8GW生产线": PR}, id="brand-and-capacity"),
    case("星澜重工第二条装配线改造项目开工。", {"星澜重工第二条装配线改造项目": PR}, id="second-line-named"),
    case("墨川公司首条星澜集团年产3万吨薄膜生产线投产。",
         {"墨川公司": E, "星澜集团年产3万吨薄膜生产线": PR}, id="first-line-a-firm-opens"),
    case("开工多条星澜生产线", {"星澜生产线": PR}, id="many-lines-brand"),
    case("星澜集团建设A厂房和青禾科技有限公司膜生产线。", {"星澜集团": E, "青禾科技有限公司膜生产线": PR},
         id="built-list-a-firm-opens"),
])
def test_a_line_of_the_project_spoken_of_is_no_name(recogniser, text, want):
    check(recogniser, text, want)


# -- a word for projects after a firm's head, a verb or a joiner names no project ([[head]] 项目
# not_after, clause_names.clause_opening, [modifier] bad_end, [boundary] words)

@pytest.mark.parametrize("text, want", [
    case("关于青禾能源云溪分公司项目接电事宜。", {"青禾能源云溪分公司": E}, id="branch-then-project"),
    case("推进星澜集团项目建设。", {"星澜集团": E}, id="group-then-project"),
    case("公司已与墨川银行云溪分行签署项目融资协议3亿元。", {"墨川银行云溪分行": E}, id="verb-before-project"),
    case("关于白露新材用汽及项目审批事宜。", {}, id="joiner-before-project"),
    case("严格执行工业项目准入门槛要求。", {}, id="policy-verb-before-project"),
    # near misses: a product between the firm and the word names the firm's project; a joiner
    # between two products stays in the name; a brand after the verb opens a name
    case("推进星澜集团年产5万吨薄膜项目建设。", {"星澜集团年产5万吨薄膜项目": PR}, id="group-product-project"),
    case("开工建设的青禾伺服电机及精密减速器项目", {"青禾伺服电机及精密减速器项目": PR}, id="joiner-between-products"),
    case("公司已与墨川银行云溪分行签订星澜光伏项目贷款合同。", {"墨川银行云溪分行": E, "星澜光伏项目": PR},
         id="verb-then-brand"),
])
def test_no_project_after_a_firm_a_verb_or_a_joiner(recogniser, text, want):
    check(recogniser, text, want)


# -- a firm's plant named by the place it stands in alone (rules.toml [brand] place_site_heads,
# kg/recognise/place_sites.py; real county names: the rule reads the lexicon's places)

@pytest.mark.parametrize("text, want", [
    case("（1）靖西基地，主要承担电容器生产。", {"靖西基地": PR}, id="county-short-form-base"),
    case("德保基地被评为绿色工厂。", {"德保基地": PR}, id="county-base-honoured"),
    case("（2）靖西基地，主要生产电解液。", {"靖西基地": PR}, id="county-base-list-item"),
    # near misses: a brand before the place names the firm's base as before; a kind before the
    # head; a locality no list holds; a kind of resource, no place
    case("星澜集团田东基地投产。", {"星澜集团田东基地": PR}, id="brand-place-base"),
    case("星澜钢铁半山基地搬迁。", {}, id="unknown-locality-base"),
    case("打造全国重要的战略资源基地。", {}, id="resource-base"),
    # ... nor after another name or 的: a centre's branch, the base of a firm the text names
    case("星澜中心靖西基地揭牌。", {}, id="base-after-a-name"),
    case("青禾公司的靖西基地主要生产电解液。", {"青禾公司": E}, id="base-after-de"),
])
def test_a_firms_plant_named_by_its_place(recogniser, text, want):
    check(recogniser, text, want)


# -- words of a long project name: an area's development (rules.toml [long_name] inside 开发)

@pytest.mark.parametrize("text, want", [
    case("点位三：青禾寺康养综合开发项目", {"青禾寺康养综合开发项目": PR}, id="site-development-project"),
    case("重点推进星澜片区综合开发项目。", {"星澜片区综合开发项目": PR}, id="area-development-project"),
    # near miss: a kind of works before 建设
    case("加快推进人才公寓项目建设。", {}, id="kind-before-building"),
])
def test_an_areas_development_is_a_word_of_its_projects_name(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a chamber of commerce named by its place or its members' home town
    case("青禾市温州商会组织企业考察。", {"青禾市温州商会": "Institution"}, id="chamber"),
    case("星澜市总商会组织企业考察。", {"星澜市总商会": "Institution"}, id="general-chamber"),
    # near misses: a meeting that consults (现场会|商会) and a list of associations and chambers
    case("下午在星澜产业园召开白露诉求现场会商会，云溪市能源局参加。",
         {"星澜产业园": "Platform", "云溪市能源局": "Institution"}, id="meeting-that-consults"),
    case("支持行业协会商会发挥作用。", {"行业协会": "Institution"}, id="associations-and-chambers"),
])
def test_a_chamber_and_a_meeting_that_consults(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a province's research and design institute is a body, its province no place of its own here
    case("星澜省轻工业科学研究设计院的两位专家到会。", {"星澜省轻工业科学研究设计院": "Institution"},
         id="research-design-institute"),
    case("以及青禾学院、宁夏回族自治区纺织科学研究设计院的专家参加会议。",
         {"青禾学院": "Institution", "宁夏回族自治区纺织科学研究设计院": "Institution"}, id="province-institute"),
    # near miss: a design firm's bare 设计院 is no research body
    case("青禾设计院承担设计。", {}, id="design-firm"),
])
def test_a_research_and_design_institute(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a regional equity exchange where firms list is a body
    case("支持企业到星澜股权交易中心挂牌融资。", {"星澜股权交易中心": "Institution"}, id="equity-exchange"),
    case("推动企业在青海股权交易中心挂牌。", {"青海股权交易中心": "Institution"}, id="province-equity-exchange"),
    # near miss: a trade's 交易中心 is a market built, no body
    case("星澜农产品交易中心建成投用。", {"星澜农产品交易中心": "Project"}, id="produce-exchange-built"),
])
def test_an_equity_exchange(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a subsidiary said right after its parent's registered name or group: the parent, no branch's name
    case("星澜科技股份有限公司子公司青禾材料有限公司签约。", {"星澜科技股份有限公司": "Enterprise",
                                                    "青禾材料有限公司": "Enterprise"}, id="subsidiary-of-a-firm"),
    case("星澜集团子公司青禾材料有限公司签约。", {"星澜集团": "Enterprise", "青禾材料有限公司": "Enterprise"},
         id="subsidiary-of-a-group"),
    # near miss: a firm's branch in a city is a name of its own
    case("星澜有限公司云溪分公司成立。", {"星澜有限公司云溪分公司": "Enterprise"}, id="branch-in-a-city"),
])
def test_a_subsidiary_after_its_parent(recogniser, text, want):
    check(recogniser, text, want)


# -- mines (rules.toml [[head]] 煤矿, 石灰岩矿 …) and the landform a mine is named by
# ([brand] feature_site_heads, feature_ends; kg/recognise/place_sites.py feature_site)

@pytest.mark.parametrize("text, want", [
    case("二、青禾北区石灰岩矿探矿权", {"青禾北区石灰岩矿": PR}, id="coined-name-mine"),
    case("三、羊角沟煤矿采矿权", {"羊角沟煤矿": PR}, id="gully-of-dictionary-words"),
    case("位于白露镇，与黄牛岭铁矿相邻。", {"白露镇": P, "黄牛岭铁矿": PR}, id="ridge-of-dictionary-words"),
    # near misses: a kind of mine, a bare landform word, the mineral's word in a trade
    case("关闭落后煤矿12处，推进煤矿智能化改造。", {}, id="kind-of-mine"),
    case("配套建设露天煤矿一座。", {}, id="open-pit-mine"),
    case("开采山煤矿资源。", {}, id="bare-landform-word"),
    # ... nor a mine's word inside 矿山 (the head is not forced on the segmenter)
    case("东侧为石灰石矿山。", {}, id="quarry-hill"),
])
def test_a_mine_named_by_a_proper_word_or_its_landform(recogniser, text, want):
    check(recogniser, text, want)


# -- two processes a joiner puts side by side in a long name, the first a verb after the noun
# it takes (kg/recognise/long_names.py _object_verb)

@pytest.mark.parametrize("text, want, want_owners", [
    case("星澜能源30万吨/年原油炼制及沥青加工项目开工。", {"星澜能源30万吨/年原油炼制及沥青加工项目": PR},
         {"星澜能源": E}, id="capacity-then-object-verb"),
    case("青禾化工原油炼制及沥青加工项目开工。", {"青禾化工原油炼制及沥青加工项目": PR}, {"青禾化工": E},
         id="object-verb-before-joiner"),
    # near misses: a verb alone before the joiner governs what follows; 和 joins kinds of works
    case("园区将组织推进及落实重大项目。", {}, None, id="verb-alone-before-joiner"),
    case("引进白酒酿造和储存项目", {}, None, id="he-joins-kinds"),
    # ... and no brand, place or capacity before the process: a kind of works
    case("本季度物资采购及设备安装项目顺利验收。", {}, None, id="kind-of-process-no-name"),
])
def test_a_process_named_by_its_object_before_a_joiner(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # a group's unit named after the word of belonging: a firm with no legal form
    case("星澜集团旗下的星澜科技公司建设生产线", {"星澜集团": E, "星澜科技公司": E}, id="unit-after-qixiade"),
    case("星澜电力所属云溪发电公司同步推进", {"云溪发电公司": E}, id="unit-after-suoshu"),
    # near misses: the generic noun alone after the word of belonging names nothing
    case("所属公司加快建设", {}, id="bare-company-after-suoshu"),
    case("青禾县下属公司增长较快", {"青禾县": "Place"}, id="bare-company-after-xiashu"),
])
def test_a_group_unit_after_a_word_of_belonging(recogniser, text, want):
    check(recogniser, text, want)


# -- a border crossing named by its own proper word (rules.toml [[head]] 口岸), a place; a
# common word before it is no name, and 口岸 inside a street's or a track's name stays there

@pytest.mark.parametrize("text, want", [
    case("依托墨克尔口岸和星澜口岸，开通跨境线路", {"墨克尔口岸": P, "星澜口岸": P}, id="crossings-listed"),
    # ... a known banner before it is where it lies, not a word of its name (notions known_admin_units)
    case("在乌审旗墨克尔口岸从事煤炭进口", {"乌审旗": P, "墨克尔口岸": P}, id="banner-before-crossing"),
    # near misses: a common word before 口岸 names no crossing
    case("加快沿边口岸建设", {}, id="common-word-before"),
    case("我市口岸经济加快发展", {}, id="crossing-economy-no-place"),
    case("红旗口岸建设", {}, id="red-flag-no-banner"),
])
def test_a_border_crossing_named_by_a_proper_word(recogniser, text, want):
    check(recogniser, text, want)


# -- public units, exchanges, stations and works named by long modifiers; protected areas ---------

@pytest.mark.parametrize("text, want, want_owners", [
    # a county's unit that prices and trades what its forests yield, and the platform it trades on
    case("成立星澜县碳汇资源价值实现中心，作为县政府直属事业单位。", {"星澜县碳汇资源价值实现中心": I}, None,
         id="value-realisation-centre"),
    case("依托云溪镇的青禾县碳汇资源交易服务平台，建立供需对接机制。",
         {"云溪镇": P, "青禾县碳汇资源交易服务平台": I}, None, id="trading-service-platform"),
    # an exchange of rights to emit or to use forest land (a trade's 交易中心 is a market built)
    case("通过墨川碳排放权交易中心出售林业碳汇2万吨。", {"墨川碳排放权交易中心": I}, None, id="emission-rights-exchange"),
    case("云溪林权交易中心完成首笔交易。", {"云溪林权交易中心": I}, None, id="forest-rights-exchange"),
    # ... where a trade's goods are traded, a market built (no body): named by a proper word
    case("今年开工建设星澜菌菇交易中心，建筑面积2万平方米。", {"星澜菌菇交易中心": PR}, None, id="trade-market"),
    case("规划建设农产品交易中心。", {}, None, id="trade-market-unnamed"),
    # a county's station inspecting the quality of a trade's goods
    case("运营单位：星澜县粮油产品质量检验站", {"星澜县粮油产品质量检验站": I}, None, id="quality-inspection-station"),
    # a prefecture's testing centre, the prefecture's name jieba may cut before its 州, is a body
    case("运营单位：湘西州检验检测中心", {"湘西州检验检测中心": I}, None, id="prefecture-testing-centre"),
    # a county's long short form (jieba's common noun) names a centre of visitors or a data platform
    case("位于城东的公主岭文旅集散中心已完成外立面装修。", {"公主岭文旅集散中心": PR}, None, id="long-short-form-depot"),
    case("星澜县牵头建成门头沟生态资源信息云平台。", {"门头沟生态资源信息云平台": PR}, None, id="data-cloud-platform"),
    # a port's sites that clear and sort cross-border parcels
    case("综合服务区内设有星澜跨境电商监管中心。", {"星澜跨境电商监管中心": PR}, None, id="e-commerce-supervision-centre"),
    case("青禾快递在保税区设立了星澜跨境快件分拨点。", {"星澜跨境快件分拨点": PR}, None, id="parcel-sorting-point"),
    # a border city's pilot zone of opening up (开发, 开放: boundary verbs elsewhere) and its committee
    case("三是加强与星澜重点开发开放试验区的政策协同。", {"星澜重点开发开放试验区": PL}, None, id="opening-up-pilot-zone"),
    case("在星澜重点开发开放试验区管委会的领导下推进工作。", {"星澜重点开发开放试验区管委会": I}, None,
         id="pilot-zones-committee"),
    # ... and two provinces' zone of co-operation (合作: a boundary verb elsewhere)
    case("推进星青合作特别试验区建设。", {"星青合作特别试验区": PL}, None, id="co-operation-pilot-zone"),
    case("双方共建合作试验区。", {}, None, id="co-operation-zone-unnamed"),
    # protected areas the state names; a park's scenic area is the park
    case("星澜国家森林公园景区运维及研学旅游服务。", {"星澜国家森林公园": P}, None, id="forest-park-not-its-scenic-area"),
    case("青禾潭国家森林公园迎来游客高峰。", {"青禾潭国家森林公园": P}, None, id="forest-park-of-a-common-noun"),
    case("游客可前往云溪国家湿地公园观鸟。", {"云溪国家湿地公园": P}, None, id="national-wetland-park"),
    case("星澜山景区接待游客50万人次。", {"星澜山景区": P}, None, id="scenic-area"),
    # ... and named as the area a project works on
    case("云溪国家湿地公园水系修复工程完成投资2亿元。", {"云溪国家湿地公园水系修复工程": PR},
         {"云溪国家湿地公园": P}, id="works-in-a-wetland-park"),
    # near misses: kinds, counted or sought, name none
    case("加快建立生态资源价值实现中心。", {}, None, id="value-centre-unnamed"),
    case("各县设立质量检验站。", {}, None, id="station-unnamed"),
    case("推动创建国家森林公园。", {}, None, id="forest-park-sought"),
    case("全省新增3个国家湿地公园。", {}, None, id="wetland-parks-counted"),
])
def test_public_units_exchanges_stations_and_protected_areas(recogniser, text, want, want_owners):
    check(recogniser, text, want, want_owners)


@pytest.mark.parametrize("text, want", [
    # what kind of owner holds a firm, said before its registered name
    case("由区属国企星澜云港发展集团有限公司承担运营。", {"星澜云港发展集团有限公司": E}, id="kind-of-owner"),
    # "inside it there is" (jieba's HMM word) before the firms a park hosts
    case("备注：加工园区内有星澜墨川食品有限公司、青禾云溪科技有限公司等企业入驻",
         {"星澜墨川食品有限公司": E, "青禾云溪科技有限公司": E}, id="inside-there-is"),
])
def test_words_before_a_name_that_end_its_walk(recogniser, text, want):
    check(recogniser, text, want)


@pytest.mark.parametrize("text, want", [
    # a gully, an island or a grassland named by a proper word is a place; the level of a scenic area
    # is a word of its kind, not the end of its name
    case("青山电站取水口位于岷江支流黑石沟", {"青山电站": PR, "岷江": P, "黑石沟": P}, id="gully-after-tributary"),
    case("白鹭岛地处赣江与抚河交汇处", {"白鹭岛": P, "赣江": P, "抚河": P}, id="island-at-confluence"),
    case("旅游线路串起红原草原和九曲湾", {"红原草原": P}, id="grassland"),
    case("电站位于青城山国家级风景名胜区内", {"青城山国家级风景名胜区": P}, id="national-scenic-area"),
    case("峨眉山省级风景名胜区游客增长", {"峨眉山省级风景名胜区": P}, id="provincial-scenic-area"),
    # ... near misses: the feature's bare word, a phrase, a town's stem (the gully names the town)
    case("偏远山沟和海岛的群众用上了光伏电", {}, id="bare-gully-island"),
    case("牧民在大草原上放牧", {}, id="bare-grassland"),
    case("双方沟通协调，弥合鸿沟", {}, id="words-ending-in-gully"),
    case("白石沟镇新建冷库一座", {"白石沟镇": P}, id="gully-named-town"),
    case("全县有3个国家级风景名胜区", {}, id="counted-scenic-areas"),
    # a mountain area where the dictionary holds the whole as a place's word; not a kind of area,
    # nor a district named after a hill
    case("依托大别山区特色资源发展茶叶", {"大别山区": P}, id="mountain-area"),
    case("丘陵山区和偏远山区推广小型农机", {}, id="kind-of-mountain-area"),
    case("项目落户象山区", {"象山区": P}, id="district-after-hill"),
    # Inner Mongolia's township (苏木) and village (嘎查) are places as 乡 and 村 are
    case("牧场分布在巴彦塔拉苏木和查干嘎查", {"巴彦塔拉苏木": P, "查干嘎查": P}, id="sumu-gacha"),
    # a river's word of two characters with one character of its own before it, opening a cell or a
    # list's item: the character is the name's first ...
    case("1｜白鹿电站｜前溪河｜白鹿镇｜800", {"白鹿电站": PR, "前溪河": P, "白鹿镇": P}, id="river-in-cell"),
    case("电站主要分布在折多河、立曲河等河流", {"折多河": P, "立曲河": P}, id="river-in-list"),
    # ... not a function word jieba glued there, nor a river's word that qualifies a noun
    case("项目位于湘江、和淮河沿岸", {"湘江": P, "淮河": P}, id="joiner-before-river"),
    case("今年开工的护城河整治", {}, id="moat-not-opened"),
])
def test_natural_places_and_water_names(recogniser, text, want):
    check(recogniser, text, want)


# -- organisations of farms, forests and audits: family farms, consortia, state forest farms, field
# stations; the words a walk must not take in before them (内向, 并报, 由, a party's role, 辖区) -------

@pytest.mark.parametrize("text, want", [
    # a family farm registered under its town is a firm, the town a place of its own
    case("成员单位：白露镇金谷家庭农场、云溪乡老王家庭农场",
         {"白露镇金谷家庭农场": E, "白露镇": P, "云溪乡老王家庭农场": E, "云溪乡": P}, id="family-farms"),
    # (near misses: the kind alone, counted or listed beside cooperatives)
    case("推动家庭农场与龙头企业、农民合作社融合发展", {}, id="family-farm-kind"),
    case("共带动家庭农场6家", {}, id="family-farms-counted"),
    # what a cooperative trades in (购销) is a word of its name, a verb of the clause elsewhere
    case("成员单位：白桦沟镇青源水产品购销专业合作社",
         {"白桦沟镇青源水产品购销专业合作社": E, "白桦沟镇": P}, id="trading-cooperative"),
    case("企业主要从事粮食购销业务", {}, id="trading-verb-no-name"),
    # a consortium a city recognises and a research institute's field station are bodies
    case("（二）青禾白鹭玉米产业化联合体", {"青禾白鹭玉米产业化联合体": I}, id="consortium"),
    case("新认定一批市级农业产业化联合体", {}, id="consortium-kind"),
    case("成员单位：星澜水产研究所青禾试验站", {"星澜水产研究所青禾试验站": I}, id="field-station"),
    case("开展大豆品种试验站建设", {}, id="field-station-kind"),
    # a county's state forest farm named by a word of its own; the county alone names all of them
    case("业主为安吉县白桦国有林场", {"安吉县白桦国有林场": I}, id="state-forest-farm"),
    case("推进国有林场改革", {}, id="state-forest-farm-kind"),
    # words of the clause a walk must not take in: within (the days) to, and submit to, by, a party's
    # role in the works, the area under a body's charge
    case("应当自变更之日起15日内向青禾海关办理变更手续", {"青禾海关": I}, id="within-days-to"),
    case("经现场核查，并报星澜海关审核同意", {"星澜海关": I}, id="and-submit-to"),
    case("冷链物流园由墨川市海洋产业发展集团出资兴建",
         {"冷链物流": T, "墨川市海洋产业发展集团": E}, id="by-glued-to-the-park"),
    case("监理单位星澜工程监理咨询有限公司缺席验收", {"星澜工程监理咨询有限公司": E}, id="party-role"),
    case("施工单位为青禾路桥建设有限公司", {"青禾路桥建设有限公司": E}, id="party-role-copula"),
    case("发现多计工程价款等问题", {}, id="works-price-no-project"),
    case("支持辖区水产品加工、海藻加工等产业发展", {"水产品加工": T, "海藻加工": T}, id="area-in-charge"),
    # a works registered as a 厂 under its city or county, named by a word of its own, is a firm
    case("1｜细木工板｜墨川市兴旺木制品厂｜青禾木材加工园区", {"墨川市兴旺木制品厂": E, "青禾木材加工园区": PL},
         id="works-in-a-table-cell"),
    case("青禾县永泰铸件厂年产铸件2万吨。", {"青禾县永泰铸件厂": E}, id="works-of-a-county"),
    # (near misses: a works' words with no name of its own)
    case("新建厂房3栋，本厂年产值1亿元，钢厂停产。", {}, id="works-words-no-name"),
    case("在青禾建厂。", {}, id="build-a-works"),
    # (a longer head's kind alone in a list is no works of the one-character head: kg/recognise/items.py)
    case("重点支持园区道路、污水处理厂、标准化厂房等配套设施。", {}, id="kind-in-a-list"),
])
def test_farm_forest_and_audit_organisations(recogniser, text, want):
    check(recogniser, text, want)


def test_a_county_alone_before_a_state_forest_farm_names_none(recogniser):
    assert "安吉县国有林场" not in names(recogniser, "（一）安吉县国有林场碳汇造林项目")
