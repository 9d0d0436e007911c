"""The importers at the edges: a CRM's vCard dump, big JSON exports, legacy encodings.

Targets (issues 15 and 16), each printed as a ratio to a baseline measured in the same run:

* a vCard file of 150,000 small cards (about 8 MB) loads in seconds (it took 189 s when
  the cards were split in quadratic time): at most 10 s, printed against loading the same
  150,000 people from a two-column CSV;
* splitting the cards is linear: 150,000 cards take at most 40 times as long as 15,000
  (10x is linear, 100x quadratic);
* a JSON follower or friends file loads with peak memory, above the frame it returns, at
  most 1.5 times the file's size;
* a legacy-encoded address book (Shift-JIS here) is read right, in about the time of a
  UTF-8 one (printed as the ratio of the two).

These targets were checked by unit tests until issue 17; the tests now check what the
loaders return on small files, and the figures live here.

Each load runs in a fresh interpreter (so peaks do not mix)::

    python benchmarks/bench_importer_edges.py [--followers 1000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from realnet_kit.importers.vcard import split_cards

VCARD_SECONDS = 10.0
#: Splitting 10 times the cards may take at most this many times as long.
SPLIT_RATIO = 40.0
MEMORY_RATIO = 1.5
CARD = "BEGIN:VCARD\r\nFN:P {k}\r\nEMAIL:{k}@ex.io\r\nEND:VCARD\r\n"  # a CRM dump

_CHILD = """
import json, sys, time, tracemalloc, warnings
warnings.simplefilter("ignore")
from realnet_kit import load_export
path = sys.argv[1]
start = time.perf_counter()
frame = load_export(path)
seconds = time.perf_counter() - start
tracemalloc.start()
frame = None
frame = load_export(path)
kept, peak = tracemalloc.get_traced_memory()
print(json.dumps({"rows": len(frame), "seconds": seconds, "kept": kept, "peak": peak,
                  "first": str(frame["name"].iloc[0])}))
"""


def measure(path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_files(folder: Path, followers: int) -> dict[str, Path]:
    files = {}
    files["vcard"] = folder / "crm.vcf"
    files["vcard"].write_text("".join(CARD.format(k=k) for k in range(150_000)), newline="")
    files["vcard_csv"] = folder / "crm.csv"  # the baseline: the same people, plainly
    rows = "".join(f"P {k},{k}@ex.io\r\n" for k in range(150_000))
    files["vcard_csv"].write_text("name,email\r\n" + rows, newline="")
    files["instagram"] = folder / "followers_1.json"
    with open(files["instagram"], "w") as handle:
        records = (
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [
                    {
                        "href": f"https://www.instagram.com/user_{k:07d}",
                        "value": f"user_{k:07d}",
                        "timestamp": 1600000000 + k,
                    }
                ],
            }
            for k in range(followers)
        )
        json.dump(list(records), handle, indent=2)
    files["x"] = folder / "follower.js"
    records = [
        {"follower": {"accountId": str(10**9 + k), "userLink": f"https://x.com/i/{10**9 + k}"}}
        for k in range(followers)
    ]
    files["x"].write_text("window.YTD.follower.part0 = " + json.dumps(records, indent=2))
    del records
    files["facebook"] = folder / "your_friends.json"
    friends = [{"name": f"Friend Number {k}", "timestamp": 1600000000 + k} for k in range(200_000)]
    files["facebook"].write_text(json.dumps({"friends_v2": friends}, indent=2))
    rows = "".join(f"山田 太郎{k},taro{k}@example.jp,株式会社サンプル\r\n" for k in range(40_000))
    header = "Name,E-mail Address,Company\r\n"
    files["shift_jis"] = folder / "連絡先.csv"
    files["shift_jis"].write_bytes((header + rows).encode("cp932"))
    files["utf8"] = folder / "contacts.csv"
    files["utf8"].write_bytes((header + rows).encode("utf-8"))
    return files


def split_seconds(cards: int, repeat: int) -> float:
    """Best time of ``split_cards`` on ``cards`` CRM cards, in this interpreter."""
    text = "".join(CARD.format(k=k) for k in range(cards))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        count = len(split_cards(text))
        best = min(best, time.perf_counter() - start)
    assert count == cards, count
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=1_000_000)
    followers = parser.parse_args().followers
    ok = True
    small, big = split_seconds(15_000, 3), split_seconds(150_000, 2)
    ok &= big <= SPLIT_RATIO * small
    print(
        f"split_cards  150,000 cards {big:6.2f} s   baseline 15,000 cards {small:6.3f} s   "
        f"ratio {big / small:5.1f}x (linear 10x, target <= {SPLIT_RATIO:.0f}x)"
    )
    seconds = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = write_files(Path(tmp), followers)
        for kind, path in files.items():
            got = measure(path)
            seconds[kind] = got["seconds"]
            size = path.stat().st_size
            above = (got["peak"] - got["kept"]) / size
            line = (
                f"{kind:10} {size / 1e6:7.1f} MB  {got['rows']:>9,} rows  "
                f"{got['seconds']:6.2f} s  frame {got['kept'] / 1e6:6.0f} MB  "
                f"peak above frame {above:4.2f}x the file"
            )
            if kind == "vcard":
                ok &= got["seconds"] <= VCARD_SECONDS
            if kind == "vcard_csv":
                line += f"  baseline of vcard: ratio {seconds['vcard'] / got['seconds']:.1f}x"
            if kind in ("instagram", "x", "facebook"):
                ok &= above <= MEMORY_RATIO
            if kind == "shift_jis":
                ok &= got["first"] == "山田 太郎0"
                line += f"  first name {got['first']}"
            if kind == "utf8":
                line += (
                    f"  baseline of shift_jis: ratio {seconds['shift_jis'] / got['seconds']:.1f}x"
                )
            print(line)
    print(
        f"targets (vCard <= {VCARD_SECONDS:.0f} s, split <= {SPLIT_RATIO:.0f}x, "
        f"JSON <= {MEMORY_RATIO}x): "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
