"""axe-core in the browser tests: WCAG 2.1 AA checks on a whole page or on parts of it.

axe-core comes bundled inside ``axe-playwright-python``, so nothing is fetched. axe runs
with its defaults: every rule it has for WCAG 2.0/2.1 A and AA plus its best practices
(landmarks, headings in order); no rule is switched off and no region is left out. A test asserts
there is no critical and no serious violation, and prints the moderate and minor ones
with the reason each stays (:data:`WHY_IT_STAYS`), so they are seen in the test output.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

#: Violations a page may not have.
BLOCKING = ("critical", "serious")
#: Moderate or minor findings that stay, and why (rule id -> reason). None stays today:
#: every page and widget output the kit draws passes every rule. A finding added here is
#: printed with its reason; one not here is printed with axe's own explanation.
WHY_IT_STAYS: dict[str, str] = {}


@dataclass
class AxeReport:
    """What axe found on one page or part: violations by rule, and counts by impact."""

    where: str
    violations: list[dict] = field(default_factory=list)

    @property
    def counts(self) -> Counter:
        return Counter(v.get("impact") or "minor" for v in self.violations)

    def blocking(self) -> list[dict]:
        return [v for v in self.violations if v.get("impact") in BLOCKING]

    def describe(self, rules: list[dict] | None = None) -> str:
        lines = []
        for rule in self.violations if rules is None else rules:
            targets = [", ".join(map(str, n.get("target", []))) for n in rule["nodes"][:4]]
            why = rule["nodes"][0].get("failureSummary", "") if rule["nodes"] else ""
            why = " ".join(why.split())[:300]
            reason = WHY_IT_STAYS.get(rule["id"], "")
            lines.append(
                f"  {rule.get('impact')}: {rule['id']} ({len(rule['nodes'])} elements: "
                f"{'; '.join(targets)}){f' - stays because {reason}' if reason else f' - {why}'}"
            )
        return "\n".join(lines)

    def summary(self) -> str:
        c = self.counts
        head = (
            f"axe on {self.where}: {c['critical']} critical, {c['serious']} serious, "
            f"{c['moderate']} moderate, {c['minor']} minor"
        )
        return head + ("\n" + self.describe() if self.violations else "")


def run_axe(page, where: str, context: str | dict | None = None) -> AxeReport:
    """Run axe-core on ``page`` (or on ``context``, a selector or include list)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, context=context, options={"resultTypes": ["violations"]})
    report = AxeReport(where, list(results.response.get("violations", [])))
    print(report.summary())
    return report


def assert_accessible(report: AxeReport) -> None:
    """No critical and no serious violation; the rest was printed with its reason."""
    blocking = report.blocking()
    assert not blocking, f"axe on {report.where}:\n{report.describe(blocking)}"


#: The widget outputs of the notebook shown in JupyterLab: what the kit draws there.
#: JupyterLab's own chrome (menus, toolbars, file browser) is not the kit's, so axe looks
#: at these outputs only, every rule included.
WIDGET_OUTPUTS = (
    ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output:has("
    '> .jupyter-widgets, > [class^="widget-"], > [class*=" widget-"])'
)


def run_axe_on_widget_outputs(page, where: str) -> AxeReport:
    """axe-core on every widget output of the notebook open in JupyterLab."""
    count = page.locator(WIDGET_OUTPUTS).count()
    assert count > 0, f"{where}: no widget output to check"
    return run_axe(page, f"{where} ({count} widget outputs)", context=WIDGET_OUTPUTS)
