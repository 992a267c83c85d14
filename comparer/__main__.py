"""``python -m comparer``: the same as the ``comparer`` command."""

from comparer.cli import main

if __name__ == "__main__":
    main()
