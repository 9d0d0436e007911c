"""The thresholds of the suspicious-account rules, in one place to explain and tune.

Each number is the line a rule of :data:`realnet_kit.audit.SUSPICION_RULES` draws, with
where it comes from. The checks read them from here each time they run, so a facilitator
can change one (``realnet_kit.audit.thresholds.FEW_FOLLOWERS = 20``) and audit again.
"""

from __future__ import annotations

# An account is flagged when the weights of its rules add up to this or more.
SUSPICION_THRESHOLD = 3.5

# "Quiet account" signals (few followers, few posts, empty profile...) describe shy
# people as well as bought accounts, so together they add at most this much: being
# quiet is never enough on its own; it takes a sign of a bought pattern as well.
GROUP_CAPS: dict[str, float] = {"quiet": 2.0, "handle": 1.0}

# Counts (thresholds from the rule sets Cresci et al. 2015 evaluated).
FEW_FOLLOWERS = 30  # Camisani-Calzolari: a real account has at least 30 followers
FEW_POSTS = 50  # Camisani-Calzolari: ... and has posted at least 50 times
ACTIVE_POSTS = 1000  # bought accounts average 20-135 tweets, people over 1,000
LIKES_POSTS = 10  # likes other people's posts: bought accounts stay passive
MANY_FOLLOWING = 250  # sellers' accounts follow 216-864 on average (Cresci 2015)
SOME_FOLLOWING = 100
FAR_MORE_RATIO = 10  # follows ten times more accounts than follow it
MORE_RATIO = 3  # State of Search: followers should be at least half the friends
# Socialbakers' fake-follower check: following 50 accounts (or more) for each follower.
# Counted only from FIFTY_FOLD_MIN_FOLLOWING follows (sellers' accounts average 216-864,
# Cresci 2015) and while likes stay under FIFTY_FOLD_MAX_LIKES: in a real labelled sample
# no person did this, but lurkers who follow hundreds and like a lot are people.
FIFTY_FOLD_RATIO = 50
FIFTY_FOLD_MIN_FOLLOWING = 500
FIFTY_FOLD_MAX_LIKES = 50
# Never liking a post weighs more from this many follows on: people who follow few often
# never liked anything (about one in five real people in Cresci et al.'s data), but an
# account that reads a hundred others and never likes one post is passive like a bought one.
PASSIVE_MIN_FOLLOWING = 100
SPAM_MIN_POSTS = 3000
SPAM_MIN_FOLLOWING = 1000
SPAM_RATIO = 5
# "Silent follower": every quiet signal at once on an account whose profile counts are
# known. Each alone describes many shy people; all five together (fewer than
# FEW_FOLLOWERS followers, fewer than FEW_POSTS posts, on nobody's list, at most
# SILENT_MAX_LIKES likes, following SILENT_RATIO times more than follow it, at least
# SILENT_MIN_FOLLOWING of them) describe the typical bought follower of Cresci et al.
# (2015), and seldom a person: people who follow fifty accounts also like and get listed.
SILENT_MIN_FOLLOWING = 50
SILENT_MAX_LIKES = 2  # a lurker who likes a handful of posts is not silent
SILENT_RATIO = 2  # State of Search: followers should be at least half the friends

# Follows arriving in one clock minute count as a burst when there are at least this
# many of them AND this many times more than the account's average follows per minute.
BURST_MIN_ACCOUNTS = 5
BURST_RATE_FACTOR = 20
# Accounts created within the same hour count as a batch on the same terms.
BATCH_MIN_ACCOUNTS = 5
BATCH_RATE_FACTOR = 20
# A batch this big is, alone, beyond chance: among people who joined over years, ten
# accounts made in one hour is vanishingly unlikely (bought followers from one order are).
BIG_BATCH_ACCOUNTS = 10

# Handle shapes that machines produce when they register accounts in bulk.
DIGIT_SHARE = 0.5  # "mostly digits"
NUMBER_TAIL_DIGITS = 5  # "anna_k482913": a name with a long number glued on
# A handle this short is "mostly digits" only because the name in it is short ("bo12"):
# such handles are not judged, so people with two-letter names are not singled out.
DIGIT_HANDLE_MIN_LENGTH = 6
# No rule reads the letters of a handle: runs of consonants ("mtsvrtneli", "szczepanski")
# are how Georgian, Polish or German names are spelt, not a sign of a machine.

# Words in a display name that advertise what the account sells (whole words, any case).
# No rule reads them (the verdict stays blind to names); a flagged account whose name says
# one leads notebook 01's table, with the word as its first reason:
# follower and engagement sellers, crypto and get-rich schemes, giveaways. A person's name
# seldom says any of them; spam accounts' names often say nothing else. A word that a
# small business uses for itself ("shop", "bakery", "studio") never belongs here.
SELLING_WORDS: tuple[str, ...] = (
    "followers", "likes", "growth", "promo", "boost", "forex", "crypto", "nft", "web3",
    "giveaway", "deals", "passive income", "signals", "casino", "betting",
)  # fmt: skip
