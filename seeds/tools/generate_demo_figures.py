#!/usr/bin/env python3
"""Writes seeds/demo-enterprise-figures.json: DEMO DATA, invented yearly figures (2023-2024) for every enterprise in
seeds/demo-enterprises.json, plus tier certifications (tier records) so that the pyramid shows something on first start.

Derived from the bureau's 2024 report (section 四 and 五): how many tier records there are per tier and year, because the
platform counts its 2024 figures from them (docs/counting.md): 35 金象金牛 certified for 2023 (新认定2023年度"金象金牛"
企业35家); 3 雄鹰 for 2024, 7 valid at the end of 2024 (雄鹰 valid 3 years, so the 4 of 2022 still count); 6 phoenix
(listed) for 2024 of 62 (新增上市企业6家,累计达62家); 2 single champions for 2024; 17 provincial technology centres for
2024 (新增创建省企业技术中心17家); 3 future factories for 2024; and the 5G factories of 2024 are exactly the three
the report names (泰普森, 欧诗漫, 启航汽车).
Invented: every figure (nothing here is a real enterprise's figure), which enterprise holds which tier (except the
three named 5G factories), every certification date, and the 2022/2023 counts the report does not give (14 technology
centres, 2 future factories, 2 5G factories and 1 single champion for 2023). Carbon emissions are drawn around each
industry's average intensity in seeds/tiers.json, so carbon grades spread over 1-5. Deterministic: the same file
comes out every time.
"""
import json
import random
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent
rng = random.Random(20250101)

enterprises = json.loads((SEEDS / "demo-enterprises.json").read_text(encoding="utf-8"))["enterprises"]
tiers = json.loads((SEEDS / "tiers.json").read_text(encoding="utf-8"))
averages = tiers["carbonEfficiency"]["industryAverages"]
default_average = tiers["carbonEfficiency"]["defaultIndustryAverage"]

# The report's named enterprises are the city's largest; revenue in 万元.
NAMED_REVENUE = {"天能集团": 18_000_000, "欧诗漫集团": 350_000, "泰普森实业集团": 800_000, "莱宝高科(湖州)": 260_000,
                 "启航汽车": 120_000, "三一高空机械": 450_000, "深蓝精密": 90_000}


def industry_average(code):
    matches = [a for a in averages if code.startswith(a["industryCodePrefix"])]
    return max(matches, key=lambda a: len(a["industryCodePrefix"]))["intensity"] if matches else default_average


def r2(x):
    return round(x, 2)


def figures(e, revenue):
    taxes = revenue * rng.uniform(0.02, 0.06)
    value_added = revenue * rng.uniform(0.18, 0.30)
    rd = revenue * rng.uniform(0.004, 0.065)
    investment = revenue * rng.uniform(0.02, 0.10)
    employees = max(8, int(revenue / rng.uniform(80, 200)))
    land = max(5.0, taxes / rng.uniform(6, 45))
    co2 = value_added * industry_average(e["industryCode"]) * rng.lognormvariate(0.0, 0.45)
    energy = co2 / 2.6
    return {"mainBusinessRevenue": r2(revenue), "taxesPaidInCity": r2(taxes), "industrialInvestment": r2(investment),
            "rdSpend": r2(rd), "employees": employees, "landMu": r2(land), "energyTce": r2(energy),
            "co2Tonnes": r2(co2), "valueAdded": r2(value_added)}


bases = {e["creditCode"]: NAMED_REVENUE.get(e["nameZh"]) or rng.lognormvariate(9.6, 1.35) for e in enterprises}  # median about 1.5亿
# The city's backbone: the 40 largest unnamed enterprises are drawn at 30亿-150亿, as Golden Elephant/Bull candidates are.
for code in sorted((c for c in bases if not any(e["creditCode"] == c and e["nameZh"] in NAMED_REVENUE for e in enterprises)),
                   key=lambda c: -bases[c])[:40]:
    bases[code] = rng.uniform(300_000, 1_500_000)

rows = []
by_code = {}
for e in enterprises:
    base = bases[e["creditCode"]]
    f2023 = figures(e, base)
    f2024 = figures(e, base * rng.uniform(0.88, 1.22))
    by_code[e["creditCode"]] = (e, f2023, f2024)

ranked = sorted(by_code.values(), key=lambda t: -t[1]["mainBusinessRevenue"])
certifications = []


def certify(code, tier, year, on):
    certifications.append({"creditCode": code, "tierCode": tier, "year": year, "certifiedOn": on})


# Technology centres: 45 of 2022 (valid through 2024) for the 45 largest, which Golden Elephant/Bull need; then
# 14 new for 2023 and 17 new for 2024 (新增创建省企业技术中心17家) for the next largest.
tech = [t[0]["creditCode"] for t in ranked[:45]]
for code in tech:
    certify(code, "provincial-tech-centre", 2022, "2022-12-15")
for e, _, _ in ranked[45:59]:
    certify(e["creditCode"], "provincial-tech-centre", 2023, "2023-12-18")
for e, _, _ in ranked[59:76]:
    certify(e["creditCode"], "provincial-tech-centre", 2024, "2024-12-16")

# 2023 Golden Elephant / Bull (新认定2023年度"金象金牛"企业35家): the 35 technology-centre holders paying the most
# tax in the city in 2023; Elephant from 3亿 of tax, Bull below.
# Where the drawn figures fall short of the Golden Bull threshold (2亿), the 2023 tax is raised to meet it, so that the
# yearly run would propose the same enterprises.
golden = sorted(ranked[:45], key=lambda t: -t[1]["taxesPaidInCity"])[:35]
for _, f, _ in golden:
    if f["taxesPaidInCity"] < 20000:
        f["taxesPaidInCity"] = r2(rng.uniform(20000, 26000))
for e, f, _ in golden:
    certify(e["creditCode"], "golden-elephant" if f["taxesPaidInCity"] >= 30000 else "golden-bull", 2023, "2023-12-20")

# Eagles: four in 2022, three more in 2024 (3家企业入选省第二批雄鹰企业,累计达7家).
for i, (e, _, _) in enumerate(ranked[:7]):
    certify(e["creditCode"], "eagle", 2022 if i < 4 else 2024, "2022-11-30" if i < 4 else "2024-11-30")

# Phoenix (listed): 56 before 2024, six new in 2024 (累计62家). Named enterprises whose listed company is public
# (seeds/tools/generate_demo_listings.py KNOWN) listed long before 2024, so the six new ones are others.
LISTED_LONG_AGO = {"天能集团", "莱宝高科(湖州)"}
phoenix = [t[0] for t in ranked[:62]]
new_listed = [e for e in reversed(phoenix) if e["nameZh"] not in LISTED_LONG_AGO][:6]
for e in phoenix:
    new = e in new_listed
    certify(e["creditCode"], "phoenix", 2024 if new else 2020, "2024-06-30" if new else "2020-06-30")

# Single champions: three in 2022, one in 2023, two new in 2024 (新增国家制造业"单项冠军"2个).
for i, (e, _, _) in enumerate(ranked[7:13]):
    year = 2022 if i < 3 else 2024 if i < 5 else 2023
    certify(e["creditCode"], "single-champion", year, f"{year}-12-01")

# SRDI: 2023 enterprises meeting the provincial criteria; the first eight also 2024 little giants.
srdi = [e for e, f, _ in by_code.values()
        if 100 <= f["rdSpend"] and f["rdSpend"] >= 0.03 * f["mainBusinessRevenue"] and f["mainBusinessRevenue"] >= 1000
        and int(e["foundedOn"][:4]) <= 2021 and f["mainBusinessRevenue"] < 400000][:50]
for e in srdi:
    certify(e["creditCode"], "provincial-srdi", 2023, "2023-10-15")
for e in srdi[:8]:
    if by_code[e["creditCode"]][2]["mainBusinessRevenue"] >= 10000:
        certify(e["creditCode"], "little-giant", 2024, "2024-08-01")

# Innovative SMEs, green, future and 5G factories, chain leaders: a handful each.
for e, f, _ in list(by_code.values())[60:120]:
    if f["rdSpend"] >= 50 and f["rdSpend"] >= 0.01 * f["mainBusinessRevenue"]:
        certify(e["creditCode"], "innovative-sme", 2023, "2023-09-01")
for e, _, _ in ranked[12:27]:
    certify(e["creditCode"], "green-factory", 2024, "2024-12-10")
# Future factories: 2 for 2023, 3 for 2024 (新增省级未来工厂3个).
for e, _, _ in ranked[:3]:
    certify(e["creditCode"], "future-factory", 2024, "2024-10-20")
for e, _, _ in ranked[3:5]:
    certify(e["creditCode"], "future-factory", 2023, "2023-10-25")
# 5G factories of 2024: the three the report names (新增泰普森、欧诗漫、启航汽车入选工信部5G工厂); two invented for 2023.
FIVE_G_2024 = ["泰普森实业集团", "欧诗漫集团", "启航汽车"]
for name in FIVE_G_2024:
    certify(next(e["creditCode"] for e, _, _ in ranked if e["nameZh"] == name), "5g-factory", 2024, "2024-09-15")
for e, _, _ in [t for t in ranked if t[0]["nameZh"] not in FIVE_G_2024][5:7]:
    certify(e["creditCode"], "5g-factory", 2023, "2023-08-30")
leaders = {}
for e, _, _ in ranked:
    leaders.setdefault(e["chainCode"], e)
for chain, e in sorted(leaders.items()):
    if chain:
        certify(e["creditCode"], "chain-leader", 2023, "2023-07-01")

for e, f2023, f2024 in by_code.values():
    rows.append({"creditCode": e["creditCode"], "year": 2023, **f2023})
    rows.append({"creditCode": e["creditCode"], "year": 2024, **f2024})

out = {
    "description": "DEMO DATA. Invented yearly figures (万元, 亩, tce, t CO2) and tier certifications for the demo enterprises; "
                   "not real. Generated by seeds/tools/generate_demo_figures.py.",
    "demo": True,
    "figures": rows,
    "certifications": certifications,
}
(SEEDS / "demo-enterprise-figures.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(rows)} figure rows, {len(certifications)} certifications")
