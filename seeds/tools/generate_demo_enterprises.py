#!/usr/bin/env python3
"""Writes seeds/demo-enterprises.json: DEMO DATA, invented for the platform's first start.

Derived from the bureau's 2024 report: only the names in NAMED (the enterprises it mentions: the three MIIT 5G
factories 泰普森/欧诗漫/启航汽车, 天能集团, and the projects of 莱宝高科/三一高空机械/深蓝精密). Their credit codes,
districts, industries and founding dates are invented (valid under GB 32100-2015, not the real registrations).
Invented: every other enterprise (fictitious names), and how many there are — COUNT is sized so that the demo
project portfolio (about 2,000 projects, seeds/tools/generate_demo_projects.py) comes to a few projects per enterprise.
Deterministic: the same file comes out every time; the first 320 enterprises are those of earlier versions.
"""
import json
import random
from pathlib import Path

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
DIVISIONS = {"wuxing": "330502", "nanxun": "330503", "deqing": "330521", "changxing": "330522",
             "anji": "330523", "nantaihu": "330501"}
# District weights roughly follow the number of above-scale enterprises.
DISTRICT_WEIGHTS = {"wuxing": 18, "nanxun": 17, "deqing": 18, "changxing": 22, "anji": 15, "nantaihu": 10}
CHAINS = {
    "nev": ("C3670", ["汽车零部件", "新能源动力", "电驱科技", "车用电子"]),
    "smart-logistics": ("C3434", ["智能物流装备", "叉车", "输送机械", "仓储设备"]),
    "semiconductor": ("C3972", ["半导体", "光电科技", "微电子", "芯材"]),
    "biomedicine": ("C2720", ["生物医药", "药业", "医疗器械", "生物科技"]),
    "advanced-materials": ("C2653", ["新材料", "高分子材料", "特种纤维", "复合材料"]),
    "green-energy": ("C3825", ["光伏科技", "储能科技", "新能源", "绿能"]),
    "geospatial": ("I6531", ["地理信息", "遥感科技", "测绘科技", "北斗导航"]),
    "smart-home": ("C2110", ["智能家居", "家具", "椅业", "智能家电"]),
    "dyeing": ("C1713", ["印染", "纺织", "丝绸"]),
    "cement": ("C3011", ["水泥", "建材"]),
    "casting": ("C3391", ["铸造", "精密铸件"]),
    "childrens-wear": ("C1811", ["童装", "服饰"]),
    "elevators": ("C3435", ["电梯", "扶梯部件"]),
}
CHAIN_WEIGHTS = {"nev": 14, "smart-logistics": 9, "semiconductor": 8, "biomedicine": 7, "advanced-materials": 12,
                 "green-energy": 9, "geospatial": 3, "smart-home": 10, "dyeing": 6, "cement": 3, "casting": 5,
                 "childrens-wear": 8, "elevators": 6}
NAMED = [
    ("天能集团", "Tianneng Group", "changxing", "green-energy", "C3841", "1986-08-01"),
    ("欧诗漫集团", "OSM Group", "deqing", "biomedicine", "C2682", "1967-05-01"),
    ("泰普森实业集团", "Hengfeng Taipusen Industrial Group", "wuxing", "smart-home", "C2110", "1998-03-01"),
    # Founded before its listed parent's 2007 listing (seeds/demo-listings.json), which the registry requires.
    ("莱宝高科(湖州)", "Laibao Hi-Tech (Huzhou)", "nantaihu", "semiconductor", "C3974", "1992-06-01"),
    ("启航汽车", "Qihang Automobile", "nantaihu", "nev", "C3612", "2019-06-01"),
    ("三一高空机械", "Sany Aerial Work Machinery", "nantaihu", "smart-logistics", "C3432", "2020-04-01"),
    ("深蓝精密", "Shenlan Precision", "changxing", "nev", "C3670", "2018-10-01"),
]
PREFIXES = ["湖州", "浙江", "德清", "长兴", "安吉", "南浔", "吴兴"]
CORE = "华鼎恒通瑞锦宏泰晟联创达盛兴诚佳嘉振远腾飞信安和润宇耀明凯博"
SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司"]
COUNT = 600


def credit_code(rng, district):
    body = "91" + DIVISIONS[district] + "".join(rng.choice(ALPHABET) for _ in range(9))
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def main():
    rng = random.Random(20241231)
    enterprises, names, codes = [], set(), set()

    def add(name_zh, name_en, district, chain, industry, founded):
        code = credit_code(rng, district)
        while code in codes:
            code = credit_code(rng, district)
        codes.add(code)
        names.add(name_zh)
        enterprises.append({"creditCode": code, "nameZh": name_zh, "nameEn": name_en, "districtCode": district,
                            "industryCode": industry, "chainCode": chain, "foundedOn": founded})

    for named in NAMED:
        add(*named)
    while len(enterprises) < COUNT:
        district = rng.choices(list(DISTRICT_WEIGHTS), weights=list(DISTRICT_WEIGHTS.values()))[0]
        chain = rng.choices(list(CHAIN_WEIGHTS), weights=list(CHAIN_WEIGHTS.values()))[0]
        industry, trades = CHAINS[chain]
        name = rng.choice(PREFIXES) + rng.choice(CORE) + rng.choice(CORE) + rng.choice(trades) + rng.choice(SUFFIXES)
        if name in names:
            continue
        pinyin_free = f"Demo Enterprise {len(enterprises) + 1:03d}"
        founded = f"{rng.randint(1985, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        add(name, pinyin_free, district, chain, industry, founded)

    out = Path(__file__).resolve().parent.parent / "demo-enterprises.json"
    out.write_text(json.dumps({
        "description": "DEMO DATA. Invented for the platform's first start: codes, figures and districts are not real "
                       "registrations. Named enterprises are those the bureau's 2024 report mentions. "
                       "Generated by seeds/tools/generate_demo_enterprises.py.",
        "demo": True,
        "enterprises": enterprises,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
