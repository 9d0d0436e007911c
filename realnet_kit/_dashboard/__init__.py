"""The parts of ``realnet dashboard`` (see :mod:`realnet_kit.dashboard`).

``dashboard.ipynb`` is the page Voila runs; :mod:`.header` writes the lines above the
tabs and :mod:`.plan_maker` is the plan tab (make, edit and export a plan, no code).
"""
