"""An answer typed without quotes gets one kind sentence, in a real IPython shell and kernel;
every other error keeps IPython's own traceback."""

from __future__ import annotations

import os
import sys

import pytest

from realnet_kit.exercises import install_answer_help

IPython = pytest.importorskip("IPython")


@pytest.fixture
def shell():
    """A fresh IPython shell (the singleton, cleared afterwards for the next test)."""
    from IPython.core.interactiveshell import InteractiveShell

    InteractiveShell.clear_instance()
    made = InteractiveShell.instance()
    yield made
    made.set_custom_exc((), None)
    InteractiveShell.clear_instance()


def _run(shell, cell: str, capsys) -> tuple[bool, str]:
    result = shell.run_cell(cell, store_history=True)
    return result.success, capsys.readouterr().out


KIND = "between double quotes"


@pytest.mark.parametrize(
    ("cell", "example"),
    [
        ('answer = b\ncheck("1.2", answer)', 'answer = "b"'),
        ("answer = yes", 'answer = "yes"'),
        ('check("1.2", c)', 'answer = "c"'),
        ('answer = Kemar: sorry\ncheck("2.3", answer)', 'answer = "Kemar: sorry"'),
        ("answer = 'Sam's reply'", 'answer = "Sam\'s reply"'),
    ],
)
def test_an_answer_without_quotes_gets_one_kind_sentence(shell, capsys, cell, example):
    assert install_answer_help(shell)
    _run(shell, "from realnet_kit.exercises import check", capsys)
    ok, out = _run(shell, cell, capsys)
    assert not ok, "the cell still did not run: the answer was not given"
    assert KIND in out and example in out, out
    assert "Traceback" not in out and "Error" not in out and len(out.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("cell", "error"),
    [
        ("x = bogus_name + 1", "NameError"),  # no answer, no check(: not ours
        ('answer = "ok"\nprint(undefined_thing)', "NameError"),  # not the answer itself
        ('chek("1.2", "b")', "NameError"),  # a misspelt function is not a missing quote
        ("for x in", "SyntaxError"),
        ('answer = "ok"\nfor x in', "SyntaxError"),  # the answer line is fine
        ("1 / 0", "ZeroDivisionError"),
        ("eval('1+')", "SyntaxError"),  # raised while running, not while reading the cell
    ],
)
def test_other_errors_keep_their_traceback(shell, capsys, cell, error):
    install_answer_help(shell)
    ok, out = _run(shell, cell, capsys)
    assert not ok and error in out and KIND not in out, out


def test_a_check_that_python_has_forgotten_says_to_run_the_first_cell(shell, capsys):
    install_answer_help(shell)
    ok, out = _run(shell, 'answer = "b"\ncheck("1.2", answer)', capsys)
    assert not ok and "first code cell" in out and "Traceback" not in out


def test_registering_twice_changes_nothing_and_keeps_an_earlier_handler(shell, capsys):
    seen = []

    def theirs(self, etype, value, tb, tb_offset=None):
        seen.append(etype)
        print("their handler")

    shell.set_custom_exc((KeyError,), theirs)
    assert install_answer_help(shell) and install_answer_help(shell)
    assert shell.custom_exceptions == (KeyError, NameError, SyntaxError)
    _, out = _run(shell, "{}['x']", capsys)
    assert seen == [KeyError] and "their handler" in out
    _, out = _run(shell, "answer = b", capsys)
    assert KIND in out and seen == [KeyError]


def test_outside_ipython_nothing_is_installed(monkeypatch):
    monkeypatch.setattr(IPython, "get_ipython", lambda: None)
    assert install_answer_help() is False


def test_in_a_real_kernel_importing_the_exercises_is_enough(tmp_path):
    """The notebooks' first cell imports check; a kernel then answers the slip kindly."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("from realnet_kit.exercises import check, hint, solution"),
        nbformat.v4.new_code_cell('answer = b\ncheck("1.2", answer)'),
        nbformat.v4.new_code_cell('answer = Kemar: sorry\ncheck("2.3", answer)'),
        nbformat.v4.new_code_cell("total = undefined_total + 1"),
    ]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", allow_errors=True,
        resources={"metadata": {"path": str(tmp_path)}},
    )  # fmt: skip
    client.km = client.create_kernel_manager()
    client.km.extra_env = env  # the kernel imports this checkout's kit
    client.execute()
    first, second, third = (nb.cells[i].outputs for i in (1, 2, 3))
    for outputs, example in ((first, 'answer = "b"'), (second, 'answer = "Kemar: sorry"')):
        text = "".join(o.get("text", "") for o in outputs)
        assert [o.output_type for o in outputs] == ["stream"], outputs
        assert KIND in text and example in text
    assert [o.output_type for o in third] == ["error"] and third[0].ename == "NameError"
