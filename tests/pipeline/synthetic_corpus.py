"""A small synthetic Arabic news corpus for the orchestration tests.

The sentences are written for these tests (not taken from any news site or the eval files).
Every document combines an actor pair, a kind of meeting, a date phrase and a place, and ends
with a numbered line, so all documents are distinct and their doc_ids differ.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

N_DOCS = 30  # the size the orchestration tests use
BATCH_SIZE = 5
N_BATCHES = -(-N_DOCS // BATCH_SIZE)

PAIRS = [
    ("وزير الخارجية المغربي", "نظيره الإسباني"),
    ("الرئيس التونسي", "رئيس الوزراء الإيطالي"),
    ("وزير الخارجية الأردني", "نظيره المصري"),
    ("ولي العهد السعودي", "الرئيس الكوري الجنوبي"),
    ("رئيس المجلس الرئاسي الليبي", "وزير الداخلية التونسي"),
]
ACTIONS = [
    "التقى {a} مع {b} {d} في {p}، وبحث الجانبان سبل تعزيز التعاون الثنائي.",
    "أجرى {a} اتصالا هاتفيا مع {b} {d}، تناول خلاله آخر التطورات في المنطقة.",
    "يزور {a} {p} {d} حيث يجري مباحثات رسمية مع {b}.",
    "أعلنت الرئاسة تأجيل زيارة {a} إلى {p} التي كانت مقررة {d} للقاء {b}.",
    "وقّع {a} و{b} {d} في {p} مذكرة تفاهم في مجال الطاقة المتجددة.",
    "ألغى {a} لقاءه المرتقب مع {b} الذي كان مقررا {d} في {p}.",
]
DATES = ["يوم الأحد الماضي", "يوم 14 مارس 2024", "الخميس المقبل", "أمس الثلاثاء",
         "في الثالث من أبريل الماضي", "يومي 21 و22 مايو الجاري"]
PLACES = ["الرباط", "تونس العاصمة", "القاهرة", "الرياض", "طرابلس", "عمّان", "مدريد"]
CLOSING = "وأكد البيان المشترك أهمية مواصلة التنسيق بين البلدين في القضايا الإقليمية."


def documents(n: int = N_DOCS) -> list[dict]:
    """``n`` distinct documents as feed records (id, text, published)."""
    start = dt.date(2024, 3, 20)
    docs = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        action = ACTIONS[i % len(ACTIONS)]
        lead = action.format(a=a, b=b, d=DATES[(i // 2) % len(DATES)], p=PLACES[i % len(PLACES)])
        text = f"{lead}\n{CLOSING}\nنشرة رقم {i + 1} من الأخبار الدبلوماسية."
        docs.append({"id": f"synthetic-{i + 1:03d}", "text": text,
                     "published": (start + dt.timedelta(days=i % 9)).isoformat()})
    return docs


def write_corpus(folder: Path, n: int = N_DOCS) -> Path:
    """Write ``n`` documents as one JSON-lines feed under ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "feed.jsonl").open("w", encoding="utf-8") as fh:
        for doc in documents(n):
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return folder
