"""Benchmark: a 100,000-line WhatsApp chat and a 20,000-message Gmail mailbox.

A small business's busiest chat holds tens of thousands of lines, and a Gmail Takeout
of a few years tens of thousands of messages; both should load as interactions in a
couple of seconds. The chat is a group of five written the Android way (some messages
over several lines, one member shown by number); the mailbox is written the way Gmail
Takeout writes it, eight messages in ten multipart (plain and HTML), one in ten with a
30 kB attachment. Wall and CPU seconds are printed (on a shared machine, CPU time is the
steadier number), with peak memory.

Each load is printed as a ratio to a baseline measured in the same run on the same file:
for the chat, one regular expression over its lines and ``pandas.to_datetime`` on the
stamps (what any parser of the format must at least do); for the mailbox, the standard
library's ``mailbox.mbox`` reading each message's From, To and Date.

Target (checked by a unit test until issue 17): a 100,000-line chat loads with
``load_interactions`` in at most 2 s of CPU. The mailbox has no target of its own.

Run on demand (it writes about 7 MB and 210 MB into a temporary folder)::

    python benchmarks/bench_chat_mail.py
    python benchmarks/bench_chat_mail.py --lines 300000 --messages 5000
"""

from __future__ import annotations

import argparse
import base64
import mailbox
import random
import re
import resource
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

from realnet_kit import load_export, load_interactions

#: Seconds a 100,000-line chat may take to load as interactions.
TARGET_CHAT_SECONDS = 2.0
#: Runs of each load; the best is reported.
REPEATS = 3

_PEOPLE = ["Ada Obi", "Inês Carvalho", "\u202a+351 912 345 678\u202c", "Kofi Mensah", "Jonas Weber"]


def write_chat(path: Path, lines: int) -> None:
    rng = random.Random(1)
    out, k = [], 0
    while len(out) < lines:
        day, minute = divmod(k, 300)
        k += 1
        stamp = f"{day % 28 + 1:02d}/{day // 28 % 12 + 1:02d}/{2019 + day // 336}"
        who = rng.choice(_PEOPLE)
        out.append(f"{stamp}, {minute // 60 + 8:02d}:{minute % 60:02d} - {who}: message {k}")
        if k % 10 == 0:
            out.append("and a second line of the same message")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_mailbox(path: Path, messages: int) -> None:
    rng = random.Random(2)
    people = [(f"Person {k}", f"p{k}@example.org") for k in range(300)]
    owner = ("Inês Carvalho", "ines@example.com")
    text = ("Hello, this is about the order for Saturday. " * 8 + "\n") * 6
    body = base64.encodebytes(text.encode()).decode()
    photo = base64.encodebytes(rng.randbytes(30_000)).decode()
    with path.open("w", encoding="utf-8") as handle:
        for k in range(messages):
            other = rng.choice(people)
            sent = k % 3 == 0
            frm, to = (owner, other) if sent else (other, owner)
            when = time.gmtime(1.6e9 + k * 3600)
            head = (
                f"From 1{k}@xxx {time.strftime('%a %b %d %H:%M:%S +0000 %Y', when)}\n"
                f"X-GM-THRID: 1{k}\nX-Gmail-Labels: {'Sent' if sent else 'Inbox,Opened'}\n"
                f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', when)}\n"
                f"From: {frm[0]} <{frm[1]}>\nTo: {to[0]} <{to[1]}>\nSubject: Order {k}\n"
            )
            if k % 10 in (1, 2):
                handle.write(f"{head}Content-Type: text/plain; charset=UTF-8\n\n{text}\n")
                continue
            second = (
                'Content-Type: image/jpeg; name="a.jpg"\nContent-Disposition: attachment\n'
                f"Content-Transfer-Encoding: base64\n\n{photo}"
                if k % 10 == 0
                else f"Content-Type: text/html; charset=UTF-8\n\n<p>{text}</p>\n"
            )
            handle.write(
                f"{head}MIME-Version: 1.0\n"
                f'Content-Type: multipart/alternative; boundary="b{k}"\n\n--b{k}\n'
                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                f"{body}--b{k}\n{second}--b{k}--\n\n"
            )


_LINE = re.compile(r"^(\d\d/\d\d/\d{4}), (\d\d:\d\d) - ([^:]+): (.*)$", re.MULTILINE)


def chat_baseline(path: Path) -> pd.DataFrame:
    """The least any reader of the chat does: one pattern over its lines, stamps parsed."""
    found = _LINE.findall(path.read_text(encoding="utf-8"))
    frame = pd.DataFrame(found, columns=["date", "time", "sender", "text"])
    stamps = frame["date"] + " " + frame["time"]
    return frame.assign(timestamp=pd.to_datetime(stamps, format="%d/%m/%Y %H:%M", utc=True))


def mailbox_baseline(path: Path) -> list[tuple]:
    """The standard library reading each message's sender, recipients and date."""
    return [(m["From"], m["To"], m["Date"]) for m in mailbox.mbox(path, create=False)]


def _timed(label: str, load, path: Path, baseline: float | None = None, **kwargs) -> float:
    """Best wall and CPU seconds of :data:`REPEATS` runs; returns the CPU seconds.

    The loaders run on one thread, so on an idle machine wall time is CPU time; on a
    shared one, CPU time is what the loader itself costs. With ``baseline`` (CPU
    seconds), the ratio to it is printed too.
    """
    walls, cpus = [], []
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows = len(load(path, **kwargs))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    ratio = "  baseline" if baseline is None else f"  ratio {min(cpus) / baseline:5.1f}x"
    print(f"  {label:<30} {rows:>9,} rows  {min(walls):6.2f} s wall  {min(cpus):6.2f} s CPU{ratio}")
    return min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="realnet-bench-chat-") as tmp:
        chat = Path(tmp) / "WhatsApp Chat with Market Crew.txt"
        write_chat(chat, args.lines)
        mbox = Path(tmp) / "All mail Including Spam and Trash.mbox"
        write_mailbox(mbox, args.messages)
        print(f"WhatsApp chat: {args.lines:,} lines, {chat.stat().st_size / 1e6:.1f} MB")
        base = _timed("regex + to_datetime", chat_baseline, chat)
        owner = "Inês Carvalho"
        took = _timed("load_interactions(owner=...)", load_interactions, chat, base, owner=owner)
        _timed("load_export(owner=...)", load_export, chat, base, owner=owner)
        print(f"mbox: {args.messages:,} messages, {mbox.stat().st_size / 1e6:.0f} MB")
        base = _timed("mailbox.mbox headers", mailbox_baseline, mbox)
        _timed("load_interactions", load_interactions, mbox, base)
        _timed("load_export", load_export, mbox, base)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ok = took <= TARGET_CHAT_SECONDS * args.lines / 100_000
    print(
        f"peak memory {peak:.0f} MB; chat {'within' if ok else 'OVER'} target "
        f"({TARGET_CHAT_SECONDS} s of CPU per 100,000 lines)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
