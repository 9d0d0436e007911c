"""Regenerate the sample businesses: ``python -m realnet_kit.samples [--out DIR] [NAME ...]``.

Without ``--out`` the files go to ``datasets/`` of the source checkout. The seeds are
fixed, so running this twice gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from realnet_kit.samples import list_samples, write_samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m realnet_kit.samples", description="Regenerate the sample businesses."
    )
    parser.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"samples to write (default: all of {', '.join(list_samples())})",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        help="folder to write into (default: the checkout's datasets/)",
    )
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in list_samples()]
    if unknown:
        parser.error(
            f"no sample called {', '.join(unknown)}; choose from {', '.join(list_samples())}"
        )
    out = args.out
    if out is None:
        out = Path(__file__).resolve().parents[2] / "datasets"
        if not (out.parent / "pyproject.toml").is_file():
            parser.error("not running from a source checkout; pass --out DIR")
    write_samples(out, args.names or None)
    for name in args.names or list_samples():
        files = sorted((out / name / "exports").iterdir())
        size = sum(f.stat().st_size for f in files)
        print(f"{name}: {len(files)} export files, {size / 1e6:.2f} MB -> {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
