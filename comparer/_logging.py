"""Library logging: a NullHandler on the package logger; handlers are the CLI's business."""

import logging

logging.getLogger("comparer").addHandler(logging.NullHandler())
