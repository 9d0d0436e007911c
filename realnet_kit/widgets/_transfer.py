"""Take your workbook with you: download it as one file, upload it on another machine.

Binder sessions vanish when the tab closes. The download link holds a complete copy of
the workbook; uploading it elsewhere merges it into that workbook (nothing newer is
overwritten) and says what was added.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from realnet_kit.errors import ExportFormatError
from realnet_kit.widgets._common import WRITE_ERRORS, esc, not_saved
from realnet_kit.workbook._binder import describe_merge

#: Largest upload accepted, in bytes (a workbook of 50,000 contacts is about 30 MB).
MAX_UPLOAD_BYTES = 200 * 1024 * 1024


def download_link_html(workbook: Any, filename: str | None = None) -> str:
    """An HTML anchor whose ``data:`` URI holds a fresh copy of ``workbook``."""
    filename = filename or f"realnet-workbook-{dt.date.today():%Y-%m-%d}.sqlite"
    with tempfile.TemporaryDirectory(prefix="realnet-download-") as tmp:
        copy = workbook.export_to(Path(tmp) / "copy.sqlite")
        data = base64.b64encode(copy.read_bytes()).decode("ascii")
    size = len(data) * 3 // 4
    return (
        f"<a class='realnet-download' download='{esc(filename)}' "
        f"href='data:application/vnd.sqlite3;base64,{data}'>"
        f"Save my workbook ({size / 1024:,.0f} KB) as {esc(filename)}</a>"
    )


class WorkbookTransfer:
    """Download and upload buttons for a :class:`Workbook`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from realnet_kit import Workbook
    >>> wb = Workbook(pathlib.Path(tempfile.mkdtemp()))
    >>> t = WorkbookTransfer(wb)
    >>> t.prepare_download()
    >>> "download=" in t.link.value
    True
    """

    def __init__(self, workbook: Any) -> None:
        import ipywidgets as w

        self.workbook = workbook
        self.prepare_button = w.Button(
            description="Prepare download", icon="download",
            tooltip="Make a file with everything you entered, to keep or move",
        )  # fmt: skip
        self.prepare_button.on_click(lambda _: self.prepare_download())
        self.link = w.HTML()
        self.upload = w.FileUpload(
            accept=".sqlite,.db,.sqlite3", multiple=False, description="Upload a workbook"
        )
        self.upload.observe(self._on_upload, names="value")
        self.result = w.HTML()
        self.widget = w.VBox(
            [
                w.HTML(
                    "<p>Your answers are saved on this machine as you go. On Binder, "
                    "download the workbook before you close the tab; upload it in a new "
                    "session to carry on. Uploading merges: nothing newer is lost.</p>"
                ),
                w.HBox([self.prepare_button, self.link]),
                self.upload,
                self.result,
            ]
        )
        self.widget.add_class("realnet-workbook-transfer")

    def prepare_download(self) -> None:
        """Put a fresh download link beside the button."""
        self.link.value = download_link_html(self.workbook)

    def merge_bytes(self, name: str, content: bytes) -> dict[str, int] | None:
        """Merge an uploaded workbook given as bytes; show and return the summary."""
        if len(content) > MAX_UPLOAD_BYTES:
            self._say(f"{name} is larger than a workbook can be; choose the .sqlite file "
                      "the download saved.", error=True)  # fmt: skip
            return None
        with tempfile.TemporaryDirectory(prefix="realnet-upload-") as tmp:
            path = Path(tmp) / "upload.sqlite"
            path.write_bytes(content)
            try:
                summary = self.workbook.merge_from(path)
            except ExportFormatError as error:
                problem = f"{error.problem}. {error.advice}".strip()
                self._say(f"{name}: {problem} Nothing was changed.", error=True)
                return None
            except WRITE_ERRORS as error:
                self._say(f"{name}: {not_saved(error)} Nothing was changed.", error=True)
                return None
        self._say(f"Merged {name}. {describe_merge(summary)}")
        return summary

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        item = files[0]
        self.merge_bytes(str(item.get("name", "upload")), bytes(item["content"]))
        with contextlib.suppress(Exception):  # so uploading the same file again is noticed
            self.upload.value = ()

    def _say(self, text: str, *, error: bool = False) -> None:
        role = "alert" if error else "status"
        prefix = "Problem: " if error else ""
        self.result.value = f"<p role='{role}'>{esc(prefix + text)}</p>"

    def _ipython_display_(self) -> None:  # pragma: no cover - display glue
        from IPython.display import display

        display(self.widget)
