"""Writers of small fictional exports in the platforms' real layouts, for the importer tests.

Every person here is invented. Names carry accents, non-Latin scripts, emoji, commas and
quotes on purpose.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

PEOPLE = [
    "Zoë Ødegård",
    "山田 太郎",
    'Ana "Nena" López',
    "Brennan, Jr. O'Hara",
    "Kai 🎸 Tanaka",
    "Мария Иванова",
]


def mojibake(text: str) -> str:
    """Write text the way Facebook and Instagram do: UTF-8 bytes as latin-1 characters."""
    return text.encode("utf-8").decode("latin-1")


def ytd(name: str, part: int, records: list) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(records, indent=2)


def write_x_archive(
    path: Path, followers=("101", "102", "103"), following=("103", "104"), with_dms=True, parts=1
) -> Path:
    owner = "999"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Your archive.html", "<!DOCTYPE html><html></html>")
        chunk = max(1, -(-len(followers) // parts))
        for k in range(parts):
            rows = [
                {
                    "follower": {
                        "accountId": a,
                        "userLink": f"https://twitter.com/intent/user?user_id={a}",
                    }
                }
                for a in followers[k * chunk : (k + 1) * chunk]
            ]
            name = "data/follower.js" if k == 0 else f"data/follower-part{k}.js"
            zf.writestr(name, ytd("follower", k, rows))
        zf.writestr(
            "data/following.js",
            ytd(
                "following",
                0,
                [
                    {
                        "following": {
                            "accountId": a,
                            "userLink": f"https://twitter.com/intent/user?user_id={a}",
                        }
                    }
                    for a in following
                ],
            ),
        )
        zf.writestr(
            "data/account.js",
            ytd(
                "account",
                0,
                [
                    {
                        "account": {
                            "email": "owner@example.org",
                            "createdVia": "web",
                            "username": "bakery_owner",
                            "accountId": owner,
                            "createdAt": "2012-03-04T10:00:00.000Z",
                            "accountDisplayName": "Sonnen Bäckerei",
                        }
                    }
                ],
            ),
        )
        if with_dms:
            zf.writestr(
                "data/direct-messages.js",
                ytd(
                    "direct_messages",
                    0,
                    [
                        {
                            "dmConversation": {
                                "conversationId": f"101-{owner}",
                                "messages": [
                                    {
                                        "messageCreate": {
                                            "recipientId": "101",
                                            "senderId": owner,
                                            "id": "2",
                                            "text": "Danke!",
                                            "createdAt": "2024-02-02T09:00:00.000Z",
                                        }
                                    },
                                    {
                                        "messageCreate": {
                                            "recipientId": owner,
                                            "senderId": "101",
                                            "id": "1",
                                            "text": 'Do you deliver, "today"?',
                                            "createdAt": "2024-02-01T08:00:00.000Z",
                                        }
                                    },
                                ],
                            }
                        }
                    ],
                ),
            )
            zf.writestr(
                "data/direct-messages-group.js",
                ytd(
                    "direct_messages_group",
                    0,
                    [
                        {
                            "dmConversation": {
                                "conversationId": "g1",
                                "messages": [
                                    {
                                        "joinConversation": {
                                            "initiatingUserId": "102",
                                            "participantsSnapshot": [owner, "102", "103"],
                                            "createdAt": "2024-03-01T08:00:00.000Z",
                                        }
                                    },
                                    {
                                        "messageCreate": {
                                            "senderId": owner,
                                            "text": "Hi both",
                                            "createdAt": "2024-03-01T09:00:00.000Z",
                                        }
                                    },
                                ],
                            }
                        }
                    ],
                ),
            )
    return path


def ig_follower(handle: str, ts: int, new=False) -> dict:
    if new:
        return {
            "title": handle,
            "string_list_data": [
                {"href": f"https://www.instagram.com/_u/{handle}", "timestamp": ts}
            ],
        }
    return {
        "title": "",
        "media_list_data": [],
        "string_list_data": [
            {"href": f"https://www.instagram.com/{handle}", "value": handle, "timestamp": ts}
        ],
    }


def write_instagram_archive(
    path: Path,
    generation="2024",
    followers=("ana.lopez", "kai_t"),
    following=("kai_t", "zoe.o"),
    inbox=True,
) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if generation == "2021":
            base = "followers_and_following/"
            zf.writestr(
                base + "followers.json",
                json.dumps(
                    {
                        "relationships_followers": [
                            ig_follower(h, 1600000000 + k) for k, h in enumerate(followers)
                        ]
                    }
                ),
            )
            zf.writestr(
                base + "following.json",
                json.dumps(
                    {
                        "relationships_following": [
                            ig_follower(h, 1600000100 + k) for k, h in enumerate(following)
                        ]
                    }
                ),
            )
            inbox_root = "messages/inbox/"
        else:
            base = "connections/followers_and_following/"
            zf.writestr(
                base + "followers_1.json",
                json.dumps(
                    [ig_follower(h, 1700000000 + k) for k, h in enumerate(followers)], indent=2
                ),
            )
            zf.writestr(
                base + "following.json",
                json.dumps(
                    {
                        "relationships_following": [
                            ig_follower(h, 1700000100 + k, new=generation == "2024")
                            for k, h in enumerate(following)
                        ]
                    },
                    indent=2,
                ),
            )
            inbox_root = "your_instagram_activity/messages/inbox/"
        zf.writestr(
            "personal_information/personal_information/personal_information.json",
            json.dumps(
                {
                    "profile_user": [
                        {
                            "string_map_data": {
                                "Username": {"value": "sonne.baeckerei"},
                                "Name": {"value": mojibake("Sonne Bäckerei")},
                            }
                        }
                    ]
                }
            ),
        )
        if inbox:
            zf.writestr(
                inbox_root + "kait_1234567890/message_1.json",
                json.dumps(
                    {
                        "participants": [
                            {"name": mojibake("Kai 🎸 Tanaka")},
                            {"name": mojibake("Sonne Bäckerei")},
                        ],
                        "messages": [
                            {
                                "sender_name": mojibake("Sonne Bäckerei"),
                                "timestamp_ms": 1700000300000,
                                "content": mojibake("Gern geschehen 😊"),
                            },
                            {
                                "sender_name": mojibake("Kai 🎸 Tanaka"),
                                "timestamp_ms": 1700000200000,
                                "content": mojibake("Grüße! Are you open on Sunday?"),
                            },
                        ],
                        "title": mojibake("Kai 🎸 Tanaka"),
                        "is_still_participant": True,
                    }
                ),
            )
    return path


CONNECTIONS_2020 = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Zoë,Ødegård,https://www.linkedin.com/in/zoe-odegard-1a2b,zoe@example.org,"
    '"Sonne, Mond & Sterne GmbH",Designer,07 Mar 2021\n'
    'Ana,"""Nena"" López",https://www.linkedin.com/in/ana-lopez,,Café Luna,"Owner, Chef",'
    "15 Jan 2019\n"
    "太郎,山田,https://www.linkedin.com/in/taro-yamada,,,,01 Feb 2024\n"
    "Kai,Tanaka,,,Band 🎸,Drummer,28 Feb 2020\n"
)
CONNECTIONS_OLD = (
    "First Name,Last Name,Email Address,Company,Position,Connected On\n"
    "Mary,O'Hara,mary@example.org,Hara Bakes,Owner,3/7/17\n"
    "Mary,O'Hara,,Other Co,Clerk,4/8/18\n"
)
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER\n"
    "c1,,Zoë Ødegård,https://www.linkedin.com/in/zoe-odegard-1a2b,Lea Sonne,"
    'https://www.linkedin.com/in/lea-sonne,2023-05-02 14:03:11 UTC,,"Hi Lea, can we talk?",INBOX\n'
    "c1,,Lea Sonne,https://www.linkedin.com/in/lea-sonne,Zoë Ødegård,"
    "https://www.linkedin.com/in/zoe-odegard-1a2b,2023-05-03 09:00:00 UTC,,Sure!,INBOX\n"
    'c2,Team,Lea Sonne,https://www.linkedin.com/in/lea-sonne,"Ana ""Nena"" López,山田 太郎",'
    '"https://www.linkedin.com/in/ana-lopez,https://www.linkedin.com/in/taro-yamada",'
    "2023-06-01 10:00:00 UTC,,Kickoff,INBOX\n"
)
PROFILE = (
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
    "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
    "Lea,Sonne,,,,Baker,,Food,,Berlin,,,\n"
)


def write_linkedin_archive(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", CONNECTIONS_2020)
        zf.writestr("messages.csv", MESSAGES)
        zf.writestr("Profile.csv", PROFILE)
        zf.writestr("Invitations.csv", "From,To,Sent At,Message,Direction\n")
    return path


def write_facebook_archive(path: Path, generation="2024") -> Path:
    friends = [{"name": mojibake(n), "timestamp": 1500000000 + k} for k, n in enumerate(PEOPLE)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        if generation == "2024":
            zf.writestr(
                "connections/friends/your_friends.json", json.dumps({"friends_v2": friends})
            )
            inbox = "your_activity_across_facebook/messages/inbox/"
            zf.writestr(
                "profile_information/profile_information.json",
                json.dumps({"profile_v2": {"name": {"full_name": mojibake("Lea Sonne")}}}),
            )
        else:
            zf.writestr("friends/friends.json", json.dumps({"friends": friends}))
            inbox = "messages/inbox/"
            zf.writestr(
                inbox + "bo_1/message_1.json",
                json.dumps(
                    {
                        "participants": [{"name": "Bo"}, {"name": "Lea Sonne"}],
                        "messages": [
                            {"sender_name": "Bo", "timestamp_ms": 1600000900000, "content": "Hej"}
                        ],
                    }
                ),
            )
        zf.writestr(
            inbox + "zoedegard_abc/message_1.json",
            json.dumps(
                {
                    "participants": [{"name": mojibake("Zoë Ødegård")}, {"name": "Lea Sonne"}],
                    "messages": [
                        {
                            "sender_name": mojibake("Zoë Ødegård"),
                            "timestamp_ms": 1600000000000,
                            "content": mojibake("Hallo 👋"),
                        }
                    ],
                }
            ),
        )
        zf.writestr(
            inbox + "group_xyz/message_1.json",
            json.dumps(
                {
                    "participants": [
                        {"name": mojibake("Zoë Ødegård")},
                        {"name": "Lea Sonne"},
                        {"name": mojibake("山田 太郎")},
                    ],
                    "messages": [
                        {
                            "sender_name": "Lea Sonne",
                            "timestamp_ms": 1600000500000,
                            "content": "Party on Friday",
                        }
                    ],
                }
            ),
        )
    return path


def test_fixture_writers_produce_readable_zips(tmp_path):
    for writer in (
        write_x_archive,
        write_instagram_archive,
        write_linkedin_archive,
        write_facebook_archive,
    ):
        path = writer(tmp_path / f"{writer.__name__}.zip")
        with zipfile.ZipFile(path) as zf:
            assert zf.testzip() is None
