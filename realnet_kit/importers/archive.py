"""Read exports from a file, a folder, a zip or a tar, member by member, in memory.

Nothing is ever extracted to disk. Before a member is expanded its declared size and
compression ratio are checked, the bytes actually read are capped, and members whose
names climb out of the archive (``..``) or are absolute are refused.

>>> import io, zipfile, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with zipfile.ZipFile(folder / "a.zip", "w") as zf:
...     zf.writestr("data/follower.js", "window.YTD.follower.part0 = []")
>>> with open_entries(folder / "a.zip") as entries:
...     [e.name for e in entries]
['data/follower.js']
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import struct
import sys
import tarfile
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from realnet_kit.errors import ExportFormatError

#: Largest single member (uncompressed) read whole into memory: 2 GiB. Members that are
#: streamed (a Takeout mailbox is often several GB) are not held to it: the archive's own
#: declared size bounds what they give, and the compression-ratio check still applies.
MAX_MEMBER_BYTES = 2 * 1024**3
#: Largest compression ratio accepted for a member bigger than RATIO_CHECK_FROM. Text
#: exports compress 5-30x; zip bombs compress about 1000x.
MAX_RATIO = 250
RATIO_CHECK_FROM = 1024**2
#: Largest total the whole archive may declare (real archives with videos are big).
MAX_ARCHIVE_BYTES = 200 * 1024**3
#: Most members an archive may hold.
MAX_MEMBERS = 500_000
#: Most files looked at inside one folder (its subfolders included).
MAX_FOLDER_FILES = 200_000
#: Largest single file (or archive member) read into memory: 1 GiB. Real follower and
#: contact files stay far below; reading a bigger one would take more memory than a
#: notebook on Binder (2 GB) has, so it is refused before a byte is read.
MAX_READ_BYTES = 1024**3
#: Members at least this big get a progress bar while they are read.
PROGRESS_FROM_BYTES = 32 * 1024**2
_CHUNK = 8 * 1024**2

#: What a damaged archive member raises while it is read.
_DAMAGED = (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError, zlib.error)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_SKIP_DIRS = {"__MACOSX", ".git", ".ipynb_checkpoints", "__pycache__"}


@dataclass
class Entry:
    """One file to look at: a file on disk, or a member of a zip or tar archive."""

    path: Path
    member: str | None
    size: int
    _open: Callable[[], Any] = field(repr=False)
    _head: bytes | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        """The member name inside the archive, else the file name."""
        return self.member if self.member is not None else self.path.name

    @property
    def basename(self) -> str:
        return PurePosixPath(self.name).name

    def error(self, problem: str, advice: str) -> ExportFormatError:
        """An :class:`ExportFormatError` that names this file (and member)."""
        return ExportFormatError(self.path, problem, advice, member=self.member)

    def head(self, n: int = 8192) -> bytes:
        """The first ``n`` bytes, read without expanding the rest."""
        if self._head is None or len(self._head) < min(n, self.size):
            with self._opened() as handle:
                self._head = handle.read(n)
        return self._head[:n]

    def open_stream(self) -> _Limited:
        """A binary handle for reading bit by bit, never past the declared size."""
        self.check_size()
        try:
            handle = self._open()
        except (*_DAMAGED, NotImplementedError, RuntimeError) as exc:
            raise OSError(str(exc)) from None
        return _Limited(handle, self)

    def check_size(self) -> None:
        """Refuse, in words, a file too big to read into memory."""
        if self.size > MAX_READ_BYTES:
            raise self.error(
                f"the file is {self.size / 1024**3:.1f} GB, more than the "
                f"{MAX_READ_BYTES / 1024**3:.0f} GB the workshop reads (a platform's "
                "follower or contact file is far smaller; reading this one would take more "
                "memory than the notebook has)",
                "Check that this is the file the platform gave you. If it is a whole "
                "archive unpacked, load the platform's .zip itself instead.",
            )

    def read(self) -> bytes:
        """All bytes, read in chunks, never more than the declared size."""
        self.check_size()
        limit = self.size
        show = self.size >= PROGRESS_FROM_BYTES
        bar = progress_bar(total=self.size, desc=f"Reading {self.basename}") if show else None
        chunks, got = [], 0
        try:
            with self._opened() as handle:
                while True:
                    chunk = handle.read(_CHUNK)
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > limit + 1 or got > MAX_MEMBER_BYTES:
                        raise self.error(
                            "the file is bigger than its archive says it is, as in a zip bomb",
                            "Download the export again from the platform itself.",
                        )
                    chunks.append(chunk)
                    if bar is not None:
                        bar.update(len(chunk))
        finally:
            if bar is not None:
                bar.close()
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    @contextlib.contextmanager
    def _opened(self) -> Iterator[Any]:
        try:
            handle = self._open()
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError, ValueError) as exc:
            raise self.error(
                f"the file cannot be read ({_plain(exc)})",
                "Download the export again; the copy may be damaged.",
            ) from None
        except NotImplementedError:
            raise self.error(
                "the archive uses a compression method Python cannot read",
                "Re-create the zip with your system's standard zip tool, or "
                "unpack it and load the folder.",
            ) from None
        except RuntimeError as exc:
            raise self.error(
                f"the archive is protected ({_plain(exc)})",
                "Unpack it with its password and load the folder.",
            ) from None
        try:
            yield handle
        except _DAMAGED as exc:
            if isinstance(exc, ExportFormatError):
                raise
            raise self.error(
                f"the archive is damaged ({_plain(exc)})",
                "Download the export again; the copy is incomplete or damaged.",
            ) from None
        finally:
            handle.close()


class _Limited:
    """A member's handle that refuses to give more bytes than the archive declared."""

    def __init__(self, handle: Any, entry: Entry) -> None:
        self._handle, self._entry, self._got = handle, entry, 0
        show = entry.size >= PROGRESS_FROM_BYTES
        self._bar = (
            progress_bar(total=entry.size, desc=f"Reading {entry.basename}") if show else None
        )

    def read(self, n: int = -1) -> bytes:
        try:
            chunk = self._handle.read(n)
        except _DAMAGED as exc:
            raise OSError(str(exc)) from None
        self._got += len(chunk)
        if self._got > self._entry.size + 1:
            raise self._entry.error(
                "the file is bigger than its archive says it is, as in a zip bomb",
                "Download the export again from the platform itself.",
            )
        if self._bar is not None:
            self._bar.update(len(chunk))
        return chunk

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        self._handle.close()


def _plain(exc: BaseException) -> str:
    return str(exc).strip().rstrip(".") or type(exc).__name__


def progress_bar(**kwargs: Any) -> Any:
    """A notebook-aware tqdm bar, quiet outside terminals and notebooks."""
    from tqdm.auto import tqdm

    if os.environ.get("REALNET_NO_PROGRESS"):
        disable: bool | None = True
    elif "ipykernel" in sys.modules and "PYTEST_CURRENT_TEST" not in os.environ:
        disable = False
    else:
        disable = None
    return tqdm(unit="B", unit_scale=True, disable=disable, leave=False, **kwargs)


def unsafe_name(name: str) -> bool:
    """True for member names that are absolute or climb out with ``..``."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        return True
    return ".." in norm.split("/")


def is_zip(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in _ZIP_MAGIC
    except OSError:
        return False


def is_tar(path: Path) -> bool:
    lower = path.name.lower()
    return lower.endswith((".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz"))


def zip_entries(path: Path, stack: contextlib.ExitStack) -> list[Entry]:
    """The file members of a zip, after the safety checks on the whole archive."""
    try:
        archive = stack.enter_context(zipfile.ZipFile(path))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise ExportFormatError(
            path,
            f"this zip archive is damaged or incomplete ({_plain(exc)})",
            "Download the archive again and load it without unpacking or changing it.",
        ) from None
    _check_members(
        path, [(i.filename, i.file_size, i.compress_size) for i in infos], path.stat().st_size
    )
    return [
        Entry(path, info.filename, info.file_size, (lambda info=info: archive.open(info)))
        for info in infos
        if not info.is_dir()
    ]


def tar_entries(path: Path, stack: contextlib.ExitStack) -> list[Entry]:
    """The regular-file members of a tar (plain or compressed)."""
    disk = path.stat().st_size
    if path.name.lower().endswith((".gz", ".tgz")) and disk >= 4:
        with open(path, "rb") as handle:  # gzip keeps the expanded size in its last bytes
            handle.seek(-4, os.SEEK_END)
            expanded = struct.unpack("<I", handle.read(4))[0]
        if disk > 1024 and expanded / disk > MAX_RATIO:
            _refuse_bomb(path, None)
    try:
        archive = stack.enter_context(tarfile.open(path, mode="r:*"))  # noqa: SIM115
        members = archive.getmembers()
    except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
        raise ExportFormatError(
            path,
            f"this tar archive is damaged or incomplete ({_plain(exc)})",
            "Download the archive again and load it without unpacking or changing it.",
        ) from None
    files = [m for m in members if m.isfile()]
    _check_members(path, [(m.name, m.size, None) for m in files], disk)
    return [Entry(path, m.name, m.size, (lambda m=m: archive.extractfile(m))) for m in files]


def _check_members(path: Path, members: list[tuple[str, int, int | None]], disk: int) -> None:
    if len(members) > MAX_MEMBERS:
        raise ExportFormatError(
            path,
            f"the archive holds {len(members):,} files, far more than any export",
            "Load the platform's archive itself.",
        )
    total = 0
    for name, size, packed in members:
        if unsafe_name(name):
            raise ExportFormatError(
                path,
                "the archive contains a file whose name points outside the archive "
                "(an absolute path or '..'), which real exports never do; it was not read",
                "Download the export again from the platform itself.",
                member=name,
            )
        if packed is not None and size > RATIO_CHECK_FROM and size > MAX_RATIO * max(packed, 1):
            _refuse_bomb(path, name)
        total += size
    if total > MAX_ARCHIVE_BYTES or (total > 64 * RATIO_CHECK_FROM and total > MAX_RATIO * disk):
        _refuse_bomb(path, None)


def _refuse_bomb(path: Path, member: str | None) -> None:
    raise ExportFormatError(
        path,
        "the archive would expand to a far larger size than any export (a 'zip "
        "bomb'); it was not opened",
        "Download the export again from the platform itself.",
        member=member,
    )


def special_file(path: Path) -> str | None:
    """What a path is when it is not a plain file or folder, in words (else ``None``).

    Dangling links, link loops, named pipes (FIFOs), devices and sockets are never
    opened: opening a pipe waits forever for a writer.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "a link that leads nowhere"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a link that leads in a loop"
        return f"something that cannot be read ({_plain(exc)})"
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


def _file_entry(path: Path) -> Entry:
    return Entry(path, None, path.stat().st_size, lambda: open(path, "rb"))


def expand(path: Path, stack: contextlib.ExitStack) -> list[Entry]:
    """Entries of one file on disk: its members if it is an archive, else itself."""
    if is_tar(path):
        return tar_entries(path, stack)
    if path.suffix.lower() == ".zip" or (is_zip(path) and path.suffix == ""):
        return zip_entries(path, stack)
    return [_file_entry(path)]


@contextlib.contextmanager
def open_entries(path: str | os.PathLike) -> Iterator[list[Entry]]:
    """Every file a path holds: a file, a folder (walked, archives opened), a zip or tar."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ExportFormatError(
            path,
            "there is no file or folder at this path",
            "Check the spelling, or drag the file into the notebook's folder and use its name.",
        )
    with contextlib.ExitStack() as stack:
        if path.is_dir():
            entries: list[Entry] = []
            skipped: list[str] = []
            count = 0
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.startswith("~$"):
                        continue
                    odd = special_file(Path(root) / name)
                    if odd:
                        skipped.append(f"{Path(root, name).relative_to(path)} ({odd})")
                        continue
                    count += 1
                    if count > MAX_FOLDER_FILES:
                        raise ExportFormatError(
                            path,
                            "the folder holds too many files to be an export",
                            "Point to the export's own folder.",
                        )
                    entries.extend(expand(Path(root) / name, stack))
            if skipped:
                warnings.warn(
                    f"{path}: skipped {len(skipped)} item(s) that are not plain files and "
                    f"were not opened: {', '.join(skipped[:10])}"
                    f"{'...' if len(skipped) > 10 else ''}",
                    stacklevel=3,
                )
            yield entries
        else:
            odd = special_file(path)
            if odd:
                raise ExportFormatError(
                    path,
                    f"this is not a file but {odd}, so the workshop did not open it",
                    "Point to the export file, folder or .zip itself.",
                )
            yield expand(path, stack)
