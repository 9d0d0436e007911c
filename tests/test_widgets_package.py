"""``from realnet_kit.widgets import quick_log`` is the function, whatever was imported first."""

from __future__ import annotations

import subprocess
import sys


def test_function_wins_over_a_submodule_of_the_same_name():
    code = (
        "import realnet_kit.widgets.plan_editor, realnet_kit.widgets.quick_log\n"
        "from realnet_kit.widgets import plan_editor, quick_log, app\n"
        "import types\n"
        "assert callable(plan_editor) and callable(quick_log), (plan_editor, quick_log)\n"
        "assert isinstance(app, types.ModuleType)\n"
        "from realnet_kit.widgets.plan_editor import PAGE_SIZE\n"
        "assert PAGE_SIZE > 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
