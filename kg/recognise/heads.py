"""Name heads: MODIFIER + HEAD (华东医药生命科学 + 产业园), the head a word of
rules.toml [heads], the modifier running left over jieba tokens until a
boundary word (加快, 推进, 的 …); where the name starts once the walk has stopped,
head_starts.py."""
from __future__ import annotations

from .candidate import Cand
from .city_firms import city_opening, group_branch
from .clause_names import built_line, clause_opening
from .descriptions import (is_description, kinds_out, level_body, lone_function_word, measure, numbered_item,
                           programme, stacked_head, park_in_brand, verb_before, zone_works)
from .fields import field_pair_start
from .context import Context
from .corps_units import unit_start
from .proper_words import generic_only, proper, strip_generic
from .generic_edges import facility_tail, generic_tail
from .head_starts import after_crossed_name, date_before, opening_kept, place_opens, trade_before_form
from .glued import glued_name, opens_name, place_word, short_water, whole_word
from .hosted_names import as_owner, county_led, host_before
from .long_names import ends_in_head, long_modifier, phased
from .member_places import member_places
from .name_stops import counted
from .district_openings import district_opening
from .modifier import glued_boundary, left_modifier
from .park_joins import joined_park_opening
from .place_sites import feature_site, place_site
from .quoted_parts import unquoted
from .modifier_words import (admin_prefix, bad_end, block_name, brand_in, inside_end, kind_only, local_name_in,
                             locality_last, org_word_in, own_word_in, place_ends, place_word_in, places_only, topic_end,
                             unknown_word_in, verb_only)
from .openings import (admin_unit_stem, after_zone_word, co_built, co_built_start, county_short_opens, county_short_park,
                       described_named,
                       firm_opens, national, national_kept, park_opens, town_opens, listed_towns, place_named_park, place_names_zone, zone_opens,
                       proper_unit, unit_after_admin)
from .head_neighbours import branch_park, named_zone, place_opening, street_led, zone_branch, zone_of_body
from .owners import owner
from .short_owners import known_owner_before, short_owner_at, short_owner_before
from .roads import after_route, road_words
from .locative_frames import locative_verb
from .town_stems import town_stem, town_stem_start
from .track_words import swallowed_head, trade_compound
from .trade_areas import trade_head, traded


def heads(ctx: Context) -> list[Cand]:
    """Names that end in a head (产业园, 总部 …), with the owner their name may
    begin with (美团|杭州总部)."""
    text = ctx.text
    out = []
    found = head_ends(ctx)
    if not found:
        return out
    starts, by_end = ctx.starts, ctx.by_end
    heads_ = ctx.rules.heads
    # the tokens that end where a head does, in order (most tokens end none)
    for e in sorted(found):
        t = by_end.get(e)
        if t is None:
            continue
        for n in found[e]:
            hs = e - n
            h = trade_head(ctx, heads_[text[hs:e]], hs)   # (铝产业|片区: a trade's area, a platform)
            swallowed = swallowed_head(ctx, hs, t) if hs not in starts and hs < t.start and h.cls == "Platform" else None
            if hs not in starts and (hs < t.start or (n == 1 and not glued_name(ctx, t))) and swallowed is None:
                continue  # a token straddles the head (运河, 格局): not this head (but 冷链物流|园: a track's)
            if h.inside and (hs in starts or not (glued_name(ctx, t) if n == 1 else place_word(ctx, t, e))):
                continue  # (墨川|浙江: a head only inside a word; 偏远|山区: a longer one only ending a place word)
            mod_end = hs
            if h.long:
                start = long_modifier(ctx, trade_before_form(ctx, t.start if hs > t.start else mod_end, h))
                start = unit_start(ctx, start)   # (三十|团农产品…项目: the walk stopped inside a corps unit)
            else:
                def walk(at, upto=t.start if hs > t.start else mod_end):
                    return left_modifier(ctx, at, max_len=(h.modifier_max or ctx.rules.lengths["modifier"]) - (upto - at),
                                         stop_admin=h.stop_at_place, brand_ok=h.cls == "Institution",
                                         has_content=hs > t.start, zone_ok=h.cls in ("Institution", "CommercialDistrict"))
                # X城市|建设|投资|集团: a group's registered trade, verbs elsewhere that would end the walk,
                # when its own token is the head and a word of the name stands before (not 运营|公司)
                base = t.start if hs > t.start else mod_end if swallowed is None else swallowed
                at = trade_before_form(ctx, base, h) if hs == t.start else base
                first = walk(at)
                start = field_pair_start(ctx, first if first < at or at == base else walk(base), h, walk)
            if hs > t.start:  # jieba kept modifier and head in one token (小河公园)
                if ctx.lex.lookup(t.text, "Institution") or ctx.lex.lookup(t.text, "Enterprise"):
                    start = t.start  # a known body ends here (邵逸夫医院): nothing before it joins
                elif start >= t.start and h.cls == "Place" and date_before(ctx, t):
                    start = ctx.by_end[t.start].start   # 七一|西路, 八一|北街: a street named by a date
                elif start >= t.start or (h.cls == "Place" and whole_word(ctx, t, start)):
                    start = t.start + glued_boundary(ctx, t)  # 以产城 -> 产城
                    if h.stop_at_place:
                        start += admin_prefix(ctx, t.text[:hs - t.start])  # 上海市浦东新区
                else:
                    start = min(start, t.start)
            short, host = None, None
            if h.owner:
                start = known_owner_before(ctx, start, out)
                if h.hosted:   # (星澜有限公司|专家工作站: the host's name, its legal form and all, is the station's)
                    host = host_before(ctx, start, mod_end, out)
                    start = host.start if host is not None else start
                short = short_owner_before(ctx, start, out)
                if short is not None:   # 由星澜重工投资的|星澜|智能装备产业园
                    start = short.start
                elif start < mod_end:   # 星澜集团投资建设的|星澜|科技园三期
                    short = short_owner_at(ctx, start, mod_end, out)
            start = national_kept(ctx, start, opening_kept(ctx, start, strip_generic(ctx, start, mod_end), mod_end), e)
            start = co_built_start(ctx, start, mod_end, h)   # (与星澜大学共建|智能焊接|研究院)
            start = joined_park_opening(ctx, start, mod_end, h)   # (石化|及|精细化工|产业园)
            stem = admin_unit_stem(ctx, start, mod_end, h)   # (青禾区|振兴|街道: a dictionary word names it)
            start = stem if stem is not None else start
            zone = ctx.by_end.get(start)
            if zone is not None and zone.text not in ctx.rules.zone_words:
                zone = None
            if h.cls in ("Platform", "Project") and start < mod_end:
                # 青禾新区|化工园区, 青禾|新区|总部经济区: a named zone before a modifier of kind words only
                at = zone.end if zone is not None else start
                named = next((z for z in (*ctx.cands, *out) if z.end == at and z.cls == "Platform"
                              and z.role == "name" and z.start < min(at, start)
                              and text[z.start:z.end].endswith(ctx.tables.zone_tuple)), None)
                if named is not None and (h.proper or kind_only(ctx, text[start:mod_end]) or (
                        h.word in ctx.rules.zone_park_heads and not proper(ctx, text[start:mod_end]))):
                    zone = named   # (not 青禾高新区|丝路科学城: a name of its own stands alone)
            if zone and start < mod_end and not proper(ctx, text[start:mod_end]) and not named_zone(ctx, zone):
                start = zone.start  # 经开区|生物医药产业园: without its zone the name says only its kind
            elif zone is None and h.cls == "Platform":
                start = county_short_park(ctx, place_named_park(ctx, out, start, mod_end, h), mod_end, h)   # 云溪区|化工|园区, 、互助|绿色|产业园
            inner = None
            if start == mod_end and h.cls in ("Platform", "Project") and h.word not in ctx.rules.zone_in_zone_heads \
                    and zone is not None and zone.end == mod_end and not h.long:   # (《青禾工业区|项目…办法》)
                # 星澜|青禾开发区|物流园: a park's head right after a zone's name, no word between, is
                # named by all of it (the walk stopped at the zone word, where a park lies)
                named = next((z for z in (*ctx.cands, *out) if z.end == mod_end and z.cls == "Platform"
                              and z.role == "name" and z.start < zone.start), None)
                if named is not None:
                    start = named.start
            if start == mod_end and h.word in ctx.rules.zone_in_zone_heads:
                # 青禾新区|综合保税区: a zone set up inside a named zone is named by it
                inner = next((z for z in (*ctx.cands, *out) if z.end == mod_end and z.cls == "Platform"
                              and z.role == "name" and text[z.start:z.end].endswith(ctx.tables.zone_tuple)), None)
                if inner is not None:
                    start = inner.start
                elif h.word in ctx.rules.bare_zone_heads and zone is not None and zone.end == mod_end:
                    start = zone.start      # (经开区|科创中心: a centre a bare zone word names is the zone's)
            if h.word in ctx.rules.branch_heads:
                start = branch_park(ctx, out, start, mod_end)
            branch = zone_branch(ctx, out, start, mod_end) if h.word in ctx.rules.zone_branch_heads else None
            if branch is not None:
                start = branch.start
            if h.cls == "CommercialDistrict":
                start = after_crossed_name(ctx, out, district_opening(ctx, start, mod_end), mod_end)
            elif h.cls == "Place":
                start = after_route(ctx, out, start, mod_end)
            elif h.cls == "Platform":
                start = town_stem_start(ctx, start, mod_end)   # (青禾|工业园区位于…青禾镇: jieba's verb)
            if h.cls in ("Enterprise", "Place"):
                start = after_zone_word(ctx, start, mod_end, e if h.cls == "Place" else None)   # (开发区|青禾村)
            if h.long and h.cls == "Project" and (start >= mod_end or not proper(ctx, text[start:mod_end])):
                start = clause_opening(ctx, start, mod_end, out) or start   # (4.星澜精陶…用|精密陶瓷部件项目)
            if swallowed is not None and (start >= swallowed or not (
                    proper(ctx, text[start:swallowed]) or ctx.seg.tag(text[start:swallowed]) == "s")):
                continue   # (发展|冷链物流|园, 优秀|冷链物流园区: the track's words say what kind of park,
                # no name; 城北|冷链物流园: a part of the town, as a place's name, names it)
            name, mod = unquoted(text[start:e]) if h.long else text[start:e], text[start:mod_end]
            # (a project named by what it makes, set out as a name: an item's heading, a firm's)
            site = h.word in ctx.rules.long_name.get("described_heads", ())
            described = (h.long or site) and h.cls == "Project" and start < mod_end \
                and described_named(ctx, out, start, mod_end, site=site)
            # a head before 建设-type words is a common noun (产业园建设), unless a
            # word no dictionary knows names it (推进青禾智能产业园建设)
            if stem is None and (start >= mod_end or ctx.lex.is_not_entity(name)
                    # (a legal form is no common noun: X有限公司建设的… is the firm building)
                    or (text.startswith(ctx.rules.head_not_before, e) and not (h.long and h.cls == "Enterprise")
                        and not text.startswith(ctx.rules.head_not_before_field_ok, e)
                        and not (h.cls == "Platform" and text.startswith(ctx.rules.head_not_before_body_ok, e)) and not (
                        text.startswith(ctx.rules.head_not_before_coined_ok, e)
                        # (加快A与B共建的X中试基地建设: what two parties build together is named)
                        and (unknown_word_in(ctx, mod) or place_word_in(ctx, mod) or co_built(ctx, start, h)
                             or (h.cls == "Platform" and locative_verb(ctx, start, e))   # (在X产业园|建设|冷库)
                             or place_names_zone(ctx, mod, h) or proper_unit(ctx, mod, h)
                             or (h.cls == "Platform" and zone_opens(ctx, out, start, mod_end))
                             or (hs > t.start and start == t.start and glued_name(ctx, t))
                             or (h.cls == "Institution" and place_opens(ctx, start, mod_end))
                             or (h.owner and org_word_in(ctx, mod)) or (h.long and phased(ctx, mod)))))
                    or (len(h.word) == 1 and mod_end - start < 2 and not short_water(ctx, t, start, e))
                    or (n == 1 and h.cls == "Place" and start == t.start and opens_name(ctx, t, e))
                    or (h.not_after and mod.endswith(h.not_after))
                    or (h.context and text.startswith(ctx.rules.context_after, mod_end))   # (X|控股的子公司: X holds)
                    or mod in h.not_alone      # (压铸|项目|一期: the walk cut the name before its phase)
                    or (h.not_before and text.startswith(h.not_before, e))   # (星澜基金|公司: a manager's short form)
                    or (h.kind_words and not proper(ctx, kinds_out(mod, h.kind_words)))   # (人才科创|基金)
                    or (h.own_word and places_only(ctx, mod))   # (云溪县|国有林场: all of the county's)
                    # (带孩子)逛|商圈, 建|园区: a one-character verb and the noun it takes
                    or verb_before(ctx, mod_end)
                    or lone_function_word(ctx, start, mod_end)
                    or (bad_end(ctx, mod, h) and not (h.long and inside_end(ctx, mod))
                        and not topic_end(ctx, mod, h) and not co_built(ctx, start, h)
                        and not county_short_opens(ctx, mod, h))     # (遵化|经济开发区)
                    or counted(ctx, mod, start)
                    or (generic_tail(ctx, mod, mod_end) and not local_name_in(ctx, mod, h) and not traded(h) and host is None
                        and not place_ends(ctx, start, mod_end)
                        and not (h.long and ends_in_head(ctx, mod)) and not co_built(ctx, start, h)
                        and not (h.long and h.cls == "Project" and facility_tail(ctx, mod, mod_end)))
                    or generic_only(ctx, mod)
                    or listed_towns(ctx, start, mod_end, h)   # (云溪乡、白露镇|商贸中心: every town's works)
                    or (h.proper and short is None and not proper(ctx, mod) and not level_body(ctx, name, start)
                        and not (h.word in ctx.rules.bare_zone_heads and zone is not None and start == zone.start
                                 and mod_end == zone.end)
                        and not (h.long and phased(ctx, mod))   # (X二期|项目; not 二期|项目 alone)
                        and not (h.long and h.cls == "Enterprise" and not h.kind_words and own_word_in(ctx, mod))
                        and not (h.owner and firm_opens(ctx, out, start, mod_end))
                        and not (h.long and h.cls == "Project" and park_opens(ctx, out, start, mod_end))
                        and not described
                        and not co_built(ctx, start, h)
                        and not unit_after_admin(ctx, start, mod_end, h) and not county_short_opens(ctx, mod, h)
                        and not town_opens(ctx, start, mod_end, h)   # (青石|镇|商贸中心: a town named by a dictionary word)
                        and not block_name(ctx, mod, h) and not place_site(ctx, start, mod_end, h)
                        and not feature_site(ctx, start, mod_end, h)
                        and not (h.cls == "Platform" and town_stem(ctx, mod)))   # (青禾|工业区 …青禾镇)
                    or (h.prefix and not name.startswith(h.prefix))
                    # (自然资源部|开发区土地…: a zone is no body's; the body names the zones it assesses)
                    or (h.cls == "Platform" and not h.owner and ctx.lex.lookup(mod, "Institution"))
                    or (h.cls == "Enterprise" and h.noun and verb_only(ctx, mod))
                    or (h.brand and short is None and not described and not place_site(ctx, start, mod_end, h)   # (双塔|基地: a firm's plant)
                        and (not brand_in(ctx, mod) or (h.locality and locality_last(ctx, mod))))):
                break
            if ctx.seg.knows(name) and not ctx.lex.lookup(name) and len(name) <= 3 \
                    and ctx.seg.tag(name) not in ("ns", "nt", "nz", "nr"):
                break  # a plain dictionary word (道路, 公园): not a name (大朗镇 is one)
            if (short is None and ((not described and is_description(ctx, start, e, mod, h))
                                   or built_line(ctx, start, e, h, out))) or programme(ctx, start, e, h) \
                    or measure(ctx, start, h) or numbered_item(ctx, mod, h) or zone_works(ctx, out, start, mod_end, h) \
                    or park_in_brand(ctx, start, mod_end, h):
                break
            if h.cls != "Place" and ctx.by_start.get(e) is not None \
                    and ctx.by_start[e].text in ctx.rules.unit_after_name:
                break  # 青禾世纪城|街道: a name before a street's or town's unit is its stem
            road = street_led(ctx, start, mod_end, h)
            if road:  # 绍兴路、石祥路国字号汽车街区: the street is the commercial district
                out.append(road)
                break
            if len(h.word) == 1 and stacked_head(ctx, mod, h):
                break  # 步行街|街: a head does not follow a head of its kind
            if h.cls == "Enterprise" and trade_compound(ctx, name):
                out.append(Cand(start, e, "IndustryTrack", name, f"track-head:{h.word}", prio=2,
                                needs_context=h.context))
                break   # 物联网|装备, 储能|传动: a track's words before the trade head, no brand
            city = city_opening(ctx, start, mod_end, h)   # 扬州|星芯|电子: a firm wherever it stands
            # 星澜|集团, 墨川丰盈|集团: the head says firm, the proper word which
            alone = city or group_branch(ctx, start, mod_end, h) or (h.context and h.word in ctx.rules.context_proper_alone and proper(ctx, mod))
            c = Cand(start, e, h.cls, name, f"city-firm:{h.word}" if city else f"head:{h.word}",
                     prio=2, needs_context=h.context and not alone)
            if level_body(ctx, name, start):
                c.cls, c.rule = "Institution", f"level-body:{h.word}"
            # (the state's centre is no firm's, nor a city's public body: 云溪市|化工新材料|产品质量检验中心)
            if h.owner and not national(ctx, name) and not c.rule.startswith("level-body"):
                # (a phase of a park, 青禾时尚小镇|三期, is named as the park is: no brand-shaped owner)
                base = ctx.rules.head_of(ctx.text[start:hs])
                shaped = h.cls == "Project" and not (base and base.cls == "Platform")
                c.nested = [short] if short is not None else [as_owner(host)] if host is not None \
                    else owner(ctx, start, hs, shaped=shaped)
                if h.owned and any(o.role == "owner" and o.cls == "Enterprise" for o in c.nested):
                    c.extra = (*c.extra, h.owned)   # a firm's park is its project too
            if not c.nested:   # (a body's zone, a cooperative's county or village: mentions of their own)
                c.nested = zone_of_body(ctx, out, start, hs) if h.cls == "Institution" else member_places(ctx, out, start, hs, h.word)
            area = place_opening(ctx, out, start, hs) if h.cls in ("Project", "Platform") else []
            if area and all(o.rule != "owner-prefix:lexicon" and o.end <= area[0].end for o in c.nested):
                c.nested = area   # (a brand no list holds inside the area's name is its stem: 墨川|古城)
            elif not c.nested and h.word in ctx.rules.data.get("place", {}).get("county_led_heads", ()):
                c.nested = county_led(ctx, start, hs)   # (云溪县|竹编产业带: the county the text names too)
            if inner is not None:   # (the text names the outer zone too, as a body's name does)
                c.nested = [Cand(inner.start, inner.end, inner.cls, inner.name, inner.rule, prio=inner.prio,
                                 role="owner")]
            if branch is not None:  # (a zone's branch is a platform of the zone, which the text names)
                c.cls, c.rule = "Platform", f"zone-branch:{h.word}"
                c.nested = [Cand(branch.start, branch.end, branch.cls, branch.name, branch.rule, prio=branch.prio,
                                 role="owner")]
            out.append(c)
            break
    return road_words(ctx, out)


def head_ends(ctx: Context) -> dict[int, list[int]]:
    """End offset -> the lengths of the heads of rules.toml [heads] that end there,
    longest first; one pass of the heads' automaton over the sentence."""
    automaton = ctx.tables.head_automaton
    if automaton is None:
        return head_ends_walk(ctx)
    out: dict[int, list[int]] = {}
    for _, s, e in automaton.find_matches_as_indexes(ctx.text, overlapping=True):
        out.setdefault(e, []).append(e - s)
    for ns in out.values():
        if len(ns) > 1:
            ns.sort(reverse=True)
    return out


def head_ends_walk(ctx: Context) -> dict[int, list[int]]:
    """`head_ends` by a walk over the sentence's characters."""
    text, heads = ctx.text, ctx.rules.heads
    out: dict[int, list[int]] = {}
    for e in range(1, len(text) + 1):
        ns = [n for n in ctx.rules.head_lengths.get(text[e - 1], ())
              if n <= e and text[e - n:e] in heads]
        if ns:
            out[e] = ns
    return out
