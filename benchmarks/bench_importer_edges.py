"""The importers at the edges: a CRM's vCard dump, big JSON exports, legacy encodings.

Targets (issues 15 and 16):

* a vCard file of 150,000 small cards (about 8 MB) loads in seconds (it took 189 s when
  the cards were split in quadratic time);
* a JSON follower or friends file loads with peak memory, above the frame it returns, at
  most 1.5 times the file's size;
* a legacy-encoded address book (Shift-JIS here) is read right, in about the time of a
  UTF-8 one.

Each measurement runs in a fresh interpreter (so peaks do not mix)::

    python benchmarks/bench_importer_edges.py [--followers 1000000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

VCARD_SECONDS = 10.0
MEMORY_RATIO = 1.5

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
    card = "BEGIN:VCARD\r\nFN:P {k}\r\nEMAIL:{k}@ex.io\r\nEND:VCARD\r\n"
    files["vcard"] = folder / "crm.vcf"
    files["vcard"].write_text("".join(card.format(k=k) for k in range(150_000)), newline="")
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=1_000_000)
    followers = parser.parse_args().followers
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        files = write_files(Path(tmp), followers)
        for kind, path in files.items():
            got = measure(path)
            size = path.stat().st_size
            above = (got["peak"] - got["kept"]) / size
            line = (
                f"{kind:10} {size / 1e6:7.1f} MB  {got['rows']:>9,} rows  "
                f"{got['seconds']:6.2f} s  frame {got['kept'] / 1e6:6.0f} MB  "
                f"peak above frame {above:4.2f}x the file"
            )
            if kind == "vcard":
                ok &= got["seconds"] <= VCARD_SECONDS
            if kind in ("instagram", "x", "facebook"):
                ok &= above <= MEMORY_RATIO
            if kind == "shift_jis":
                ok &= got["first"] == "山田 太郎0"
                line += f"  first name {got['first']}"
            print(line)
    print(
        f"targets (vCard <= {VCARD_SECONDS:.0f} s, JSON <= {MEMORY_RATIO}x): "
        f"{'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
