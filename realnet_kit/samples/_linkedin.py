"""LinkedIn's "Get a copy of your data" archive: ``Basic_LinkedInDataExport_MM-DD-YYYY.zip``.

``Connections.csv`` starts with the 2020+ ``Notes:`` preamble (a quoted note and a blank
line) before the header, or is a bare header in older archives (then without ``URL``);
``messages.csv`` lists every message newest first; ``Profile.csv`` describes the owner.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from realnet_kit.samples._common import csv_bytes, linkedin_date, write_zip
from realnet_kit.samples._people import Person, Thread

LINKEDIN_NOTE = (
    "\"Some email addresses may be missing below. A connection's email address is only "
    "included when that connection has chosen to let their connections see or download "
    'it, under the email visibility setting of their account."'
)


@dataclass
class Connection:
    person: Person
    slug: str  # the /in/<slug> part of the profile URL
    when: datetime
    show_email: bool


def _url(slug: str) -> str:
    return f"https://www.linkedin.com/in/{slug}"


def write_linkedin(
    path: Path,
    *,
    owner: Person,
    owner_slug: str,
    headline: str,
    connections: list[Connection],
    threads: list[Thread],
    slugs: dict[str, str],
    when: datetime,
    with_notes: bool = True,
) -> Path:
    """Write a LinkedIn archive zip; ``slugs`` maps person id -> profile slug."""
    conns = sorted(connections, key=lambda c: c.when, reverse=True)
    header = [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    rows = [
        (
            c.person.display.get("linkedin_first", c.person.name.given),
            c.person.display.get("linkedin_last", c.person.name.family),
            _url(c.slug),
            c.person.email if c.show_email else "",
            c.person.company or "",
            c.person.position or "",
            linkedin_date(c.when),
        )
        for c in conns
    ]
    if not with_notes:
        header.remove("URL")
        rows = [(r[0], r[1], *r[3:]) for r in rows]
    body = csv_bytes(header, rows)
    if with_notes:
        body = b"Notes:\n" + LINKEDIN_NOTE.encode() + b"\n\n" + body
    members = {"Connections.csv": body}

    owner_name = owner.name.full
    msg_rows = []
    for n, thread in enumerate(threads):
        slug = slugs[thread.person.pid]
        thread.contact_id = f"linkedin:{unquote(slug).lower()}"
        other = thread.person.display.get("linkedin", thread.person.name.full)
        token = hashlib.sha256(f"{owner_slug}/{slug}/{n}".encode()).digest()[:30]
        conv = "2-" + base64.b64encode(token).decode()
        for m in thread.messages:
            if m.direction == "in":
                frm, frm_url, to, to_url = other, _url(slug), owner_name, _url(owner_slug)
            else:
                frm, frm_url, to, to_url = owner_name, _url(owner_slug), other, _url(slug)
            msg_rows.append(
                (
                    m.when,
                    conv,
                    "",
                    frm,
                    frm_url,
                    to,
                    to_url,
                    m.when.strftime("%Y-%m-%d %H:%M:%S UTC"),
                    "",
                    m.text,
                    "INBOX",
                )
            )
    msg_rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    members["messages.csv"] = csv_bytes(
        [
            "CONVERSATION ID",
            "CONVERSATION TITLE",
            "FROM",
            "SENDER PROFILE URL",
            "TO",
            "RECIPIENT PROFILE URLS",
            "DATE",
            "SUBJECT",
            "CONTENT",
            "FOLDER",
        ],
        [r[1:] for r in msg_rows],
    )
    members["Profile.csv"] = csv_bytes(
        [
            "First Name",
            "Last Name",
            "Maiden Name",
            "Address",
            "Birth Date",
            "Headline",
            "Summary",
            "Industry",
            "Zip Code",
            "Geo Location",
            "Twitter Handles",
            "Websites",
            "Instant Messengers",
        ],
        [
            (
                owner.name.given,
                owner.name.family,
                "",
                "",
                "",
                headline,
                "",
                "Design Services",
                "",
                owner.city or "",
                "",
                "",
                "",
            )
        ],
    )
    return write_zip(path / f"Basic_LinkedInDataExport_{when:%m-%d-%Y}.zip", members, when)


# fmt: off
