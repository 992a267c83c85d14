"""Progress bars for the CLI (rich); the library reports progress through callbacks only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(description: str, total: int | None = None,
                 disabled: bool = False) -> Iterator[Callable[..., None]]:
    """Yield a ``step(label, n)`` callback that advances a bar on stderr."""
    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                  TextColumn("{task.completed}/{task.total}" if total else "{task.completed}"),
                  TimeElapsedColumn(), console=console, transient=True,
                  disable=disabled or not console.is_terminal) as bar:
        task = bar.add_task(description, total=total)

        def step(label: str = "", n: int = 1) -> None:
            bar.update(task, advance=1, description=f"{description} {label}".strip())

        yield step
