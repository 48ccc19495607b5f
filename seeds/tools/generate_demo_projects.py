#!/usr/bin/env python3
"""Generates seeds/project-demo-portfolio.json: DEMO projects owned by the demo enterprises, filed 2022 to May 2026,
in every stage, some overdue.

Derived from the bureau's 2024 report (section 三 and 四), because the platform counts these figures from the project
registry (docs/counting.md); counted over the portfolio, 2024 gives exactly:
  - 207 newly introduced (新引进, origin NewlyIntroduced) projects of at least 3亿 filed in 2024, 161 of them in the
    eight emerging chains (77.8 %), 35 of them NEV (`nev`) and 22 smart logistics (`smart-logistics`);
  - 215 projects of at least 3亿 started (新开工入库) and 145 completed (新竣工) in 2024;
  - 94 projects on the provincial major list (isProvincialMajor) planned to start in 2024, all started in 2024;
  - 407 technical-upgrade (技改) projects filed in 2024, 225.7亿 in all, none below 500万 (0.05亿) anywhere;
  - 132 land-renewal (腾笼换鸟) projects filed in 2024, 204.1亿 in all;
  - 81 digital-economy-core projects of at least 3亿 started in 2024, 579.6亿 in all;
  - 莱宝高科, 三一高空机械 and 深蓝精密 each own a major project started in 2024 (the report names their projects).
2023 gives 194 newly introduced major projects filed, 137 in the eight chains (70.6 %, 7.2 points below 2024 as the
report says), 198 started and 131 completed: the values the indicator history held for 2023 before it stopped
typing them.
Invented: everything else — names, owners, dates, amounts, which project has which flag, how the counts spread over
districts and months, every year but 2024's counts for 2023 that the report does not give (NEV 29, logistics 18,
provincial list 86 planned of which 83 started, 技改 352 with 172.8亿 (near 225.7 ÷ 1.306, so it does not contradict
the report's 30.6 % growth of 技改 investment), 腾笼换鸟 118 with 171.3亿, digital core 81 → 68 with 462.5亿), and all
of 2022, 2025 and 2026.

Deterministic (fixed seed, ids from uuid5), so every run writes the same file. Reached dates run up to 2026-06-30 at the
latest, so every one is in the past when the seeder applies it (the tests seed with today = 2026-07-01). Run from the
repository root, after generate_demo_enterprises.py:
    python3 seeds/tools/generate_demo_projects.py
"""
import datetime as dt
import json
import math
import random
import uuid
from decimal import Decimal

LAST_REACHED = dt.date(2026, 6, 30)
LAST_FILED = dt.date(2026, 5, 31)
STAGES = ["Started", "Completed", "InProduction", "AboveScale", "AtCapacity"]
# Typical months from one stage to the next: filing → start → completion → production → above scale → capacity.
GAPS = [(1, 4), (8, 18), (2, 5), (4, 10), (6, 12)]
PRODUCTS = {
    "nev": "新能源汽车关键零部件", "smart-logistics": "智能物流装备", "semiconductor": "半导体材料", "biomedicine": "生物医药",
    "advanced-materials": "高端新材料", "green-energy": "光伏及储能电池", "geospatial": "北斗导航终端", "smart-home": "智能家居",
    "dyeing": "绿色印染", "cement": "低碳水泥", "wall-materials": "新型墙材", "casting": "精密铸件", "furniture": "定制家居",
    "childrens-wear": "童装", "chairs": "办公座椅", "elevators": "电梯整机",
}
EMERGING_OTHERS = ["semiconductor", "advanced-materials", "green-energy", "biomedicine", "smart-home", "geospatial"]
TRADITIONAL = ["dyeing", "cement", "casting", "childrens-wear", "elevators"]

# What the registry must count, per year (2024 from the report, 2023 see the docstring). Amounts in 亿元.
COUNTED = {
    2024: {"introduced_major": 207, "in_chains": 161, "nev": 35, "logistics": 22,
           "others": [28, 24, 20, 12, 14, 6], "traditional": [8, 3, 12, 10, 13],
           "provincial": 94, "provincial_started": 94,
           "upgrade": (407, "225.7"), "land": (132, "204.1"), "digital": (81, "579.6")},
    2023: {"introduced_major": 194, "in_chains": 137, "nev": 29, "logistics": 18,
           "others": [22, 22, 18, 10, 13, 5], "traditional": [11, 4, 14, 13, 15],
           "provincial": 86, "provincial_started": 83,
           "upgrade": (352, "172.8"), "land": (118, "171.3"), "digital": (68, "462.5")},
}
# Per filing year: newly introduced major projects that are land renewal (the rest are new manufacturing), endogenous
# major new manufacturing, major technical upgrades, all land renewal, all technical upgrades, small new manufacturing.
FILED = {
    2022: {"introduced_major": 80, "introduced_land": 8, "endogenous_major": 12, "upgrade_major": 8, "land": 25, "upgrade": 70, "small": 20},
    2023: {"introduced_major": 194, "introduced_land": 18, "endogenous_major": 12, "upgrade_major": 10, "land": 118, "upgrade": 352, "small": 45},
    2024: {"introduced_major": 207, "introduced_land": 20, "endogenous_major": 13, "upgrade_major": 12, "land": 132, "upgrade": 407, "small": 50},
    2025: {"introduced_major": 95, "introduced_land": 8, "endogenous_major": 15, "upgrade_major": 10, "land": 40, "upgrade": 110, "small": 25},
    2026: {"introduced_major": 32, "introduced_land": 3, "endogenous_major": 5, "upgrade_major": 3, "land": 14, "upgrade": 40, "small": 8},
}
# Major projects by filing year → the year they started ("stalled": planned start passed, not started, so overdue;
# "waiting": planned start still ahead). Columns 2023 and 2024 sum to the started counts (25 + 173 = 198, 35 + 180 = 215).
STARTED = {
    2022: {2022: 70, 2023: 25, "stalled": 5},
    2023: {2023: 173, 2024: 35, "stalled": 8},
    2024: {2024: 180, 2025: 44, "stalled": 8},
    2025: {2025: 85, 2026: 25, "stalled": 10},
    2026: {2026: 20, "stalled": 4, "waiting": 16},
}
# Major projects by start year → the year they were completed: columns 2023 (58 + 73 = 131) and 2024 (10 + 110 + 25 = 145).
COMPLETED = {
    2022: {2023: 58, 2024: 10, "stalled": 2},
    2023: {2023: 73, 2024: 110, 2025: 12, "stalled": 3},
    2024: {2024: 25, 2025: 150, 2026: 30, "stalled": 4, "waiting": 6},
    2025: {2025: 10, 2026: 50, "stalled": 4, "waiting": 65},
    2026: {"waiting": 45},
}
# Other years' provincial-list projects (all started in the year they were planned to); none is required.
PROVINCIAL_OTHER_YEARS = {2022: 30, 2025: 45, 2026: 8}
# How likely a chain's project is digital-economy core (数字经济核心产业) when nothing counted depends on it.
DIGITAL_WEIGHT = {"semiconductor": 10, "geospatial": 10, "smart-home": 3, "nev": 3, "smart-logistics": 2,
                  "advanced-materials": 1.5, "green-energy": 0.5}
MONTH_WEIGHTS = [0.6, 0.5, 1.0, 1.1, 1.1, 1.2, 1.0, 1.0, 1.1, 1.1, 1.1, 1.3]
NAMED_PROJECTS = {"莱宝高科(湖州)": "semiconductor", "三一高空机械": "smart-logistics", "深蓝精密": "nev"}

rng = random.Random(20241231)


def add_months(day, months):
    month = day.month - 1 + months
    year = day.year + month // 12
    return dt.date(year, month % 12 + 1, min(day.day, 28))


def days(n):
    return dt.timedelta(days=n)


def day_between(first, last):
    return first + days(rng.randint(0, (last - first).days))


def year_window(year):
    return dt.date(year, 1, 1), min(dt.date(year, 12, 31), LAST_FILED)


def exact_amounts(bounds, total, draw):
    """Amounts (亿元, two decimals) within their (low, high) bounds that sum to exactly `total` (a decimal string)."""
    target = int(Decimal(total) * 100)
    assert sum(int(lo * 100) for lo, _ in bounds) <= target <= sum(int(hi * 100) for _, hi in bounds), total
    values = [min(max(draw(lo, hi), lo), hi) for lo, hi in bounds]
    for _ in range(60):
        factor = target / 100 / sum(values)
        values = [min(max(v * factor, lo), hi) for v, (lo, hi) in zip(values, bounds)]
    cents = [min(max(round(v * 100), int(lo * 100)), int(hi * 100)) for v, (lo, hi) in zip(values, bounds)]
    while sum(cents) != target:
        step = 1 if sum(cents) < target else -1
        i = rng.randrange(len(cents))
        if int(bounds[i][0] * 100) <= cents[i] + step <= int(bounds[i][1] * 100):
            cents[i] += step
    return [c / 100 for c in cents]


def apportion(total, weights):
    """Splits an integer total in proportion to the weights (largest remainder)."""
    raw = [total * w / sum(weights) for w in weights]
    parts = [math.floor(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: parts[i] - raw[i])[:total - sum(parts)]:
        parts[i] += 1
    return parts


def cells(matrix):
    out = []
    for cell, count in matrix.items():
        out += [cell] * count
    rng.shuffle(out)
    return out


def weighted_pick(candidates, count, weight):
    """`count` of the candidates without replacement, each as likely as its weight (Efraimidis-Spirakis)."""
    keyed = [(rng.random() ** (1 / weight(c)), i) for i, c in enumerate(candidates) if weight(c) > 0]
    assert len(keyed) >= count, f"only {len(keyed)} candidates for {count}"
    return [candidates[i] for _, i in sorted(keyed, reverse=True)[:count]]


class Project:
    def __init__(self, kind, origin, filed_year, chain=None, major=False):
        self.kind, self.origin, self.filed_year, self.chain, self.major = kind, origin, filed_year, chain, major
        self.owner = None
        self.investment = None
        self.start_cell = self.completion_cell = None
        self.provincial = False
        self.provincial_stalled = False
        self.digital = None


def timeline(p):
    """filedOn, planned[5] and reached[] for a project; major projects land in their start and completion cells."""
    first, last = year_window(p.filed_year)
    if p.start_cell is None:  # not counted by stage: the free drift of the earlier generator
        filed = day_between(first, last)
        planned, day = [], filed
        for low, high in GAPS:
            day = add_months(day, rng.randint(low, high))
            planned.append(day)
        reached, previous = [], filed
        stall = rng.random() < 0.25
        for plan in planned:
            actual = max(previous, plan + days(rng.randint(-20, 45)))
            if actual > LAST_REACHED or (stall and rng.random() < 0.5):
                break
            reached.append(actual)
            previous = actual
        return filed, planned, reached
    for _ in range(10000):
        result = controlled_timeline(p, first, last)
        if result:
            return result
    raise RuntimeError(f"no timeline for {p.filed_year} → {p.start_cell} → {p.completion_cell}")


def day_in(year):
    """A day of the year, months weighted as projects start and finish (light around the Spring Festival)."""
    month = rng.choices(range(1, 13), MONTH_WEIGHTS)[0]
    return dt.date(year, month, rng.randint(1, 28))


def controlled_timeline(p, first, last):
    reached = []
    if isinstance(p.start_cell, int):
        start = day_in(p.start_cell)
        low, high = max(first, add_months(start, -15)), min(last, start - days(20))
        if start > LAST_REACHED or low > high:
            return None
        filed = day_between(low, high)
        reached.append(start)
        if isinstance(p.completion_cell, int):
            # Drawn until it fits the start, so that the start's month is not biased by the completion's year.
            fits = [d for d in (day_in(p.completion_cell) for _ in range(100))
                    if add_months(start, 6) <= d <= min(add_months(start, 30), LAST_REACHED)]
            if not fits:
                return None
            reached.append(fits[0])
    else:
        filed = day_between(first, last)
    # Plans a little before or after what happened (actual = plan − 20 … + 45 days).
    planned = []
    previous = filed
    for actual in reached:
        plan = max(previous, actual - days(rng.randint(-20, 45)))
        planned.append(plan)
        previous = plan
    if p.provincial and reached:
        year = reached[0].year
        planned[0] = min(max(planned[0], dt.date(year, 1, 1)), dt.date(year, 12, 31))
        if len(planned) > 1:
            planned[1] = max(planned[1], planned[0])
        previous = planned[-1]
    # The first stage not reached: overdue ("stalled", at least a month late on 2026-07-01) or still ahead ("waiting").
    cell = p.start_cell if not reached else p.completion_cell
    if len(reached) < 2 and cell in ("stalled", "waiting"):
        base = previous
        low, high = GAPS[len(reached)]
        plan = add_months(base, rng.randint(low, high))
        if cell == "stalled":
            if base >= LAST_REACHED - days(60):
                return None
            if plan > LAST_REACHED - days(30):
                earliest = add_months(base, 6) if reached else base
                plan = day_between(min(earliest, LAST_REACHED - days(30)), LAST_REACHED - days(30))
            if p.provincial_stalled:
                if base > dt.date(p.filed_year, 12, 10) or p.filed_year != 2023:
                    return None
                plan = day_between(base + days(10), dt.date(2023, 12, 31))
        else:
            plan = max(plan, LAST_REACHED + days(rng.randint(1, 200)))
        planned.append(plan)
    # Later stages drift as in the free case; a project may stall there too.
    stall = rng.random() < 0.25
    previous_actual = reached[-1] if reached else filed
    can_reach = len(reached) == 2
    while len(planned) < 5:
        i = len(planned)
        plan = add_months(planned[-1], rng.randint(*GAPS[i]))
        planned.append(plan)
        if can_reach:
            actual = max(previous_actual, plan + days(rng.randint(-20, 45)))
            if actual > LAST_REACHED or (stall and rng.random() < 0.5):
                can_reach = False
            else:
                reached.append(actual)
                previous_actual = actual
    return filed, planned, reached


def main():
    enterprises = json.load(open("seeds/demo-enterprises.json", encoding="utf-8"))["enterprises"]
    by_chain = {}
    for e in enterprises:
        by_chain.setdefault(e["chainCode"] or "advanced-materials", []).append(e)
    named = {e["nameZh"]: e for e in enterprises}

    projects = []
    for year, plan in FILED.items():
        introduced_chains = []
        if year in COUNTED:
            c = COUNTED[year]
            assert c["introduced_major"] == plan["introduced_major"]
            assert sum(c["others"]) == c["in_chains"] - c["nev"] - c["logistics"]
            assert sum(c["traditional"]) == c["introduced_major"] - c["in_chains"]
            introduced_chains = ["nev"] * c["nev"] + ["smart-logistics"] * c["logistics"]
            for chain, n in zip(EMERGING_OTHERS + TRADITIONAL, c["others"] + c["traditional"]):
                introduced_chains += [chain] * n
            rng.shuffle(introduced_chains)
        else:
            introduced_chains = [None] * plan["introduced_major"]
        for i, chain in enumerate(introduced_chains):
            kind = "LandRenewal" if i < plan["introduced_land"] else "NewManufacturing"
            projects.append(Project(kind, "NewlyIntroduced", year, chain, major=True))
        for _ in range(plan["endogenous_major"]):
            projects.append(Project("NewManufacturing", "Endogenous", year, major=True))
        for i in range(plan["upgrade"]):
            projects.append(Project("TechnicalUpgrade", "Endogenous", year, major=i < plan["upgrade_major"]))
        for _ in range(plan["land"] - plan["introduced_land"]):
            projects.append(Project("LandRenewal", rng.choice(["NewlyIntroduced", "Endogenous"]), year))
        for _ in range(plan["small"]):
            projects.append(Project("NewManufacturing", "Endogenous" if rng.random() < 0.6 else "NewlyIntroduced", year))

    # Owners: of the given chain where the count depends on it, anyone otherwise (the project takes the owner's chain).
    for p in projects:
        p.owner = rng.choice(by_chain[p.chain]) if p.chain else rng.choice(enterprises)
        p.chain = p.owner["chainCode"] or "advanced-materials"

    # Amounts. Technical upgrades and land renewal of 2023 and 2024 sum exactly to their counted totals.
    def small_draw(median, sigma):
        return lambda lo, hi: rng.lognormvariate(math.log(median), sigma)

    for year in FILED:
        for kind, key, major_bounds, minor_bounds, median, sigma in (
                ("TechnicalUpgrade", "upgrade", (3.0, 6.0), (0.05, 2.99), 0.3, 0.9),
                ("LandRenewal", "land", (3.0, 8.0), (0.2, 2.99), 0.7, 0.6)):
            group = [p for p in projects if p.filed_year == year and p.kind == kind]
            bounds = [major_bounds if p.major else minor_bounds for p in group]
            draw = small_draw(median, sigma)
            if year in COUNTED:
                count, total = COUNTED[year][key]
                assert len(group) == count, (year, kind, len(group))
                amounts = exact_amounts(bounds, total, lambda lo, hi: rng.uniform(lo, hi) if lo >= 3 else draw(lo, hi))
            else:
                amounts = [round(min(max(rng.uniform(lo, hi) if lo >= 3 else draw(lo, hi), lo), hi), 2) for lo, hi in bounds]
            for p, amount in zip(group, amounts):
                p.investment = amount
    for p in projects:
        if p.investment is None:
            p.investment = round(rng.uniform(3, 12) if p.major and rng.random() < 0.65 else rng.uniform(12, 60), 2) \
                if p.major else round(rng.uniform(0.3, 2.99), 2)
        assert p.major == (p.investment >= 3), (p.kind, p.investment)

    # Stage cells of the major projects.
    majors = [p for p in projects if p.major]
    for year, matrix in STARTED.items():
        row = [p for p in majors if p.filed_year == year]
        assert len(row) == sum(matrix.values()), (year, len(row))
        for p, cell in zip(row, cells(matrix)):
            p.start_cell = cell
    for year, matrix in COMPLETED.items():
        column = [p for p in majors if p.start_cell == year]
        assert len(column) == sum(matrix.values()), (year, len(column))
        for p, cell in zip(column, cells(matrix)):
            p.completion_cell = cell

    # The report's named projects: newly introduced, filed and started in 2024.
    for name, chain in NAMED_PROJECTS.items():
        p = next(p for p in majors if p.filed_year == 2024 and p.start_cell == 2024 and p.origin == "NewlyIntroduced"
                 and p.kind == "NewManufacturing" and p.chain == chain and p.owner["nameZh"] not in NAMED_PROJECTS)
        p.owner = named[name]

    # Digital-economy core: exactly the counted ones among major projects started in 2023 and 2024 (new manufacturing,
    # so their amounts are free to sum to the total), by chain likelihood elsewhere.
    for year in COUNTED:
        count, total = COUNTED[year]["digital"]
        candidates = [p for p in majors if p.start_cell == year and p.kind == "NewManufacturing"]
        forced = [p for p in candidates if year == 2024 and p.owner["nameZh"] == "莱宝高科(湖州)"]
        chosen = forced + weighted_pick([p for p in candidates if p not in forced], count - len(forced),
                                        lambda p: DIGITAL_WEIGHT.get(p.chain, 0))
        for p in candidates:
            p.digital = p in chosen
        for p in majors:
            if p.start_cell == year:
                p.digital = p in chosen
        for p, amount in zip(chosen, exact_amounts([(3.0, 30.0)] * count, total,
                                                   lambda lo, hi: rng.lognormvariate(math.log(6.0), 0.55))):
            p.investment = amount
    for p in projects:
        if p.digital is None:
            p.digital = rng.random() < DIGITAL_WEIGHT.get(p.chain, 0) / 14

    # Provincial major list: planned to start in the year they started (the 3 of 2023 that did not start are overdue).
    for year, count in list(PROVINCIAL_OTHER_YEARS.items()) + [(y, COUNTED[y]["provincial_started"]) for y in COUNTED]:
        candidates = [p for p in majors if p.start_cell == year and p.investment >= 5]
        for p in rng.sample(candidates, count):
            p.provincial = True
    not_started_2023 = COUNTED[2023]["provincial"] - COUNTED[2023]["provincial_started"]
    for p in rng.sample([p for p in majors if p.filed_year == 2023 and p.start_cell == "stalled" and p.investment >= 5], not_started_2023):
        p.provincial = p.provincial_stalled = True

    rows = []
    for p in projects:
        filed, planned, reached = timeline(p)
        product = PRODUCTS.get(p.chain, "制造")
        suffix = {"TechnicalUpgrade": "技改项目", "LandRenewal": "项目(腾笼换鸟)"}.get(p.kind, "项目")
        rows.append({
            "name": f"{p.owner['nameZh']}年产{rng.randint(2, 50)}万套{product}{suffix}",
            "enterpriseCreditCode": p.owner["creditCode"],
            "districtCode": p.owner["districtCode"],
            "chainCode": p.chain,
            "kind": p.kind,
            "origin": p.origin,
            "totalInvestmentYi": p.investment,
            "equipmentInvestmentShare": round(rng.uniform(40, 85) if p.kind == "TechnicalUpgrade" else rng.uniform(20, 75), 1),
            "isProvincialMajor": p.provincial,
            "isDigitalEconomyCore": p.digital,
            "filedOn": filed.isoformat(),
            "planned": [d.isoformat() for d in planned],
            "reached": [d.isoformat() for d in reached],
        })
    rows.sort(key=lambda r: (r["filedOn"], r["name"]))
    for n, row in enumerate(rows):
        row["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://industry-platform.huzhou/demo/projects/{n}"))
    rows = [{"id": r.pop("id"), **r} for r in rows]

    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows)
    with open("seeds/project-demo-portfolio.json", "w", encoding="utf-8") as f:
        f.write('{"description":' + json.dumps(
            "DEMO DATA. Invented projects of the demo enterprises, in every stage, some overdue; what the registry counts "
            "for 2024 is the bureau's 2024 report (docs/counting.md). Generated by seeds/tools/generate_demo_projects.py.",
            ensure_ascii=False) + ',\n"demo":true,\n"stages":' + json.dumps(STAGES) + ',\n"projects":[\n' + lines + "\n]}\n")
    print(f"{len(rows)} projects")


if __name__ == "__main__":
    main()
