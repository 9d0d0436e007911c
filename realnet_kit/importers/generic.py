"""Any CSV of people: a contact list, or an audit tool's / a research data set's profiles.

The delimiter (``,`` ``;`` tab ``|``) and encoding (UTF-8 with or without BOM, UTF-16,
cp1252) are sniffed. Columns are recognised by many common names (Twitter API v1.1's
``screen_name``, ``friends_count``, ``statuses_count``, ``default_profile_image``...;
Instagram data sets' ``#followers``, ``profile pic``...) and mapped to the contract's
columns and profile signals; every other column is kept as it is.

>>> recognised_columns(["id", "screen_name", "friends_count", "lang"])["following_count"]
'friends_count'
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections import Counter

import numpy as np
import pandas as pd

from realnet_kit.importers._frame import PLATFORMS, build_frame, slugify
from realnet_kit.importers._text import check_field_lengths, decode_bytes
from realnet_kit.importers.archive import Entry
from realnet_kit.importers.values import _text, parse_bools, parse_counts, parse_dates

_ADVICE = (
    "Save the sheet as 'CSV UTF-8' with a header row naming the columns (for "
    "example name, handle, email), then load that file."
)

#: Column names (lowercased, only letters and digits kept) recognised for each field,
#: most specific first.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "idstr", "userid", "accountid", "uid", "contactid"),
    "handle": (
        "screenname",
        "handle",
        "username",
        "username",
        "accountaddress",
        "login",
        "account",
        "user",
        "accountname",
        "twitterhandle",
        "instagramhandle",
    ),
    "name": ("name", "fullname", "displayname", "contactname", "contact", "person"),
    "first_name": ("firstname", "givenname", "first", "vorname", "prenom"),
    "last_name": ("lastname", "familyname", "surname", "last", "nachname", "nomdefamille"),
    "email": ("email", "emailaddress", "mail", "email1value", "emailaddresses"),
    "profile_url": ("profileurl", "profilelink", "userlink", "profile"),
    "company": (
        "company",
        "organization",
        "organisation",
        "organizationname",
        "employer",
        "firma",
        "unternehmen",
        "empresa",
        "entreprise",
        "societe",
        "azienda",
    ),
    "position": ("position", "jobtitle", "organizationtitle", "title", "role"),
    "platform": ("platform", "network", "site"),
    "followers_count": (
        "followerscount",
        "followers",
        "followercount",
        "nfollowers",
        "numfollowers",
        "userfollowercount",
        "edgefollowedby",
    ),
    "following_count": (
        "friendscount",
        "followingcount",
        "follows",
        "followscount",
        "nfollowing",
        "numfollowing",
        "userfollowingcount",
        "following",
    ),
    "posts_count": (
        "statusescount",
        "postscount",
        "posts",
        "mediacount",
        "tweetcount",
        "tweets",
        "usermediacount",
        "numposts",
        "statuses",
    ),
    "has_avatar": (
        "hasavatar",
        "hasprofilepic",
        "profilepic",
        "userhasprofilpic",
        "hasprofilepicture",
    ),
    "default_avatar": ("defaultprofileimage", "defaultavatar"),
    "bio": ("description", "bio", "biography", "about"),
    "account_created": ("createdat", "accountcreated", "created", "joined", "joindate"),
    "connected_on": ("connectedon", "followedon", "since"),
    "follows_me": ("followsme", "isfollower", "follower"),
    "i_follow": ("ifollow",),
}
_IDENTITY = ("id", "handle", "name", "first_name", "email", "profile_url")
_SIGNALS = (
    "followers_count",
    "following_count",
    "posts_count",
    "has_avatar",
    "default_avatar",
    "bio",
    "account_created",
)
_TIME_ALIASES = ("timestamp", "date", "datetime", "time", "when", "sentat", "createdat")
_DIRECTION_ALIASES = ("direction", "inout", "way")


def _key(column: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(column).lower())


def recognised_columns(columns: list[str]) -> dict[str, str]:
    """Map contract fields to the first matching column of ``columns`` (original name)."""
    by_key: dict[str, str] = {}
    for column in columns:
        by_key.setdefault(_key(column), column)
    found: dict[str, str] = {}
    used: set[str] = set()
    for field, aliases in ALIASES.items():
        for alias in aliases:
            if alias in by_key and by_key[alias] not in used:
                found[field] = by_key[alias]
                used.add(by_key[alias])
                break
    return found


def is_interactions_header(columns: list[str]) -> bool:
    """A log of interactions: a time column and a direction or kind column."""
    keys = {_key(c) for c in columns}
    has_time = any(a in keys for a in _TIME_ALIASES)
    has_person = "contactid" in keys or bool(
        set(recognised_columns(list(columns)))
        & {"id", "handle", "name", "first_name", "email", "profile_url"}
    )
    return (
        has_time and has_person and (any(a in keys for a in _DIRECTION_ALIASES) or "kind" in keys)
    )


def read_csv(entry: Entry) -> pd.DataFrame:
    """Read a CSV of unknown dialect and encoding as strings (empty cells stay empty)."""
    text = decode_bytes(entry.read(), entry)
    lines = text.lstrip("\ufeff").splitlines()
    start = 0
    while start < min(len(lines), 10) and (
        not lines[start].strip() or lines[start].lower().startswith(("notes:", '"'))
    ):
        start += 1  # a preamble such as LinkedIn's "Notes:"
    if start >= len(lines) or not any(line.strip() for line in lines):
        raise entry.error("the file is empty", _ADVICE)
    if start and "," not in lines[start] and ";" not in lines[start]:
        start = 0
    body = "\n".join(lines[start:])
    sample = body[:20000]
    try:
        delim = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        delim = max((",", ";", "\t", "|"), key=sample.split("\n", 1)[0].count)
    try:
        table = pd.read_csv(
            io.StringIO(body),
            sep=delim,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=True,
            engine="c",
        )
    except pd.errors.ParserError:
        table = _read_ragged(body, delim, entry, first_line=start + 1)
    except (pd.errors.EmptyDataError, csv.Error, ValueError) as exc:
        raise entry.error(f"the CSV cannot be read ({str(exc).strip()})", _ADVICE) from None
    table.columns = [str(c).strip().lstrip("\ufeff") for c in table.columns]
    for col in table.columns:
        check_field_lengths(table[col].tolist(), entry, f"cell of column '{col}'")
    return table


#: Rows that do not fit the file's usual number of fields are left out with a warning,
#: as long as they are at most this many, or this share of the rows; more than that and
#: the file is refused, since its columns can no longer be trusted.
RAGGED_ROWS_TOLERATED = 20
RAGGED_SHARE_TOLERATED = 0.01


def _read_ragged(body: str, delim: str, entry: Entry, first_line: int) -> pd.DataFrame:
    """Read a CSV whose rows do not all have the header's number of fields.

    Research data sets written by pandas carry an unnamed index column in every row but
    the header; a file cut by hand or by a crash may hold a broken first or last row. The
    number of fields most rows have decides: one more than the header means a leading
    index column, and rows of any other length are left out and named in a warning.
    """
    try:
        rows = [row for row in csv.reader(io.StringIO(body), delimiter=delim) if row]
    except csv.Error as exc:
        raise entry.error(f"the CSV cannot be read ({str(exc).strip()})", _ADVICE) from None
    header, data = rows[0], rows[1:]
    if not data:
        raise entry.error("the file has a header but no rows", _ADVICE)
    usual = Counter(len(row) for row in data).most_common(1)[0][0]
    if usual == len(header) + 1:
        header = ["row", *header]  # pandas' unnamed index column
    if usual != len(header):
        raise entry.error(
            f"most rows have {usual} fields but the header names {len(header)} columns",
            _ADVICE,
        )
    odd = [k for k, row in enumerate(data) if len(row) != usual]
    if len(odd) > max(RAGGED_ROWS_TOLERATED, RAGGED_SHARE_TOLERATED * len(data)):
        raise entry.error(
            f"{len(odd):,} of its {len(data):,} rows do not have the {usual} fields the "
            "others have, so its columns cannot be trusted (it may have been cut or edited "
            "by hand)",
            "Export the table again from the program that made it, as CSV, and load that file.",
        )
    if odd:
        where = ", ".join(str(first_line + 1 + k) for k in odd[:10])
        warnings.warn(
            f"{entry.path}: left out {len(odd)} row(s) that do not fit the columns "
            f"(line {where}); every other row was read",
            stacklevel=3,
        )
    odd_set = set(odd)
    kept = [row for k, row in enumerate(data) if k not in odd_set]
    return pd.DataFrame(kept, columns=header, dtype="object").astype(str)


def load_contacts(found: dict[str, list[Entry]]) -> list[pd.DataFrame]:
    """One frame per CSV, ids ``<platform>:<id|handle|email|name slug>``."""
    return [contacts_from_table(read_csv(entry), entry) for entry in found.get("profiles", [])]


def _clean(series: pd.Series | None) -> list | None:
    if series is None:
        return None
    return [(v.strip() or None) if isinstance(v, str) else None for v in series.tolist()]


def contacts_from_table(table: pd.DataFrame, entry: Entry) -> pd.DataFrame:
    """Map a table's columns to a contact frame, keeping the unrecognised ones."""
    cols = recognised_columns(list(table.columns))
    if not cols:
        raise entry.error(
            "no column of this CSV names a person (expected a column such as name, handle, "
            f"username, screen_name or email; found {', '.join(map(str, table.columns[:8]))})",
            _ADVICE,
        )
    n = len(table)
    get = {f: _clean(table[c]) for f, c in cols.items()}
    names = get.get("name")
    if names is None and ("first_name" in get or "last_name" in get):
        firsts = get.get("first_name") or [None] * n
        lasts = get.get("last_name") or [None] * n
        names = [" ".join(p for p in pair if p) or None for pair in zip(firsts, lasts, strict=True)]
    handles = [h.lstrip("@") if h else None for h in get.get("handle") or [None] * n]
    emails = get.get("email") or [None] * n
    emails = [e.split(" ::: ")[0].strip() if e else None for e in emails]
    ids_col = get.get("id") or [None] * n
    platforms = [
        p.lower()
        if p and p.lower() in PLATFORMS
        else ("x" if p and p.lower() == "twitter" else None)
        for p in (get.get("platform") or [None] * n)
    ]
    ids, keyed = [], []
    for k in range(n):
        plat = platforms[k] or "csv"
        key = _account_key(plat, ids_col[k], handles[k], emails[k])
        keyed.append(key is not None)
        ids.append(
            f"{plat}:{key}"
            if key
            else f"{plat}:" + (slugify(names[k]) if names and names[k] else f"row-{k + 1}")
        )
    signals = _signals(get, table, cols)
    mapped = set(cols.values())
    extra = {c: _extra(table[c], c) for c in table.columns if c not in mapped}
    frame = build_frame(
        "csv",
        keyed=keyed,
        contact_id=ids,
        handle=handles,
        name=names,
        profile_url=get.get("profile_url"),
        email=emails,
        company=get.get("company"),
        position=get.get("position"),
        follows_me=parse_bools(table[cols["follows_me"]]) if "follows_me" in cols else None,
        i_follow=parse_bools(table[cols["i_follow"]]) if "i_follow" in cols else None,
        connected_on=parse_dates(table[cols["connected_on"]]) if "connected_on" in cols else None,
        extra=extra,
        **signals,
    )
    frame["platform"] = pd.array([p or "csv" for p in platforms], dtype="string")
    frame["_enrich"] = np.array([p is not None for p in platforms])
    return frame


def _account_key(
    platform: str, uid: str | None, handle: str | None, email: str | None
) -> str | None:
    if platform in ("instagram", "mastodon") and handle:
        return handle.lower()
    if uid:
        return uid.removesuffix(".0") if re.fullmatch(r"\d+\.0", uid) else uid
    if handle:
        return handle.lower()
    if email:
        return email.lower()
    return None


def _signals(get: dict, table: pd.DataFrame, cols: dict[str, str]) -> dict:
    out: dict = {}
    for field in ("followers_count", "following_count", "posts_count"):
        if field in cols:
            out[field] = parse_counts(table[cols[field]])
    if "has_avatar" in cols:
        out["has_avatar"] = parse_bools(table[cols["has_avatar"]])
    elif "default_avatar" in cols:
        out["has_avatar"] = ~parse_bools(table[cols["default_avatar"]])
    if "bio" in cols:
        out["bio"] = get["bio"]
    if "account_created" in cols:
        out["account_created"] = parse_dates(table[cols["account_created"]])
    return out


#: Unrecognised columns read as flags when they hold only 0/1/blank marks.
FLAG_NAMES = {
    "defaultprofile",
    "geoenabled",
    "verified",
    "protected",
    "private",
    "externalurl",
    "istranslator",
    "contributorsenabled",
    "fake",
    "isfake",
    "bot",
    "isbot",
    "label",
    "profileusebackgroundimage",
    "profilebackgroundtile",
}


_FLAG_TOKENS = {"true", "false", "1", "0", "1.0", "0.0", "yes", "no", "t", "f"}
_FLAG_WORDS = {"true", "false", "yes", "no", "t", "f"}


def _extra(series: pd.Series, name: str) -> pd.api.extensions.ExtensionArray:
    """Keep an unrecognised column, typed as counts, flags, or text."""
    text = _text(series)
    present = text[text != ""]
    tokens = set(present.unique())
    key = _key(name)
    flag_like = key in FLAG_NAMES or key.startswith(("is", "has"))
    if flag_like and tokens <= _FLAG_TOKENS:
        return parse_bools(series)
    if tokens:
        numbers = pd.to_numeric(present, errors="coerce")
        if numbers.notna().all() and (numbers == numbers.round()).all():
            return parse_counts(series)
        if tokens <= _FLAG_TOKENS and tokens & _FLAG_WORDS:
            return parse_bools(series)
    cleaned = _clean(series)
    return pd.array(np.array(cleaned, dtype=object), dtype="string")
