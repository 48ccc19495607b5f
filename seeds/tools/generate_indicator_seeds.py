#!/usr/bin/env python3
"""Writes seeds/indicator-catalogue.json and seeds/indicator-history.json (the plan's targets: seeds/tools/generate_plan.py).

The catalogue holds every indicator the bureau's 2024 work report quotes. The history is DEMO DATA (演示数据,
invented): a monthly 2023-2024 history for the city's six districts, and for the other ten cities and the province
where the report compares Huzhou with them. It is solved so that the figures the service computes for Huzhou in
2024 are the report's: 7.3%, 52.2%, 13.4% / +10.1pp / 2nd, 33.9% / +3.2pp, 30.6% 2nd, 48.8% 3rd, 86.2元 -0.6,
242.3亿 = 121.2% of plan, ... The city-wide figures of the report's sections 一 to 四 get district figures too (adding up to
the city's), and the catalogue marks the indicators no district has figures of as cityOnly (the districts' demo
plans are the plan's: seeds/tools/generate_plan.py). Deterministic: the same output on every run (no randomness).

The history holds no observation of a DERIVED indicator for Huzhou or its districts: those are counted from the registries' records (projects,
tier records, listings; docs/counting.md), whose demo data (seeds/project-demo-portfolio.json,
seeds/demo-enterprise-figures.json, seeds/demo-listings.json) is generated so that they count the report's figures.
Typing them here as well would make every such figure exist twice. The other cities' figures of two of them stay,
as reported figures: they are what Huzhou's rank in the province is computed against.

    python3 seeds/tools/generate_indicator_seeds.py
"""
import json
import os
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.dirname(HERE)

DISTRICTS = ["wuxing", "nanxun", "deqing", "changxing", "anji", "nantaihu"]
DISTRICT_SHARE = [Decimal("0.22"), Decimal("0.14"), Decimal("0.17"), Decimal("0.22"), Decimal("0.13"), Decimal("0.12")]
# Each district grows a little faster or slower than the city; the last one absorbs the difference.
DISTRICT_TILT = [Decimal("0.012"), Decimal("-0.015"), Decimal("0.008"), Decimal("-0.006"), Decimal("0.004"), None]
OTHER_CITIES = ["hangzhou", "ningbo", "wenzhou", "jiaxing", "shaoxing", "jinhua", "quzhou", "zhoushan", "taizhou", "lishui"]
# Year-to-date share of the annual total at the end of each month (Spring Festival makes February light).
SEASON = [Decimal(x) for x in ["0.075", "0.135", "0.215", "0.295", "0.378", "0.462", "0.545", "0.628", "0.712", "0.800", "0.895", "1"]]

# Counted from the registries, never typed (see the docstring); the catalogue still lists them.
DERIVED = {
    "major-projects-filed", "major-chain-projects-filed", "major-chain-projects-share", "nev-chain-major-projects-filed",
    "logistics-chain-major-projects-filed", "major-projects-started", "major-projects-completed",
    "provincial-major-list-projects", "provincial-major-list-start-rate", "land-renewal-projects", "land-renewal-investment",
    "upgrade-projects", "upgrade-projects-investment", "digital-core-major-projects-started",
    "digital-core-major-projects-investment", "new-golden-elephant-bull", "new-eagle-enterprises", "eagle-enterprises-total",
    "new-single-champions", "new-provincial-tech-centres", "new-5g-factories", "new-provincial-future-factories",
    "new-listed-enterprises", "listed-enterprises-total",
}

BAND_LEVEL = {"min": -30, "max": 50}
BAND_RATE = {"min": -20, "max": 40}


def ind(code, zh, en, unit, freq, higher=True, agg="Sum", components=None, band=None, derived=None):
    entry = {"code": code, "nameZh": zh, "nameEn": en, "unit": unit, "frequency": freq, "higherIsBetter": higher, "aggregation": agg}
    if components:
        entry["components"] = components
    if band:
        entry["plausibleGrowth"] = band
    if derived:
        entry["derived"] = derived
    return entry


def projects(counted_on, measure="count", **where):
    """Derived from the Projects registry's records (see DerivedFigure in the Indicators domain)."""
    return {"facts": "projects", "countedOn": counted_on, "measure": measure, "where": where}


def tiers(*codes, counted_on="year", cumulative=False):
    """Derived from tier records of these tiers; revoked records never count, candidates neither."""
    return {"facts": "tiers", "countedOn": counted_on, "cumulative": cumulative, "where": {"tiers": list(codes), "statuses": ["Certified", "Expired"]}}


NEW_MAJOR = {"isMajor": True, "origin": "NewlyIntroduced"}


# In the report's order (工作报告的顺序), which is also the bulletin's order.
CATALOGUE = [
    ind("industrial-value-added", "规上工业增加值", "Value added of above-scale industry", "亿元", "Monthly", band=BAND_LEVEL),
    ind("industrial-value-added-growth", "规上工业增加值同比增长", "Above-scale industrial value added, year-on-year growth", "%", "Monthly", agg="Growth", components=["industrial-value-added"], band=BAND_RATE),
    ind("industry-gdp-growth-contribution", "全部工业增加值对GDP增长的贡献率", "Industry's contribution to GDP growth", "%", "Annual", agg="None"),
    ind("manufacturing-investment", "制造业投资", "Manufacturing investment", "亿元", "Monthly", band=BAND_LEVEL),
    ind("manufacturing-investment-growth", "制造业投资同比增长", "Manufacturing investment, year-on-year growth", "%", "Monthly", agg="Growth", components=["manufacturing-investment"], band=BAND_RATE),
    ind("fixed-asset-investment", "固定资产投资", "Fixed-asset investment", "亿元", "Monthly", band=BAND_LEVEL),
    ind("manufacturing-investment-share", "制造业投资占固投比重", "Manufacturing investment as a share of fixed-asset investment", "%", "Monthly", agg="Ratio", components=["manufacturing-investment", "fixed-asset-investment"]),
    ind("stable-production-rewarded-enterprises", "市本级享受稳工稳产奖励制造业企业", "Manufacturers rewarded for keeping production running (city level)", "家", "Annual"),
    ind("supply-demand-events", "供需对接活动", "Supply-demand matchmaking events", "场次", "Annual"),
    ind("supply-demand-enterprises", "供需对接参与企业", "Enterprises taking part in matchmaking", "家", "Annual"),
    ind("supply-demand-orders", "供需对接订单", "Orders from matchmaking", "亿元", "Annual"),
    ind("supply-demand-financing", "供需对接融资", "Financing from matchmaking", "亿元", "Annual"),
    ind("supply-demand-projects", "供需对接工业项目", "Industrial projects from matchmaking", "个", "Annual"),
    ind("burden-reduction", "累计减轻企业负担", "Burden lifted from enterprises", "亿元", "Monthly", band=BAND_LEVEL),
    ind("operating-revenue", "规上工业营业收入", "Operating revenue of above-scale industry", "亿元", "Monthly", band=BAND_LEVEL),
    ind("operating-cost", "规上工业营业成本", "Operating cost of above-scale industry", "亿元", "Monthly", band=BAND_LEVEL),
    ind("cost-per-100-revenue", "规上工业每百元营业收入成本", "Cost per 100 yuan of operating revenue", "元", "Monthly", higher=False, agg="Ratio", components=["operating-cost", "operating-revenue"]),
    ind("provincial-characteristic-clusters", "省级特色产业集群累计", "Provincial characteristic industry clusters (cumulative)", "个", "Annual"),
    ind("provincial-rising-star-clusters", "省级“新星”产业群累计", "Provincial 'rising star' industry groups (cumulative)", "个", "Annual"),
    ind("emerging-chains-revenue", "八大新兴产业链营业收入", "Operating revenue of the eight emerging chains", "亿元", "Monthly", band=BAND_LEVEL),
    ind("emerging-chains-revenue-share", "八大新兴产业链营业收入占规上比重", "Eight emerging chains' share of above-scale revenue", "%", "Monthly", agg="Ratio", components=["emerging-chains-revenue", "operating-revenue"]),
    ind("traditional-manufacturing-profit", "重点传统制造业利润总额", "Total profit of key traditional manufacturing", "亿元", "Monthly", band=BAND_LEVEL),
    ind("traditional-manufacturing-profit-growth", "重点传统制造业利润总额同比增长", "Key traditional manufacturing profit, year-on-year growth", "%", "Monthly", agg="Growth", components=["traditional-manufacturing-profit"], band=BAND_RATE),
    ind("major-projects-filed", "新引进且备案3亿元以上制造业项目", "New major (≥3亿) manufacturing projects filed", "个", "Annual", derived=projects("filed", **NEW_MAJOR)),
    ind("major-chain-projects-filed", "新引进且备案3亿元以上八大链项目", "New major (≥3亿) projects of the eight chains filed", "个", "Annual", derived=projects("filed", **NEW_MAJOR, chainKind="Emerging")),
    ind("major-chain-projects-share", "八大链项目占比", "Eight chains' share of new major projects", "%", "Annual", agg="Ratio", components=["major-chain-projects-filed", "major-projects-filed"]),
    ind("nev-chain-major-projects-filed", "新能源汽车及关键零部件产业链引进且备案3亿元以上项目", "NEV and key parts chain: major projects filed", "个", "Annual", derived=projects("filed", **NEW_MAJOR, chains=["nev"])),
    ind("logistics-chain-major-projects-filed", "智能物流装备产业链引进且备案3亿元以上项目", "Smart logistics equipment chain: major projects filed", "个", "Annual", derived=projects("filed", **NEW_MAJOR, chains=["smart-logistics"])),
    ind("major-projects-started", "3亿元以上制造业项目新开工入库", "Major (≥3亿) manufacturing projects started", "个", "Monthly", derived=projects("started", isMajor=True)),
    ind("major-projects-completed", "3亿元以上制造业项目新竣工", "Major (≥3亿) manufacturing projects completed", "个", "Monthly", derived=projects("completed", isMajor=True)),
    ind("provincial-major-list-projects", "列入省制造业重大项目清单项目", "Projects on the provincial major manufacturing list", "个", "Annual", derived=projects("plannedStart", isProvincialMajor=True)),
    ind("provincial-major-list-projects-started", "列入省制造业重大项目清单项目已开工", "Provincial-list projects planned to start in the year that started", "个", "Annual", derived=projects("plannedStart", isProvincialMajor=True, reached="started")),
    ind("provincial-major-list-start-rate", "省制造业重大项目开工率", "Start rate of provincial-list projects", "%", "Annual", agg="Ratio", components=["provincial-major-list-projects-started", "provincial-major-list-projects"]),
    ind("low-efficiency-land-vacated", "腾出低效工业用地", "Low-efficiency industrial land vacated", "亩", "Annual"),
    ind("land-renewal-projects", "新增“腾笼换鸟”供地项目", "New land-renewal (腾笼换鸟) projects", "个", "Annual", derived=projects("filed", kinds=["LandRenewal"])),
    ind("land-renewal-investment", "“腾笼换鸟”项目入库投资", "Investment of new land-renewal projects", "亿元", "Annual", derived=projects("filed", "totalInvestment", kinds=["LandRenewal"])),
    ind("upgrade-projects", "新增500万元以上技改项目", "New technical-upgrade projects ≥500万元", "个", "Annual", derived=projects("filed", kinds=["TechnicalUpgrade"])),
    ind("upgrade-projects-investment", "500万元以上技改项目入库投资", "Investment of new technical-upgrade projects", "亿元", "Annual", derived=projects("filed", "totalInvestment", kinds=["TechnicalUpgrade"])),
    ind("equipment-renewed", "累计更新设备", "Equipment renewed", "台(套)", "Annual"),
    ind("credit-supported-enterprises", "获得设备更新信贷支持企业", "Enterprises given credit for equipment renewal", "家", "Annual"),
    ind("credit-support", "设备更新信贷支持", "Credit for equipment renewal", "亿元", "Annual"),
    ind("diagnosed-enterprises", "数字化绿色化改造咨询诊断企业", "Enterprises given digital/green upgrade diagnosis", "家", "Annual"),
    ind("upgrade-investment", "技改投资", "Technical-upgrade investment", "亿元", "Monthly", band=BAND_LEVEL),
    ind("upgrade-investment-growth", "技改投资增长", "Technical-upgrade investment, year-on-year growth", "%", "Monthly", agg="Growth", components=["upgrade-investment"], band=BAND_RATE),
    ind("data-element-cases", "入选全省“数据要素×”典型案例", "Cases in the provincial 'data elements ×' list", "个", "Annual"),
    ind("digital-core-major-projects-started", "新开工入库3亿元以上数字经济核心产业项目", "Major digital-economy core projects started", "个", "Annual", derived=projects("started", isDigitalEconomyCore=True, isMajor=True)),
    ind("digital-core-major-projects-investment", "数字经济核心产业项目总投资", "Total investment of those digital-economy projects", "亿元", "Annual", derived=projects("started", "totalInvestment", isDigitalEconomyCore=True, isMajor=True)),
    ind("digital-core-manufacturing-va", "规上数字经济核心产业制造业增加值", "Value added of digital-economy core manufacturing", "亿元", "Monthly", band=BAND_LEVEL),
    ind("digital-core-manufacturing-va-growth", "规上数字经济核心产业制造业增加值增长", "Digital-economy core manufacturing value added, growth", "%", "Monthly", agg="Growth", components=["digital-core-manufacturing-va"], band=BAND_RATE),
    ind("new-5g-factories", "新增工信部5G工厂", "New MIIT 5G factories", "家", "Annual", derived=tiers("5g-factory")),
    ind("new-provincial-future-factories", "新增省级未来工厂", "New provincial future factories", "个", "Annual", derived=tiers("future-factory")),
    ind("5g-base-stations", "累计建成5G基站", "5G base stations built (cumulative)", "个", "Annual"),
    ind("5g-base-stations-per-10k", "每万人拥有5G基站数", "5G base stations per 10,000 residents", "个", "Annual", agg="None"),
    ind("deep-coverage-venues", "实现移动网络深度覆盖的重点场所", "Key venues with deep mobile coverage", "个", "Annual"),
    ind("deep-coverage-trunk-lines", "实现移动网络深度覆盖的重点交通干线", "Key transport lines with deep mobile coverage", "条", "Annual"),
    ind("new-golden-elephant-bull", "新认定“金象金牛”企业", "Newly certified Golden Elephant / Golden Bull enterprises", "家", "Annual", derived=tiers("golden-elephant", "golden-bull")),
    ind("new-eagle-enterprises", "新入选省雄鹰企业", "New provincial Eagle enterprises", "家", "Annual", derived=tiers("eagle")),
    ind("eagle-enterprises-total", "省雄鹰企业累计", "Provincial Eagle enterprises (cumulative)", "家", "Annual", derived=tiers("eagle", counted_on="certified", cumulative=True)),
    ind("new-listed-enterprises", "新增上市企业", "Newly listed enterprises", "家", "Annual", derived={"facts": "listings", "countedOn": "listed"}),
    ind("listed-enterprises-total", "上市企业累计", "Listed enterprises (cumulative)", "家", "Annual", derived={"facts": "listings", "countedOn": "listed", "cumulative": True, "where": {"isActive": True}}),
    ind("new-single-champions", "新增国家制造业“单项冠军”", "New national manufacturing single champions", "个", "Annual", derived=tiers("single-champion")),
    ind("volunteer-stations", "新增挂牌志愿服务工作站", "New volunteer service stations", "个", "Annual"),
    ind("volunteer-experts", "吸纳志愿服务专家", "Volunteer experts recruited", "人", "Annual"),
    ind("volunteer-activities", "开展志愿服务活动", "Volunteer service activities", "场", "Annual"),
    ind("facilitated-investment-financing", "促成项目投融资", "Project investment and financing facilitated", "亿元", "Annual"),
    ind("executive-training-sessions", "“益企厅”“益企营”", "Executive training sessions (益企厅/益企营)", "期", "Annual"),
    ind("executives-trained", "培训企业高管", "Executives trained", "人", "Annual"),
    ind("new-provincial-tech-centres", "新增创建省企业技术中心", "New provincial enterprise technology centres", "家", "Annual", derived=tiers("provincial-tech-centre")),
    ind("industrial-output", "规上工业总产值", "Output of above-scale industry", "亿元", "Monthly", band=BAND_LEVEL),
    ind("new-product-output", "规上工业新产品产值", "New-product output of above-scale industry", "亿元", "Monthly", band=BAND_LEVEL),
    ind("new-product-output-rate", "规上工业新产品产值率", "New-product output rate", "%", "Monthly", agg="Ratio", components=["new-product-output", "industrial-output"]),
    ind("transformation-upgraded-enterprises", "转型提质累计完成改造提升企业", "Enterprises upgraded in the transformation campaign", "家", "Annual"),
    ind("equipment-matching-meetings", "分行业设备更新对接会", "Equipment-renewal matchmaking meetings", "次", "Annual"),
    ind("obsolete-equipment-retired", "累计淘汰低效设备", "Obsolete equipment retired", "台", "Annual"),
    ind("green-upgrade-projects", "实施绿色化改造项目", "Green-upgrade projects carried out", "个", "Annual"),
    ind("provincial-green-demo-projects", "入选省生产制造方式转型示范项目(绿色化方向)", "Provincial green manufacturing demonstration projects", "个", "Annual"),
]

# City-level levels behind the rates: (indicator, 2023 total, 2024 total) in 亿元, solved from the report's rates.
def d(x):
    return Decimal(str(x))


def q2(x):
    return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


LEVELS = {
    "industrial-value-added": (d(1560), q2(d(1560) * d("1.073"))),                 # +7.3%
    "manufacturing-investment": (d(620), q2(d(620) * d("1.134"))),                 # +13.4%
    "fixed-asset-investment": (q2(d(620) / d("0.307")), q2(d(620) * d("1.134") / d("0.339"))),  # share 30.7% -> 33.9%
    "operating-revenue": (d(9800), d(10350)),
    "operating-cost": (q2(d(9800) * d("0.868")), q2(d(10350) * d("0.862"))),       # 86.8元 -> 86.2元
    "emerging-chains-revenue": (q2(d(9800) * d("0.342")), q2(d(10350) * d("0.369"))),  # 34.2% -> 36.9%
    "traditional-manufacturing-profit": (d(180), q2(d(180) * d("1.104"))),        # +10.4%
    "upgrade-investment": (d(300), q2(d(300) * d("1.306"))),                       # +30.6%
    "industrial-output": (d(9200), d(9800)),
    "new-product-output": (q2(d(9200) * d("0.452")), q2(d(9800) * d("0.488"))),   # 45.2% -> 48.8%
    "digital-core-manufacturing-va": (d(210), q2(d(210) * d("1.14"))),             # +14%
}

# Rates published for every city (and the province) where the report ranks Huzhou: 2024 year-end values of the other
# ten cities (Huzhou's own is recomputed from its districts), the province's, and 2023's for the year before.
CITY_RATES_2024 = {
    "manufacturing-investment-growth": {"hangzhou": 2.1, "ningbo": 6.8, "wenzhou": 4.2, "jiaxing": 15.2, "shaoxing": 9.7, "jinhua": 3.5, "quzhou": 11.8, "zhoushan": -6.4, "taizhou": 1.9, "lishui": 7.4, "zhejiang": 3.3},
    "upgrade-investment-growth": {"hangzhou": 12.4, "ningbo": 18.9, "wenzhou": 9.6, "jiaxing": 24.1, "shaoxing": 31.8, "jinhua": 15.0, "quzhou": 20.3, "zhoushan": 5.2, "taizhou": 11.7, "lishui": 16.6, "zhejiang": 16.8},
    "new-product-output-rate": {"hangzhou": 52.6, "ningbo": 49.7, "wenzhou": 41.2, "jiaxing": 47.9, "shaoxing": 45.3, "jinhua": 40.8, "quzhou": 38.5, "zhoushan": 30.2, "taizhou": 44.6, "lishui": 36.9, "zhejiang": 46.5},
    "traditional-manufacturing-profit-growth": {"hangzhou": -4.8, "ningbo": -1.2, "wenzhou": 3.1, "jiaxing": 6.4, "shaoxing": 12.6, "jinhua": -3.9, "quzhou": -7.5, "zhoushan": -9.8, "taizhou": 0.7, "lishui": -5.6, "zhejiang": -2.5},
    "digital-core-manufacturing-va-growth": {"zhejiang": 7.6},
}
CITY_ANNUAL_2024 = {
    "5g-base-stations-per-10k": ({"hangzhou": 50.8, "ningbo": 44.9, "wenzhou": 33.1, "jiaxing": 39.5, "shaoxing": 36.2, "jinhua": 34.8, "quzhou": 31.6, "zhoushan": 41.3, "taizhou": 32.7, "lishui": 30.4, "zhejiang": 38.9}, 42.03),
    "provincial-characteristic-clusters": ({"hangzhou": 12, "ningbo": 11, "wenzhou": 10, "jiaxing": 9, "shaoxing": 7, "jinhua": 7, "quzhou": 4, "zhoushan": 3, "taizhou": 6, "lishui": 4}, 8),
    "provincial-rising-star-clusters": ({"hangzhou": 7, "ningbo": 6, "wenzhou": 3, "jiaxing": 5, "shaoxing": 3, "jinhua": 2, "quzhou": 2, "zhoushan": 1, "taizhou": 3, "lishui": 1}, 4),
    # Derived for Huzhou (counted from its registries: None here); the other cities' figures are theirs, reported, for the rank.
    "provincial-major-list-projects": ({"hangzhou": 96, "ningbo": 88, "wenzhou": 62, "jiaxing": 79, "shaoxing": 71, "jinhua": 58, "quzhou": 35, "zhoushan": 21, "taizhou": 60, "lishui": 30}, None),
    "new-provincial-future-factories": ({"hangzhou": 9, "ningbo": 2, "wenzhou": 1, "jiaxing": 2, "shaoxing": 2, "jinhua": 1, "quzhou": 1, "zhoushan": 0, "taizhou": 2, "lishui": 1}, None),
    "provincial-green-demo-projects": ({"hangzhou": 18, "ningbo": 21, "wenzhou": 9, "jiaxing": 15, "shaoxing": 17, "jinhua": 8, "quzhou": 6, "zhoushan": 2, "taizhou": 11, "lishui": 5}, 25),
}

# City-level figures the report gives without district detail: (indicator, year) -> value.
CITY_ANNUAL = {
    "industry-gdp-growth-contribution": 52.2, "stable-production-rewarded-enterprises": 124, "supply-demand-events": 181,
    "supply-demand-enterprises": 6500, "supply-demand-orders": 153.4, "supply-demand-financing": 350, "supply-demand-projects": 333,
    "low-efficiency-land-vacated": 5336, "equipment-renewed": 13900, "credit-supported-enterprises": 369,
    "credit-support": 309, "diagnosed-enterprises": 642, "data-element-cases": 4, "5g-base-stations": 14500, "deep-coverage-venues": 2100,
    "deep-coverage-trunk-lines": 70, "volunteer-stations": 125, "volunteer-experts": 361, "volunteer-activities": 500, "facilitated-investment-financing": 36.8,
    "executive-training-sessions": 7, "executives-trained": 1200, "transformation-upgraded-enterprises": 226, "equipment-matching-meetings": 5,
    "obsolete-equipment-retired": 2911, "green-upgrade-projects": 328,
}


# Sections 一 to 四 of the report (the industrial economy, chains and clusters, projects, digital economy): the reported
# figures the report gives for the city only get demo district figures. Additive ones are split so that the districts
# add up to the city's figure exactly (counts in whole units); those that do not combine (aggregation None) get each
# district's own figure near the city's. 市本级 stable-production rewards are the city budget's own: city only.
DISTRICT_ADDITIVE = [
    "supply-demand-events", "supply-demand-enterprises", "supply-demand-orders", "supply-demand-financing", "supply-demand-projects",
    "low-efficiency-land-vacated", "equipment-renewed", "credit-supported-enterprises", "credit-support", "diagnosed-enterprises",
    "5g-base-stations", "deep-coverage-venues", "deep-coverage-trunk-lines",
]
# Too few to split by shares: the report names some of them (长兴新能源汽车及零部件、德清低空飞行装备 …).
DISTRICT_COUNTS = {
    "provincial-characteristic-clusters": [2, 1, 1, 2, 1, 1],
    "provincial-rising-star-clusters": [1, 0, 1, 1, 0, 1],
    "data-element-cases": [1, 0, 1, 1, 0, 1],
}
# Not additive: each district's own rate, around the city's.
DISTRICT_OWN = {
    "industry-gdp-growth-contribution": [d("55.8"), d("47.1"), d("53.6"), d("58.2"), d("44.9"), d("50.3")],
    "5g-base-stations-per-10k": [d("48.6"), d("33.2"), d("44.1"), d("39.7"), d("36.5"), d("45.8")],
}
CITY_ONLY_REPORTED = {"stable-production-rewarded-enterprises"}

observations = []


def add(indicator, region, period, value, basis="Cumulative"):
    observations.append({"indicator": indicator, "region": region, "period": period, "basis": basis, "value": float(value)})


def split(total, shares, tilts, growth_base=None):
    """Splits a city total over the districts: the first five by share (tilted), the last takes the rest exactly."""
    parts = []
    for i, share in enumerate(shares[:-1]):
        tilt = tilts[i] if growth_base is not None else Decimal(0)
        parts.append(q2(growth_base[i] * (total / sum(growth_base)) * (1 + tilt)) if growth_base is not None else q2(total * share))
    parts.append(q2(total - sum(parts)))
    return parts


def monthly_path(annual, year):
    # 2023 and 2024 differ slightly in timing so that month-by-month growth is not flat.
    wobble = [Decimal(0)] * 11 + [Decimal(0)] if year == 2024 else [Decimal("0.004") * ((m % 3) - 1) for m in range(11)] + [Decimal(0)]
    return [q2(annual * (SEASON[m] + wobble[m])) for m in range(12)]


for indicator, (total23, total24) in LEVELS.items():
    d23 = split(total23, DISTRICT_SHARE, DISTRICT_TILT)
    d24 = split(total24, DISTRICT_SHARE, DISTRICT_TILT, growth_base=d23)
    for district, a23, a24 in zip(DISTRICTS, d23, d24):
        for year, annual in ((2023, a23), (2024, a24)):
            for month, value in enumerate(monthly_path(annual, year), start=1):
                add(indicator, district, f"{year}-{month:02d}", value)

for indicator, values in CITY_RATES_2024.items():
    for region, final in values.items():
        final = d(final)
        start23 = final - d("2.5") if region != "zhejiang" else final + d("1.0")
        for year in (2023, 2024):
            year_end = final if year == 2024 else start23
            for month in range(1, 13):
                # Year-to-date rates drift towards the year-end figure.
                drift = (d(12 - month) / d(12)) * d("1.6") * (1 if month % 2 else -1)
                add(indicator, region, f"{year}-{month:02d}", q2(year_end + drift))

for indicator, (others, huzhou) in CITY_ANNUAL_2024.items():
    for region, value in others.items():
        add(indicator, region, "2024", value)
    if huzhou is not None:
        add(indicator, "huzhou", "2024", huzhou)

for indicator, value in CITY_ANNUAL.items():
    add(indicator, "huzhou", "2024", value)

# 累计减轻企业负担: the city's year-to-date path to 242.3亿 (121.2% of the 200亿 plan), and each district's share of every month.
for month, value in enumerate(monthly_path(d("242.3"), 2024), start=1):
    add("burden-reduction", "huzhou", f"2024-{month:02d}", value)
    for district, part in zip(DISTRICTS, split(value, DISTRICT_SHARE, DISTRICT_TILT)):
        add("burden-reduction", district, f"2024-{month:02d}", part)


def split_whole(total, shares):
    """Whole units by largest remainder: the parts add up to the total exactly."""
    exact = [total * share for share in shares]
    parts = [int(x) for x in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in by_remainder[: int(total) - sum(parts)]:
        parts[i] += 1
    return parts


UNIT_OF = {i["code"]: i["unit"] for i in CATALOGUE}
WHOLE_UNITS = {"个", "家", "场次", "条", "台(套)", "台", "人", "场", "期", "次"}
for indicator in DISTRICT_ADDITIVE:
    total = d(CITY_ANNUAL[indicator])
    parts = split_whole(total, DISTRICT_SHARE) if UNIT_OF[indicator] in WHOLE_UNITS else split(total, DISTRICT_SHARE, DISTRICT_TILT)
    assert sum(parts) == total, indicator
    for district, part in zip(DISTRICTS, parts):
        add(indicator, district, "2024", part)

for indicator, parts in DISTRICT_COUNTS.items():
    assert sum(parts) == (CITY_ANNUAL_2024[indicator][1] if indicator in CITY_ANNUAL_2024 else CITY_ANNUAL[indicator]), indicator
    for district, part in zip(DISTRICTS, parts):
        add(indicator, district, "2024", part)

for indicator, values in DISTRICT_OWN.items():
    for district, value in zip(DISTRICTS, values):
        add(indicator, district, "2024", value)


codes = {i["code"] for i in CATALOGUE}

# Which indicators have district figures: typed for a district, counted from the registries (every record has its
# district), or a rate of components that all have them. The rest the catalogue marks city-only (只有全市数).
in_districts = {o["indicator"] for o in observations if o["region"] in DISTRICTS}
by_code = {i["code"]: i for i in CATALOGUE}


def has_district_figures(code):
    entry = by_code[code]
    if code in in_districts or "derived" in entry:
        return True
    return entry["aggregation"] in ("Ratio", "Growth") and all(has_district_figures(c) for c in entry.get("components", []))


for entry in CATALOGUE:
    if not has_district_figures(entry["code"]):
        entry["cityOnly"] = True
SECTIONS_ONE_TO_FOUR = [i["code"] for i in CATALOGUE[: [i["code"] for i in CATALOGUE].index("deep-coverage-trunk-lines") + 1]]
assert {c for c in SECTIONS_ONE_TO_FOUR if by_code[c].get("cityOnly")} == CITY_ONLY_REPORTED, \
    "an indicator of the report's sections 一 to 四 has no district figures"
assert all(o["indicator"] in codes for o in observations), "an observation names an indicator missing from the catalogue"
HUZHOU_REGIONS = {"huzhou", *DISTRICTS}
assert DERIVED <= codes and not any(o["indicator"] in DERIVED and o["region"] in HUZHOU_REGIONS for o in observations), \
    "a derived indicator is typed in the history for Huzhou or a district"


def write(name, payload):
    with open(os.path.join(SEEDS, name), "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, indent=1)
        f.write("\n")


write("indicator-catalogue.json", {
    "description": "指标目录 — every indicator the bureau's 2024 work report quotes, in the report's order. Generated by seeds/tools/generate_indicator_seeds.py.",
    "indicators": CATALOGUE,
})
write("indicator-history.json", {
    "description": "DEMO DATA (演示数据, invented): monthly 2023-2024 history for the districts, the other cities and the province, solved so that Huzhou's 2024 figures are the report's. Generated by seeds/tools/generate_indicator_seeds.py; stored with is_demo = true.",
    "observations": observations,
})
city_only = sum(1 for i in CATALOGUE if i.get("cityOnly"))
print(f"{len(CATALOGUE)} indicators ({city_only} city-only), {len(observations)} demo observations")
