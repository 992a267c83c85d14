"""Progress bars for the CLI (rich); the library reports progress through callbacks only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import (BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)
from rich.text import Text


class CountColumn(ProgressColumn):
    """``3/10`` while a stage has a known length; nothing for a stage of unknown length (rich's
    own column shows ``0/?`` there, or the previous stage's stale ``10/10``)."""

    def render(self, task: Any) -> Text:
        if task.total is None:
            return Text("")
        return Text(f"{int(task.completed)}/{int(task.total)}")


def describe(description: str, label: str) -> str:
    """What the bar says: ``report: embedding clauses``, or the description alone."""
    return f"{description}: {label}" if label else description


class Stages:
    """The ``progress(label, n=1, total=None)`` callback the library's functions take, shown on
    one bar: ``n`` more units are done; a ``total`` (re)sets the bar's length when the work moves
    to a new stage (embedding, then aligning); ``n=0`` without a total starts a stage of unknown
    length, whose bar pulses without a count."""

    def __init__(self, bar: Progress, description: str, total: int | None = None) -> None:
        self.bar, self.description = bar, description
        self.task = bar.add_task(describe(description, "starting"), total=total)

    def __call__(self, label: str = "", n: int = 1, total: int | None = None) -> None:
        text = describe(self.description, label)
        if total is None and n == 0:  # rich's reset keeps the old total: start a new task
            self.bar.remove_task(self.task)
            self.task = self.bar.add_task(text, total=None)
            return
        if total is not None:
            self.bar.reset(self.task, total=total)
        self.bar.update(self.task, advance=n, description=text)


@contextmanager
def progress_bar(description: str, total: int | None = None,
                 disabled: bool = False) -> Iterator[Callable[..., None]]:
    """Yield a :class:`Stages` callback for a bar on stderr (the spinner keeps turning during a
    long single step); nothing is shown when ``disabled`` or stderr is not a terminal."""
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                  CountColumn(), TimeElapsedColumn(), console=console, transient=True,
                  disable=disabled or not console.is_terminal) as bar:
        yield Stages(bar, description, total)
