"""Big synthetic X and Instagram archives for benchmarks (written on demand, never committed).

The files stream into the zip in chunks, so a million followers need little memory.
The layout is the same as the sample archives: X ``data/follower.js`` (then
``follower-part1.js``...), Instagram ``followers_1.json`` (then ``followers_2.json``...).
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from realnet_kit.samples._common import iso_ms, meta_json, x_js

#: Entries per file before the archive starts a new part (both platforms).
LARGE_PART_SIZE = 250_000
#: Entries formatted per write to the zip stream.
CHUNK = 20_000
WHEN = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)
PLATFORMS = ("x", "instagram")


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(WHEN.year, WHEN.month, WHEN.day, 12, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o100644 << 16
    # Fast deflate: the attribute is ``_compresslevel`` before Python 3.13.
    setattr(info, "compress_level" if hasattr(info, "compress_level") else "_compresslevel", 1)
    return info


def _x_ids(n: int, rng: random.Random, offset: int) -> Iterator[str]:
    base = 1_200_000_000_000_000_000 + offset
    for i in range(n):
        yield (
            str(base + i * 4_194_304 + rng.randrange(4096))
            if i % 5
            else str(40_000_000 + offset + i)
        )


def _ig_names(n: int, rng: random.Random, offset: int) -> Iterator[str]:
    stems = ["sun", "mila", "jo", "kai", "lea", "rio", "ana", "tom", "ivy", "max", "noa", "eli"]
    for i in range(n):
        yield f"{rng.choice(stems)}{'._'[i % 2]}{offset + i:07d}"


def _stream(zf: zipfile.ZipFile, name: str, head: str, items: Iterator[str], tail: str) -> None:
    with zf.open(_info(name), "w", force_zip64=True) as out:
        out.write(head.encode())
        buf: list[str] = []
        first = True
        for item in items:
            buf.append(item if first else ",\n" + item)
            first = False
            if len(buf) >= CHUNK:
                out.write("".join(buf).encode())
                buf.clear()
        out.write("".join(buf).encode())
        out.write(tail.encode())


def _parts(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + LARGE_PART_SIZE] for i in range(0, len(ids), LARGE_PART_SIZE)] or [[]]


def _write_x(zf: zipfile.ZipFile, followers: list[str], following: list[str]) -> None:
    for kind, ids in (("follower", followers), ("following", following)):
        for n, part in enumerate(_parts(ids)):
            name = f"data/{kind}.js" if n == 0 else f"data/{kind}-part{n}.js"
            items = (
                f'  {{\n    "{kind}" : {{\n      "accountId" : "{a}",\n      "userLink" : '
                f'"https://twitter.com/intent/user?user_id={a}"\n    }}\n  }}'
                for a in part
            )
            _stream(zf, name, f"window.YTD.{kind}.part{n} = [\n", items, "\n]")
    zf.writestr(
        _info("data/account.js"),
        x_js(
            "account",
            [
                {
                    "account": {
                        "email": "bench@example.net",
                        "createdVia": "web",
                        "username": "benchmark_band",
                        "accountId": "99999999",
                        "createdAt": iso_ms(datetime(2012, 1, 1, tzinfo=UTC)),
                        "accountDisplayName": "Benchmark Band",
                    }
                }
            ],
        ),
    )
    zf.writestr(_info("data/direct-messages.js"), x_js("direct_messages", []))


def _write_instagram(
    zf: zipfile.ZipFile, followers: list[str], following: list[str], stamp: int
) -> None:
    base = "connections/followers_and_following/"
    for n, part in enumerate(_parts(followers), start=1):
        items = (
            '  {\n    "title": "",\n    "media_list_data": [],\n    "string_list_data": [\n'
            f'      {{\n        "href": "https://www.instagram.com/{u}",\n        "value": '
            f'"{u}",\n        "timestamp": {stamp - i}\n      }}\n    ]\n  }}'
            for i, u in enumerate(part)
        )
        _stream(zf, f"{base}followers_{n}.json", "[\n", items, "\n]")
    items = (
        f'    {{\n      "title": "{u}",\n      "string_list_data": [\n        {{\n'
        f'          "href": "https://www.instagram.com/_u/{u}",\n          "timestamp": '
        f"{stamp - i}\n        }}\n      ]\n    }}"
        for i, u in enumerate(following)
    )
    _stream(zf, f"{base}following.json", '{\n  "relationships_following": [\n', items, "\n  ]\n}")
    zf.writestr(
        _info("personal_information/personal_information/personal_information.json"),
        meta_json(
            {
                "profile_user": [
                    {
                        "string_map_data": {
                            "Username": {"href": "", "value": "benchmark.band", "timestamp": 0},
                            "Name": {"href": "", "value": "Benchmark Band", "timestamp": 0},
                        }
                    }
                ]
            }
        ),
    )


def write_large_archive(
    platform: str,
    path: Path | str,
    followers: int = 1_000_000,
    following: int = 10_000,
    seed: int = 0,
) -> Path:
    """Write a big X or Instagram archive zip and return its path.

    Parameters
    ----------
    platform
        ``"x"`` or ``"instagram"``.
    path
        A folder (the zip gets a platform-like name inside it) or a ``.zip`` file path.
    followers, following
        How many accounts follow the owner, and how many the owner follows (half of
        them, at most, are also followers).
    seed
        Seed of the generator: the same seed gives the same archive.

    Examples
    --------
    >>> import tempfile
    >>> zip_path = write_large_archive("x", tempfile.mkdtemp(), followers=1000, following=10)
    >>> zip_path.suffix
    '.zip'
    """
    if platform not in PLATFORMS:
        raise ValueError(
            f"write_large_archive writes 'x' or 'instagram' archives, not "
            f"{platform!r}. Pass platform='x' or platform='instagram'."
        )
    if followers < 0 or following < 0:
        raise ValueError("followers and following must be zero or more.")
    rng = random.Random(seed)
    path = Path(path)
    if path.suffix.lower() != ".zip":
        name = (
            "twitter-2024-06-01-benchmark.zip"
            if platform == "x"
            else "instagram-benchmark.band-2024-06-01-benchmark.zip"
        )
        path = path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    make = _x_ids if platform == "x" else _ig_names
    fol = list(make(followers, rng, 0))
    mutual = min(following // 2, followers)
    fwg = fol[:mutual] + list(make(following - mutual, rng, followers + 1))
    with zipfile.ZipFile(path, "w", compresslevel=1, allowZip64=True) as zf:
        if platform == "x":
            _write_x(zf, fol, fwg)
        else:
            _write_instagram(zf, fol, fwg, int(WHEN.timestamp()))
    return path
