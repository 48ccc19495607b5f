#!/usr/bin/env python3
"""Writes seeds/plan.json: the plan (年度计划) Indicators keeps — yearly targets and light thresholds.

From the 2024 work report (shared reference text), each target back-solved from an actual and its completion rate:
  burden-reduction 200亿元 (242.3亿元 = 121.2%), transformation-upgraded-enterprises 140 (226 = 161.4%),
  nev-chain-major-projects-filed 28 (35 = 125%), logistics-chain-major-projects-filed 22 (22 = 100%).
INVENTED DEMO values (marked "demo": true; the report states no such target):
  the city's 2024 major-projects-started 200 and -completed 140 (the report gives only the actuals, 215 and 145);
  their split over the six districts (by the districts' demo shares, the last district takes the rest, so the
  districts SUM to the city); the eight emerging chains' 2024 targets of major projects filed, started and completed
  (the chains' filed/started/completed of seeds/project-targets.json; traditional industries have no chain target, so
  the chains' sum may be below the city's); some districts' own 2024 plans of two section-一 figures (burden
  reduction for all six; manufacturing investment for four, as a multiple of the district's own demo 2024 figure in
  seeds/indicator-history.json, so that the district comparison shows green, yellow and red); the light thresholds (the platform's former constants: 10 points,
  15 and 60 days); and the whole 2025 plan (2024's, grown as the 2025 work plan's tone suggests).
Deterministic: the same output on every run.

    python3 seeds/tools/generate_plan.py
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)

DISTRICTS = ["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"]
# The districts' demo shares of the city's projects (as generate_indicator_seeds.py splits the city's figures).
DISTRICT_SHARE = [0.22, 0.14, 0.17, 0.22, 0.13, 0.12]

REPORT_2024 = {
    "burden-reduction": 200, "transformation-upgraded-enterprises": 140,
    "nev-chain-major-projects-filed": 28, "logistics-chain-major-projects-filed": 22,
}
DEMO_CITY_2024 = {"major-projects-started": 200, "major-projects-completed": 140}
# Projects' stage names → the catalogue's derived counts of projects of 3亿元 and more.
COUNTS = {"filed": "major-projects-filed", "started": "major-projects-started", "completed": "major-projects-completed"}
GROWTH_2025 = 1.05
# Demo district plans of 2024 (演示数据), beside the project counts' split.
DISTRICT_PLANS_2024 = {
    "burden-reduction": {"wuxing": 44, "nanxun": 28, "deqing": 34, "changxing": 44, "anji": 26, "nantaihu": 24},
}
DISTRICT_PLANS_AGAINST_ACTUAL_2024 = {
    "manufacturing-investment": {"wuxing": "0.97", "deqing": "1.05", "changxing": "1.20", "anji": "0.99"},
}


def split(total):
    """The city's count over the districts by share; the last takes the rest, so they sum to the city's exactly."""
    parts = [round(total * share) for share in DISTRICT_SHARE[:-1]]
    return parts + [total - sum(parts)]


def target(indicator, region, year, value, demo, chain=None):
    return {"indicator": indicator, "region": region, "chain": chain, "year": year, "value": value, "demo": demo}


def plan_of(year, city, chains, demo_all):
    targets = [target(code, "huzhou", year, value, demo_all or code not in REPORT_2024) for code, value in city.items()]
    for code in DEMO_CITY_2024:
        targets += [target(code, district, year, value, True) for district, value in zip(DISTRICTS, split(city[code]))]
    for chain, counts in chains.items():
        targets += [target(COUNTS[stage], "huzhou", year, counts[stage], True, chain) for stage in COUNTS]
    return targets


with open(os.path.join(SEEDS, "indicator-catalogue.json"), encoding="utf-8") as f:
    CODES = {i["code"] for i in json.load(f)["indicators"]}
with open(os.path.join(SEEDS, "project-targets.json"), encoding="utf-8") as f:
    project_targets = json.load(f)["targets"]
chains_2024 = {t["code"]: t for t in project_targets if t["year"] == 2024 and t["scope"] == "Chain"}
city_2024 = {**REPORT_2024, **DEMO_CITY_2024}
city_2025 = {code: round(value * GROWTH_2025) for code, value in city_2024.items()}
chains_2025 = {code: {stage: round(t[stage] * GROWTH_2025) for stage in COUNTS} for code, t in chains_2024.items()}

targets = plan_of(2024, city_2024, chains_2024, demo_all=False) + plan_of(2025, city_2025, chains_2025, demo_all=True)
with open(os.path.join(SEEDS, "indicator-history.json"), encoding="utf-8") as f:
    december_2024 = {(o["indicator"], o["region"]): Decimal(str(o["value"])) for o in json.load(f)["observations"]
                     if o["period"] == "2024-12" and o["basis"] == "Cumulative"}
for code, plans in DISTRICT_PLANS_2024.items():
    targets += [target(code, district, 2024, value, True) for district, value in plans.items()]
for code, multiples in DISTRICT_PLANS_AGAINST_ACTUAL_2024.items():
    targets += [target(code, district, 2024, int((december_2024[(code, district)] * Decimal(m)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)), True)
                for district, m in multiples.items()]
for year in (2024, 2025):
    for code in DEMO_CITY_2024:
        city = next(t["value"] for t in targets if (t["indicator"], t["region"], t["chain"], t["year"]) == (code, "huzhou", None, year))
        assert sum(t["value"] for t in targets if t["indicator"] == code and t["year"] == year and t["region"] in DISTRICTS) == city
assert all(t["indicator"] in CODES for t in targets)
assert sum(t["value"] for t in targets if t["indicator"] == "major-projects-started" and t["year"] == 2024 and t["chain"]) <= 200

plan = {
    "description": "年度计划 — the city's yearly targets (per indicator for the city and its districts; per industry chain for the "
                   "counts of major projects) and light thresholds. 2024 targets marked demo: false are the report's; everything "
                   "marked demo: true is invented DEMO data (演示数据). A seeded value is a first value only: the city changes it "
                   "through PUT /api/v1/plan/targets. Generated by seeds/tools/generate_plan.py.",
    "targets": targets,
    "thresholds": [
        {"year": year, "indicatorYellowTolerance": 10, "projectYellowAfterDays": 15, "projectRedAfterDays": 60, "demo": True}
        for year in (2024, 2025)
    ],
}
with open(os.path.join(SEEDS, "plan.json"), "w", encoding="utf-8") as f:
    json.dump(plan, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(targets)} targets, {len(plan['thresholds'])} years of thresholds")
