#!/usr/bin/env python3
"""Counts the demo registries the way the services count them (docs/counting.md) and compares 2024 with the report.

Loads seeds/project-demo-portfolio.json, seeds/demo-enterprises.json, seeds/demo-enterprise-figures.json,
seeds/demo-listings.json, seeds/industry-chains.json and seeds/tiers.json; prints every counted figure for 2023 and
2024 beside the bureau's 2024 report, then checks that the records are ones the services would accept (valid credit
codes, owners in the same district, dates in order and in the past, ...). Exits 1 if a 2024 figure differs from the
report or a record is broken, 0 otherwise. Needs nothing but Python 3; run from anywhere:
    python3 seeds/tools/check_demo_world.py
"""
import datetime as dt
import json
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent
# The tests seed the portfolio with today = 2026-07-01; no reached date may be after it.
SEEDED_ON = dt.date(2026, 7, 1)
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
FIVE_G_NAMED = {"泰普森实业集团", "欧诗漫集团", "启航汽车"}

# The report's figures, by indicator: (year the figure is for, value). 新认定2023年度"金象金牛" is a 2023 figure.
REPORT = {
    "major-projects-filed": (2024, Decimal("207")),
    "major-chain-projects-filed": (2024, Decimal("161")),
    "major-chain-projects-share": (2024, Decimal("77.8")),
    "nev-chain-major-projects-filed": (2024, Decimal("35")),
    "logistics-chain-major-projects-filed": (2024, Decimal("22")),
    "major-projects-started": (2024, Decimal("215")),
    "major-projects-completed": (2024, Decimal("145")),
    "provincial-major-list-projects": (2024, Decimal("94")),
    "provincial-major-list-start-rate": (2024, Decimal("100.0")),
    "land-renewal-projects": (2024, Decimal("132")),
    "land-renewal-investment": (2024, Decimal("204.1")),
    "upgrade-projects": (2024, Decimal("407")),
    "upgrade-projects-investment": (2024, Decimal("225.7")),
    "digital-core-major-projects-started": (2024, Decimal("81")),
    "digital-core-major-projects-investment": (2024, Decimal("579.6")),
    "new-golden-elephant-bull": (2023, Decimal("35")),
    "new-eagle-enterprises": (2024, Decimal("3")),
    "eagle-enterprises-total": (2024, Decimal("7")),
    "new-single-champions": (2024, Decimal("2")),
    "new-provincial-tech-centres": (2024, Decimal("17")),
    "new-5g-factories": (2024, Decimal("3")),
    "new-provincial-future-factories": (2024, Decimal("3")),
    "new-listed-enterprises": (2024, Decimal("6")),
    "listed-enterprises-total": (2024, Decimal("62")),
}


def load(name):
    return json.loads((SEEDS / name).read_text(encoding="utf-8"))


def year_of(iso):
    return int(iso[:4]) if iso else None


def money(values):
    return sum((Decimal(str(v)) for v in values), Decimal(0))


def share(part, whole):
    return (Decimal(100) * part / whole).quantize(Decimal("0.1")) if whole else None


def main():
    projects = load("project-demo-portfolio.json")["projects"]
    enterprises = {e["creditCode"]: e for e in load("demo-enterprises.json")["enterprises"]}
    certifications = load("demo-enterprise-figures.json")["certifications"]
    listings = load("demo-listings.json")["listings"]
    emerging = {c["code"] for c in load("industry-chains.json")["chains"] if c["kind"] == "Emerging"}
    valid_years = {t["code"]: t["validYears"] for t in load("tiers.json")["tiers"]}

    def major(p):
        return Decimal(str(p["totalInvestmentYi"])) >= 3

    def reached(p, stage):
        return year_of(p["reached"][stage]) if len(p["reached"]) > stage else None

    def figures(year):
        introduced = [p for p in projects if p["origin"] == "NewlyIntroduced" and year_of(p["filedOn"]) == year and major(p)]
        in_chains = [p for p in introduced if p["chainCode"] in emerging]
        provincial = [p for p in projects if p["isProvincialMajor"] and year_of(p["planned"][0]) == year]
        land = [p for p in projects if p["kind"] == "LandRenewal" and year_of(p["filedOn"]) == year]
        upgrade = [p for p in projects if p["kind"] == "TechnicalUpgrade" and year_of(p["filedOn"]) == year
                   and Decimal(str(p["totalInvestmentYi"])) >= Decimal("0.05")]
        digital = [p for p in projects if p["isDigitalEconomyCore"] and major(p) and reached(p, 0) == year]

        def tiers(*codes):
            return sum(1 for c in certifications if c["tierCode"] in codes and c["year"] == year)

        return {
            "major-projects-filed": len(introduced),
            "major-chain-projects-filed": len(in_chains),
            "major-chain-projects-share": share(len(in_chains), len(introduced)),
            "nev-chain-major-projects-filed": sum(1 for p in introduced if p["chainCode"] == "nev"),
            "logistics-chain-major-projects-filed": sum(1 for p in introduced if p["chainCode"] == "smart-logistics"),
            "major-projects-started": sum(1 for p in projects if major(p) and reached(p, 0) == year),
            "major-projects-completed": sum(1 for p in projects if major(p) and reached(p, 1) == year),
            "provincial-major-list-projects": len(provincial),
            "provincial-major-list-start-rate": share(sum(1 for p in provincial if reached(p, 0) == year), len(provincial)),
            "land-renewal-projects": len(land),
            "land-renewal-investment": money(p["totalInvestmentYi"] for p in land),
            "upgrade-projects": len(upgrade),
            "upgrade-projects-investment": money(p["totalInvestmentYi"] for p in upgrade),
            "digital-core-major-projects-started": len(digital),
            "digital-core-major-projects-investment": money(p["totalInvestmentYi"] for p in digital),
            "new-golden-elephant-bull": tiers("golden-elephant", "golden-bull"),
            "new-eagle-enterprises": tiers("eagle"),
            "eagle-enterprises-total": sum(1 for c in certifications if c["tierCode"] == "eagle"
                                           and c["year"] <= year <= c["year"] + valid_years["eagle"] - 1),
            "new-single-champions": tiers("single-champion"),
            "new-provincial-tech-centres": tiers("provincial-tech-centre"),
            "new-5g-factories": tiers("5g-factory"),
            "new-provincial-future-factories": tiers("future-factory"),
            "new-listed-enterprises": sum(1 for l in listings if year_of(l["listedOn"]) == year),
            "listed-enterprises-total": sum(1 for l in listings if year_of(l["listedOn"]) <= year),
        }

    counted = {2023: figures(2023), 2024: figures(2024)}
    wrong = []
    print(f"{'indicator':42} {'2023':>8} {'2024':>8} {'report':>12}")
    for code, (year, expected) in REPORT.items():
        got = counted[year][code]
        ok = got is not None and Decimal(got) == expected
        if not ok:
            wrong.append(f"{code}: {year} counts {got}, the report says {expected}")
        print(f"{code:42} {str(counted[2023][code]):>8} {str(counted[2024][code]):>8} {f'{expected} ({year})':>12}"
              f"{'' if ok else '  <-- differs'}")

    for stage, label in ((0, "started"), (1, "completed")):
        months = Counter(int(p["reached"][stage][5:7]) for p in projects if major(p) and reached(p, stage) == 2024)
        print(f"2024 major {label} by month: " + " ".join(f"{m}:{months[m]}" for m in range(1, 13)))

    broken = record_problems(projects, enterprises, certifications, listings)
    for problem in broken[:20]:
        print("BROKEN:", problem)
    for problem in wrong:
        print("DIFFERS:", problem)
    print(f"{len(projects)} projects, {len(enterprises)} enterprises, {len(certifications)} tier records, "
          f"{len(listings)} listings: {len(wrong)} figures differ from the report, {len(broken)} broken records")
    return 1 if wrong or broken else 0


def record_problems(projects, enterprises, certifications, listings):
    problems = []
    for code in enterprises:
        total = sum(ALPHABET.index(c) * w for c, w in zip(code[:17], WEIGHTS))
        if len(code) != 18 or ALPHABET[(31 - total % 31) % 31] != code[17]:
            problems.append(f"enterprise {code}: the check character is wrong")
    ids = Counter(p["id"] for p in projects)
    problems += [f"project {i} appears {n} times" for i, n in ids.items() if n > 1]
    stages, districts, overdue = Counter(), Counter(), 0
    for p in projects:
        owner = enterprises.get(p["enterpriseCreditCode"])
        if owner is None or owner["districtCode"] != p["districtCode"]:
            problems.append(f"project {p['id']}: owner {p['enterpriseCreditCode']} missing or in another district")
        if p["kind"] not in ("NewManufacturing", "TechnicalUpgrade", "LandRenewal") or p["origin"] not in ("NewlyIntroduced", "Endogenous"):
            problems.append(f"project {p['id']}: kind {p['kind']} / origin {p['origin']}")
        if not isinstance(p["isDigitalEconomyCore"], bool) or not isinstance(p["isProvincialMajor"], bool):
            problems.append(f"project {p['id']}: flags are not true/false")
        if p["kind"] == "TechnicalUpgrade" and Decimal(str(p["totalInvestmentYi"])) < Decimal("0.05"):
            problems.append(f"project {p['id']}: a technical upgrade below 500万")
        plan = [p["filedOn"]] + p["planned"]
        done = [p["filedOn"]] + p["reached"]
        if len(p["planned"]) != 5 or len(p["reached"]) > 5 or plan != sorted(plan) or done != sorted(done):
            problems.append(f"project {p['id']}: dates out of order")
        if done[-1] > SEEDED_ON.isoformat() or p["filedOn"] > SEEDED_ON.isoformat():
            problems.append(f"project {p['id']}: a date after {SEEDED_ON}")
        stages[len(p["reached"])] += 1
        districts[p["districtCode"]] += 1
        if len(p["reached"]) < 5 and p["planned"][len(p["reached"])] < SEEDED_ON.isoformat():
            overdue += 1
    if len(stages) != 6:
        problems.append(f"not every stage has projects: {dict(stages)}")
    if len(districts) != 6:
        problems.append(f"not every district has projects: {dict(districts)}")
    if overdue == 0:
        problems.append("no project is overdue")
    for c in certifications:
        if c["creditCode"] not in enterprises or int(c["certifiedOn"][:4]) < c["year"]:
            problems.append(f"tier record {c}: unknown enterprise or certified before its year")
    five_g = {enterprises[c["creditCode"]]["nameZh"] for c in certifications if c["tierCode"] == "5g-factory" and c["year"] == 2024}
    if five_g != FIVE_G_NAMED:
        problems.append(f"the 2024 5G factories are {sorted(five_g)}, not the three the report names")
    phoenix = {c["creditCode"]: c["year"] for c in certifications if c["tierCode"] == "phoenix"}
    listed = {l["creditCode"]: year_of(l["listedOn"]) for l in listings}
    if set(phoenix) != set(listed) or {k for k, y in phoenix.items() if y == 2024} != {k for k, y in listed.items() if y == 2024}:
        problems.append("the phoenix tier records and the listings are not the same enterprises")
    print(f"projects by stages reached: {dict(sorted(stages.items()))}; by district: {dict(sorted(districts.items()))}; "
          f"overdue on {SEEDED_ON}: {overdue}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
