#!/usr/bin/env python3
"""Writes seeds/demo-listings.json: DEMO DATA, the listing status (上市情况) of the demo enterprises.

Run after generate_demo_enterprises.py and generate_demo_figures.py: the listed enterprises are exactly those the demo
figures certify as Phoenix (凤凰, listed), so the pyramid's listed count and its phoenix row agree — 62 listed by the end
of 2024, six of them listed in 2024 ("新增上市企业6家,累计达62家"). Every listing is invented (exchange, stock code,
date) except those in KNOWN, which are public facts as far as the author knows them and are marked "invented": false.
Listing dates respect the service's rules: not before the founding date, not before the board opened, and for the
phoenix certifications dated 2020 on or before 2020-06-29 wherever the founding date allows it.
Deterministic: the same file comes out every time.
"""
import datetime as dt
import json
import random
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent
rng = random.Random(20240630)

# Public listings of named enterprises (the demo registers their Huzhou entities; these are the listed companies' facts).
KNOWN = {
    "莱宝高科(湖州)": ("szse-main", "002106", "2007-01-12", "深圳莱宝高科技股份有限公司, 002106.SZ (former SME board, now 深交所主板)"),
    "天能集团": ("hkex", "00819", "2007-06-11", "天能动力国际 0819.HK"),
}
# Boards, the weight they get among invented listings, and the first day anything could list there.
BOARDS = {
    "sse-main": (34, dt.date(1992, 1, 1)),
    "szse-main": (24, dt.date(1992, 1, 1)),
    "szse-chinext": (16, dt.date(2009, 10, 30)),
    "sse-star": (11, dt.date(2019, 7, 22)),
    "bse": (4, dt.date(2021, 11, 15)),
    "hkex": (8, dt.date(1992, 1, 1)),
    "overseas": (3, dt.date(1992, 1, 1)),
}
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
BEFORE_2020_CERTIFICATION = dt.date(2020, 6, 29)
LAST_BEFORE_2024 = dt.date(2023, 12, 29)


def prefixes(board, listed_on):
    """The code ranges a board was handing out when the listing happened."""
    if board == "sse-main":
        return ["600"] if listed_on < dt.date(2006, 1, 1) else ["600", "601"] if listed_on < dt.date(2011, 1, 1) \
            else ["601", "603"] if listed_on < dt.date(2020, 1, 1) else ["601", "603", "605"]
    if board == "szse-main":
        return ["000"] if listed_on < dt.date(2004, 5, 27) else ["002"] if listed_on < dt.date(2021, 4, 6) else ["001", "002", "003"]
    if board == "szse-chinext":
        return ["300"] if listed_on < dt.date(2021, 1, 1) else ["300", "301"]
    return {"sse-star": ["688"], "bse": ["920"]}[board]


def stock_code(board, listed_on, used):
    while True:
        if board == "hkex":
            code = f"{rng.randint(1, 9999):05d}"
        elif board == "overseas":
            code = "".join(rng.choice(LETTERS) for _ in range(4))
        else:
            code = rng.choice(prefixes(board, listed_on)) + f"{rng.randint(0, 999):03d}"
        if (board, code) not in used:
            used.add((board, code))
            return code


def day_between(first, last):
    return first + dt.timedelta(days=rng.randint(0, (last - first).days))


def main():
    enterprises = {e["creditCode"]: e for e in
                   json.loads((SEEDS / "demo-enterprises.json").read_text(encoding="utf-8"))["enterprises"]}
    certifications = json.loads((SEEDS / "demo-enterprise-figures.json").read_text(encoding="utf-8"))["certifications"]
    phoenix = [c for c in certifications if c["tierCode"] == "phoenix"]
    used = {(board, code) for board, code, _, _ in KNOWN.values()}
    listings = []
    for c in phoenix:
        e = enterprises[c["creditCode"]]
        founded = dt.date.fromisoformat(e["foundedOn"])
        if e["nameZh"] in KNOWN:
            board, code, listed_on, note = KNOWN[e["nameZh"]]
            listings.append({"creditCode": e["creditCode"], "exchange": board, "stockCode": code, "listedOn": listed_on,
                             "invented": False, "note": note})
            continue
        if c["year"] == 2024:
            window = (max(founded + dt.timedelta(days=365), dt.date(2024, 1, 2)), dt.date(2024, 6, 28))
        elif founded + dt.timedelta(days=365) <= BEFORE_2020_CERTIFICATION:
            window = (max(founded + dt.timedelta(days=365), dt.date(1993, 1, 1)), BEFORE_2020_CERTIFICATION)
        else:
            # Founded too late to have listed by the 2020 certification date the demo figures give it: listed before 2024.
            window = (founded + dt.timedelta(days=365), LAST_BEFORE_2024)
        boards = [b for b, (_, opened) in BOARDS.items() if opened <= window[1]]
        board = rng.choices(boards, weights=[BOARDS[b][0] for b in boards])[0]
        listed_on = day_between(max(window[0], BOARDS[board][1]), window[1])
        listings.append({"creditCode": e["creditCode"], "exchange": board, "stockCode": stock_code(board, listed_on, used),
                         "listedOn": listed_on.isoformat(), "invented": True})

    out = SEEDS / "demo-listings.json"
    out.write_text(json.dumps({
        "description": "DEMO DATA. The listing status (上市情况) of demo enterprises: the enterprises the demo figures certify "
                       "as Phoenix (凤凰), 62 listed by the end of 2024, six of them in 2024. Entries with \"invented\": true "
                       "are made up (exchange, stock code and date); the others are public facts about the listed company "
                       "the named enterprise belongs to. Enterprises not in this file are not listed. "
                       "Generated by seeds/tools/generate_demo_listings.py.",
        "demo": True,
        "listings": listings,
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
