#!/usr/bin/env python3
"""How many gold event locations get coordinates, and in the right country.

    python bench/eval_places.py WAREHOUSE GOLD.jsonl [GOLD.jsonl ...]

Gold events carry ``location`` (the ISO3 code of the country where the event took place, or
null). Each gold event with a location is paired with the predicted event of its document that
score.py would match it to (same type, a shared actor, overlapping dates; undated predictions
are paired when no dated one is). Reported per gold file and in total:

- ``paired``: gold locations with a predicted event at all (the extractor's recall);
- ``with_coordinates``: of those, the share whose predicted event has a latitude/longitude;
- ``in_gold_country``: of those, the share located in the gold country (the extractor's venue);
- ``all_predicted``: share of every predicted event with a location text or country that got
  coordinates (the geocoder alone).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

import duckdb

def _date(value) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(str(value)[:10])


def _predicted(warehouse: Path) -> dict[str, list[dict]]:
    con = duckdb.connect()
    rows = con.execute(f"""
        select d.source_id, e.event_type, e.date_start, e.date_end, e.participants,
               e.location_text, e.location_country, e.location_latitude, e.location_geonames_id
        from read_parquet('{warehouse}/events/*.parquet', union_by_name=true) e
        join read_parquet('{warehouse}/documents/*.parquet', union_by_name=true) d using (doc_id)
    """).fetchall()
    out: dict[str, list[dict]] = {}
    for src, etype, d0, d1, parts, text, country, lat, gid in rows:
        out.setdefault(src, []).append(dict(
            type=etype, d0=d0, d1=d1 or d0, actors=set(parts or []), text=text, country=country,
            located=lat is not None, geonames_id=gid))
    return out


def _pair(gold: dict, preds: list[dict]) -> dict | None:
    g0, g1 = _date(gold["date_start"]), _date(gold["date_end"])
    same = [p for p in preds if p["type"] == gold["type"] and p["actors"] & set(gold["actors"])]
    dated = [p for p in same if p["d0"] and g0 and p["d0"] <= g1 and g0 <= p["d1"]]
    undated = [p for p in same if p["d0"] is None]
    return (dated or undated or [None])[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("warehouse", type=Path)
    ap.add_argument("gold", type=Path, nargs="+")
    args = ap.parse_args()
    preds = _predicted(args.warehouse.resolve())
    total = dict(gold_locations=0, paired=0, with_coordinates=0, in_gold_country=0)
    for path in args.gold:
        counts = dict.fromkeys(total, 0)
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for g in doc["events"]:
                if not g.get("location"):
                    continue
                counts["gold_locations"] += 1
                p = _pair(g, preds.get(doc["doc_id"], []))
                if p is None:
                    continue
                counts["paired"] += 1
                if p["located"]:
                    counts["with_coordinates"] += 1
                    counts["in_gold_country"] += p["country"] == g["location"]
        for k in total:
            total[k] += counts[k]
        print(path.name, _report(counts))
    print("total", _report(total))
    located = [p for ps in preds.values() for p in ps if p["text"] or p["country"]]
    share = sum(p["located"] for p in located) / len(located) if located else 0.0
    print(f"all predicted events with a location: {len(located)}, with coordinates {share:.3f}")


def _report(c: dict) -> str:
    paired = c["paired"] or 1
    return (f"gold locations {c['gold_locations']}, paired {c['paired']}, with coordinates "
            f"{c['with_coordinates'] / paired:.3f}, in the gold country "
            f"{c['in_gold_country'] / paired:.3f}")


if __name__ == "__main__":
    main()
