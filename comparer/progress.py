"""Progress bars for the CLI (rich); the library reports progress through callbacks only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                           TimeElapsedColumn)


@contextmanager
def progress_bar(description: str, total: int | None = None,
                 disabled: bool = False) -> Iterator[Callable[..., None]]:
    """Yield a ``step(label, n=1, total=None)`` callback for a bar on stderr.

    This is the callback the library's ``progress`` parameters take: ``n`` more units are done;
    a ``total`` (re)sets the bar's length and restarts it, when the work moves to a new stage
    (embedding, then aligning). The spinner keeps turning during a long single step.
    """
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=True,
                  disable=disabled or not console.is_terminal) as bar:
        task = bar.add_task(description, total=total)

        def step(label: str = "", n: int = 1, total: int | None = None) -> None:
            if total is not None:
                bar.reset(task, total=total)
            bar.update(task, advance=n, description=f"{description} {label}".strip())

        yield step
