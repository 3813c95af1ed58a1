#!/usr/bin/env python3
"""Counts a generated province from its fact lines (standard library only), to check the generator's mix.

Usage: python3 benchmarks/province-tables.py PROVINCE.ndjson [REPORTS.ndjson]

Prints Markdown tables: enterprises per county and per industry (with their average size), accidents and deaths per
county in the two years before asOf (rolling years, and the calendar-year 同比 of the months up to asOf), the counties
where both rose (双上升), the coverage the summaries compute, and the average line sizes.
"""
import json
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta

NAMES = {
    "610102": "西安 新城区", "610103": "西安 碑林区", "610104": "西安 莲湖区", "610111": "西安 灞桥区", "610112": "西安 未央区",
    "610113": "西安 雁塔区", "610114": "西安 阎良区", "610115": "西安 临潼区", "610116": "西安 长安区", "610117": "西安 高陵区",
    "610122": "西安 蓝田县", "610124": "西安 周至县", "610302": "宝鸡 渭滨区", "610303": "宝鸡 金台区", "610304": "宝鸡 陈仓区",
    "610402": "咸阳 秦都区", "610502": "渭南 临渭区", "610602": "延安 宝塔区", "610702": "汉中 汉台区", "610802": "榆林 榆阳区",
    "610881": "榆林 神木市",
}
HIGH_RISK = {"coal-mine", "metal-nonmetal-mine", "hazardous-chemicals", "fireworks", "transport", "construction",
             "civil-explosives", "metal-smelting", "fishery"}
LISTED = {"coal-mine", "metal-nonmetal-mine", "construction", "hazardous-chemicals", "fireworks", "civil-explosives"}


def main(path, reports=None):
    per_county = Counter()
    per_industry = Counter()
    size_by_industry = defaultdict(lambda: [0, 0, 0, 0])  # bytes, units, risk points, documents
    rolling = defaultdict(lambda: [0, 0, 0, 0])  # year-1 count, deaths, year-2 count, deaths
    calendar = defaultdict(lambda: [0, 0, 0, 0])
    deaths_hist = Counter()
    older = 0
    parks = 0
    docs = 0
    total_bytes = 0
    ids = set()
    insurance = Counter()
    commitment = Counter()
    standard = Counter()
    as_of = None
    with open(path, "rb") as f:
        for raw in f:
            docs += 1
            total_bytes += len(raw)
            d = json.loads(raw)
            as_of = date.fromisoformat(d["asOf"])
            if "park" in d:
                parks += 1
                continue
            e = d["enterprise"]
            ids.add(e["id"])
            region = e.get("region", "(none)")
            per_county[region] += 1
            ind = e["industry"]
            per_industry[ind] += 1
            s = size_by_industry[ind]
            s[0] += len(raw)
            s[1] += len(e.get("units", []))
            s[2] += len(e.get("riskPoints", []))
            s[3] += 1
            y2_start = as_of - timedelta(days=364)
            y1_start = as_of - timedelta(days=729)
            ytd_now = (date(as_of.year, 1, 1), as_of)
            ytd_before = (date(as_of.year - 1, 1, 1), date(as_of.year - 1, as_of.month, as_of.day))
            for a in e.get("accidents", []):
                day = date.fromisoformat(a["date"])
                deaths = a.get("deaths", 0)
                if y2_start <= day <= as_of:
                    rolling[region][2] += 1
                    rolling[region][3] += deaths
                    deaths_hist[deaths] += 1
                elif y1_start <= day < y2_start:
                    rolling[region][0] += 1
                    rolling[region][1] += deaths
                    deaths_hist[deaths] += 1
                else:
                    older += 1
                if ytd_now[0] <= day <= ytd_now[1]:
                    calendar[region][2] += 1
                    calendar[region][3] += deaths
                elif ytd_before[0] <= day <= ytd_before[1]:
                    calendar[region][0] += 1
                    calendar[region][1] += deaths
            if ind in HIGH_RISK:
                sl = e.get("insurance", {}).get("safetyLiability")
                if sl is None or "insured" not in sl:
                    insurance["unknown"] += 1
                elif not sl["insured"]:
                    insurance["not insured"] += 1
                elif sl.get("validUntil", "9999") < d["asOf"]:
                    insurance["lapsed"] += 1
                else:
                    insurance["insured, in force"] += 1
            if ind in LISTED or e.get("aboveDesignatedSize"):
                signed = e.get("commitment", {}).get("signed")
                commitment["unknown" if signed is None else "signed" if signed else "not signed"] += 1
            st = e.get("standardization")
            if st is None or "grade" not in st:
                standard["none"] += 1
            else:
                until = st.get("validUntil") or (date.fromisoformat(st["awardedOn"]) + timedelta(days=3 * 365)).isoformat()
                if st.get("revokedOn"):
                    standard["revoked"] += 1
                elif until < d["asOf"]:
                    standard["lapsed (over 3 years)"] += 1
                else:
                    standard["graded, in force"] += 1
    enterprises = docs - parks
    print(f"{docs} documents: {enterprises} enterprises ({len(ids)} distinct ids), {parks} parks; asOf {as_of}; "
          f"average document {total_bytes / docs:,.0f} bytes\n")

    print("| county | name | enterprises | share |\n|---|---|---:|---:|")
    for code, n in sorted(per_county.items(), key=lambda kv: -kv[1]):
        print(f"| {code} | {NAMES.get(code, 'unknown')} | {n} | {100 * n / enterprises:.1f}% |")

    print("\n| industry | enterprises | share | avg units | avg risk points | avg bytes |\n|---|---:|---:|---:|---:|---:|")
    for ind, n in sorted(per_industry.items(), key=lambda kv: -kv[1]):
        s = size_by_industry[ind]
        print(f"| {ind} | {n} | {100 * n / enterprises:.1f}% | {s[1] / s[3]:.1f} | {s[2] / s[3]:.1f} | {s[0] / s[3]:,.0f} |")

    for title, table, a, b in (
            ("rolling years", rolling, f"{as_of - timedelta(days=729)}…{as_of - timedelta(days=365)}",
             f"{as_of - timedelta(days=364)}…{as_of}"),
            ("calendar 同比", calendar, f"{as_of.year - 1}-01-01…{as_of.year - 1}-{as_of.month:02d}-{as_of.day:02d}",
             f"{as_of.year}-01-01…{as_of}")):
        print(f"\nAccidents ({title}): year 1 = {a}, year 2 = {b}\n")
        print("| county | name | accidents y1 | deaths y1 | accidents y2 | deaths y2 | trend |\n|---|---|---:|---:|---:|---:|---|")
        rises = []
        for code in sorted(table):
            c1, d1, c2, d2 = table[code]
            trend = "双上升" if c2 > c1 and d2 > d1 else "both fell" if c2 < c1 and d2 < d1 else ""
            if trend == "双上升":
                rises.append(f"{code} {NAMES.get(code, 'unknown')}")
            print(f"| {code} | {NAMES.get(code, 'unknown')} | {c1} | {d1} | {c2} | {d2} | {trend} |")
        tot = [sum(v[k] for v in table.values()) for k in range(4)]
        print(f"| all | | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | |")
        print(f"\n双上升 ({title}): {len(rises)}: " + ", ".join(rises))
    print(f"\nAccidents older than two years: {older}. Deaths per accident in the two years: "
          + ", ".join(f"{k}: {v}" for k, v in sorted(deaths_hist.items())))

    for title, c in (("安责险, eight high-risk industries", insurance), ("承诺制 where required (listed industry or above size)", commitment),
                     ("标准化, all enterprises", standard)):
        n = sum(c.values())
        print(f"\n{title} ({n}): " + ", ".join(f"{k} {v} ({100 * v / n:.1f}%)" for k, v in c.most_common()))

    if reports:
        lines = 0
        size = 0
        with open(reports, "rb") as f:
            for raw in f:
                lines += 1
                size += len(raw)
        print(f"\nReports: {lines} lines, average {size / lines:,.0f} bytes")


if __name__ == "__main__":
    main(*sys.argv[1:])
