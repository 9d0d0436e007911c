"""Address books and follow lists: Google Contacts CSV, phone vCards, Mastodon.

* Google Contacts CSV in the 2023+ header (``E-mail 1 - Label``, ``Organization Name``)
  or the older one (``Given Name``, ``E-mail 1 - Type``, ``Organization 1 - Name``);
  several values in one cell are joined by `` ::: ``.
* vCard 3.0 as an iPhone shares "All contacts": CRLF, lines folded at 75 octets.
* Mastodon ``following_accounts.csv``, with header (2019+) or as a bare list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from realnet_kit.samples._common import csv_bytes, write_file
from realnet_kit.samples._people import Person

GOOGLE_NEW = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
    "E-mail 1 - Label",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "Phone 1 - Label",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Address 1 - Label",
    "Address 1 - Formatted",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - PO Box",
    "Address 1 - Region",
    "Address 1 - Postal Code",
    "Address 1 - Country",
    "Address 1 - Extended Address",
    "Website 1 - Label",
    "Website 1 - Value",
]
# fmt: on
# fmt: off
GOOGLE_OLD = [
    "Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
    "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials",
    "Nickname", "Short Name", "Maiden Name", "Birthday", "Gender", "Location",
    "Billing Information", "Directory Server", "Mileage", "Occupation", "Hobby", "Sensitivity",
    "Priority", "Subject", "Notes", "Language", "Photo", "Group Membership", "E-mail 1 - Type",
    "E-mail 1 - Value", "E-mail 2 - Type", "E-mail 2 - Value", "Phone 1 - Type",
    "Phone 1 - Value", "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street",
    "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
    "Address 1 - Country", "Address 1 - Extended Address", "Organization 1 - Type",
    "Organization 1 - Name", "Organization 1 - Yomi Name", "Organization 1 - Title",
    "Organization 1 - Department", "Organization 1 - Symbol", "Organization 1 - Location",
    "Organization 1 - Job Description", "Website 1 - Type", "Website 1 - Value",
]
# fmt: on


@dataclass
class AddressCard:
    """One address-book entry: the fields Google Contacts and vCards share."""

    person: Person
    given: str
    family: str
    emails: list[str]
    phones: list[str]
    labels: list[str]
    note: str = ""
    nickname: str = ""

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}".strip()


def write_google_csv(path: Path, cards: list[AddressCard], *, new_header: bool = True) -> Path:
    rows = []
    for c in cards:
        p = c.person
        e1 = " ::: ".join(c.emails[:2]) if len(c.emails) > 2 else (c.emails[0] if c.emails else "")
        e2 = c.emails[2] if len(c.emails) > 2 else (c.emails[1] if len(c.emails) == 2 else "")
        ph = " ::: ".join(c.phones)
        labels = " ::: ".join(["* myContacts", *c.labels])
        if new_header:
            row = {
                "First Name": c.given,
                "Last Name": c.family,
                "Nickname": c.nickname,
                "Organization Name": p.company or "",
                "Organization Title": p.position or "",
                "Notes": c.note,
                "Labels": labels,
                "E-mail 1 - Label": "* Work" if e1 else "",
                "E-mail 1 - Value": e1,
                "E-mail 2 - Label": "Home" if e2 else "",
                "E-mail 2 - Value": e2,
                "Phone 1 - Label": "Mobile" if ph else "",
                "Phone 1 - Value": ph,
                "Address 1 - City": p.city or "",
            }
            rows.append([row.get(h, "") for h in GOOGLE_NEW])
        else:
            row = {
                "Name": c.full,
                "Given Name": c.given,
                "Family Name": c.family,
                "Nickname": c.nickname,
                "Notes": c.note,
                "Group Membership": labels,
                "E-mail 1 - Type": "* Work" if e1 else "",
                "E-mail 1 - Value": e1,
                "E-mail 2 - Type": "Home" if e2 else "",
                "E-mail 2 - Value": e2,
                "Phone 1 - Type": "Mobile" if ph else "",
                "Phone 1 - Value": ph,
                "Address 1 - City": p.city or "",
                "Organization 1 - Name": p.company or "",
                "Organization 1 - Title": p.position or "",
            }
            rows.append([row.get(h, "") for h in GOOGLE_OLD])
    header = GOOGLE_NEW if new_header else GOOGLE_OLD
    return write_file(path, csv_bytes(header, rows, crlf=True))


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def write_vcards(path: Path, cards: list[AddressCard], *, prodid: str) -> Path:
    """Write all cards into one ``.vcf`` the way a phone shares its address book."""
    lines: list[str] = []
    for c in cards:
        p = c.person
        lines += [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"PRODID:{prodid}",
            f"N:{_esc(c.family)};{_esc(c.given)};;;",
            f"FN:{_esc(c.full)}",
        ]
        if c.nickname:
            lines.append(f"NICKNAME:{_esc(c.nickname)}")
        if p.company:
            lines.append(f"ORG:{_esc(p.company)};")
        if p.position:
            lines.append(f"TITLE:{_esc(p.position)}")
        for i, e in enumerate(c.emails):
            kind = "WORK" if i == 0 and p.company else "HOME"
            pref = ";type=pref" if i == 0 else ""
            lines.append(f"EMAIL;type=INTERNET;type={kind}{pref}:{e}")
        for i, t in enumerate(c.phones):
            lines.append(f"TEL;type=CELL;type=VOICE{';type=pref' if i == 0 else ''}:{t}")
        if c.note:
            lines.append(f"NOTE:{_esc(c.note)}")
        lines.append("END:VCARD")
    text = "\r\n".join(_fold(line) for line in lines) + "\r\n"
    return write_file(path, text.encode("utf-8"))


def write_mastodon(
    path: Path, accounts: list[tuple[str, bool, bool]], *, with_header: bool = True
) -> Path:
    """``accounts`` holds (user@server, show boosts, notify on new posts)."""
    if with_header:
        data = csv_bytes(
            ["Account address", "Show boosts", "Notify on new posts", "Languages"],
            [(a, "true" if b else "false", "true" if n else "false", "") for a, b, n in accounts],
        )
    else:
        data = "".join(f"{a}\n" for a, _, _ in accounts).encode()
    return write_file(path, data)
