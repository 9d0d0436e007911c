"""One kind sentence instead of a traceback for the commonest slip of an exercise cell.

A beginner types ``answer = b`` (Python looks for something called ``b``: ``NameError``)
or ``answer = Kemar: sorry`` (Python tries to read it as code: ``SyntaxError``). In an
IPython kernel, :func:`install_answer_help` registers a handler through IPython's
supported hook for this, ``InteractiveShell.set_custom_exc``, which IPython consults both
when a cell runs (``NameError``) and when it is parsed (``SyntaxError``). The handler
speaks only when the cell sets ``answer`` or calls ``check(`` and the error is about the
answer itself; any other error, in any other cell, gets IPython's usual traceback.
Installing twice changes nothing, and a custom handler someone else installed first is
kept and still called for its own exceptions.
"""

from __future__ import annotations

import ast
import linecache
import re
import sys
from typing import Any

#: A cell counts as an exercise cell when it mentions one of these.
EXERCISE_CELL = re.compile(r"\banswer\b|\bcheck\(")
#: The line that gives the answer: ``answer = ...`` (what follows is the answer typed).
ANSWER_LINE = re.compile(r"^\s*answer\s*=\s*(?P<typed>.*?)\s*$")
#: Names that the notebook's first cell imports; undefined after a kernel restart.
EXERCISE_FUNCTIONS = ("check", "hint", "solution", "progress", "recall")
#: An answer typed without quotes is quoted back in the example up to this length.
EXAMPLE_CHARS = 60
#: Marks the handler, so that installing twice changes nothing.
_MARK = "_realnet_answer_help"


def quote_it(name_or_text: str) -> str:
    """The sentence for an answer typed without quotes, with it quoted as the example.

    >>> print(quote_it("b"))
    Put your answer between double quotes, like this: answer = "b", then run the cell \
again (without quotes, Python looks for something called b).
    >>> print(quote_it("'Sam's reply'"))
    Put your answer between double quotes, like this: answer = "Sam's reply", then run \
the cell again (without quotes, Python tries to read the words as code).
    """
    typed = name_or_text.strip()
    if len(typed) >= 2 and typed[0] == typed[-1] == "'":
        typed = typed[1:-1]
    if not typed or '"' in typed or len(typed) > EXAMPLE_CHARS or "\n" in typed:
        typed = "b"
    why = (
        f"Python looks for something called {typed}"
        if re.fullmatch(r"\w+", typed)
        else "Python tries to read the words as code"
    )
    return (
        f'Put your answer between double quotes, like this: answer = "{typed}", then run '
        f"the cell again (without quotes, {why})."
    )


def _cell_lines(filename: str) -> list[str]:
    return [line.rstrip("\n") for line in linecache.getlines(filename)]


def _raising_cell(tb: Any) -> str:
    """The source of the cell whose own top-level code raised (``""`` when the error came
    from deeper down, such as a function the cell called)."""
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None or tb.tb_frame.f_code.co_name != "<module>":
        return ""
    return "\n".join(_cell_lines(tb.tb_frame.f_code.co_filename))


def _bare_answer(cell: str, name: str) -> bool:
    """Whether ``name`` is the whole answer: ``answer = name`` or an argument of check()."""
    try:
        tree = ast.parse(cell)
    except SyntaxError:
        return False
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if "answer" in targets and node.value.id == name:
                return True
        is_check = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "check"
        if is_check and any(isinstance(a, ast.Name) and a.id == name for a in node.args[1:]):
            return True
    return False


def name_error_help(cell: str, name: str) -> str:
    """The kind sentence for ``NameError: name`` in ``cell``, or "" when it is not ours.

    >>> print(name_error_help('answer = b\\ncheck("1.2", answer)', "b").split(",")[0])
    Put your answer between double quotes
    >>> name_error_help('x = b', "b"), name_error_help('answer = f(b)', "b")
    ('', '')
    """
    if not EXERCISE_CELL.search(cell):
        return ""
    if name == "answer" and _bare_answer(cell, name):
        return (
            "Python does not know answer yet: write your answer on a line of its own above, "
            'like this: answer = "b", then run the cell again.'
        )
    if name in EXERCISE_FUNCTIONS and re.search(rf"\b{name}\(", cell):
        return (
            f"Python does not know {name} yet: run the notebook's first code cell (the one "
            "that starts with from realnet_kit), then this one again; after a restart "
            "Python forgets everything it was told."
        )
    return quote_it(name) if _bare_answer(cell, name) else ""


def syntax_error_help(cell: str, lineno: int | None) -> str:
    """The kind sentence for a syntax error on line ``lineno`` of ``cell``, or "".

    Only an answer line (``answer = ...``) or a ``check(`` line typed without quotes
    around the answer gets one.

    >>> print(syntax_error_help('answer = Kemar: sorry\\ncheck("2.3", answer)', 1)[:40])
    Put your answer between double quotes, l
    >>> syntax_error_help("for x in", 1), syntax_error_help('answer = "ok"\\nfor x in', 2)
    ('', '')
    """
    if not EXERCISE_CELL.search(cell) or not lineno:
        return ""
    lines = cell.splitlines()
    if not 1 <= lineno <= len(lines):
        return ""
    line = lines[lineno - 1]
    typed = ANSWER_LINE.match(line)
    if typed is not None and not typed["typed"].startswith('"'):
        return quote_it(typed["typed"])
    if typed is not None or re.search(r"\bcheck\(", line):
        return quote_it("b")
    return ""


def _handler(previous: Any, previous_types: tuple) -> Any:
    def handle(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: Any = None):
        said = ""
        try:
            if isinstance(value, SyntaxError) and value.filename:
                said = syntax_error_help("\n".join(_cell_lines(value.filename)), value.lineno)
            elif isinstance(value, NameError) and getattr(value, "name", None):
                cell = _raising_cell(tb)
                said = name_error_help(cell, value.name) if cell else ""
        except Exception:  # never let the helper hide the error it was meant to explain
            said = ""
        if said:
            print(said)
            return None
        if previous is not None and isinstance(value, previous_types):
            return previous(etype, value, tb, tb_offset=tb_offset)
        at_parse = (
            isinstance(value, SyntaxError)
            and tb is not None
            and (tb.tb_frame.f_code.co_name != "run_code")
        )
        if at_parse:  # as IPython shows a cell it could not read
            shell.showsyntaxerror()
        else:
            shell.showtraceback((etype, value, tb), tb_offset=tb_offset, running_compiled_code=True)
        return None

    setattr(handle, _MARK, True)
    return handle


def install_answer_help(shell: Any = None) -> bool:
    """Register the kind sentence for answers typed without quotes in ``shell``.

    ``shell`` defaults to the running IPython shell; without one (plain Python, a test
    run) nothing happens. Returns whether the help is installed now. Registering again
    changes nothing.
    """
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    current = getattr(shell, "CustomTB", None)
    if getattr(getattr(current, "__func__", None), _MARK, False):
        return True
    previous_types = tuple(getattr(shell, "custom_exceptions", ()) or ())
    previous = current if previous_types else None
    handler = _handler(previous, previous_types)
    shell.set_custom_exc((*previous_types, NameError, SyntaxError), handler)
    setattr(shell.CustomTB.__func__, _MARK, True)  # set_custom_exc wraps the handler
    return True
