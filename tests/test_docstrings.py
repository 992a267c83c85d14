"""The examples in the package's docstrings (``>>> noise_kind("- 3 -")`` …) are part of each
helper's contract: every module's run as doctests, so an example that no longer holds fails."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import comparer

MODULES = sorted(m.name for m in pkgutil.walk_packages(comparer.__path__, "comparer.") if not m.name.endswith("__main__"))


def test_docstring_modules_are_found():
    assert {"comparer.units", "comparer.layout", "comparer.model", "comparer.ingest.normalize"} <= set(MODULES)
    import comparer.units
    assert doctest.testmod(comparer.units).attempted > 50  # the examples do run


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
