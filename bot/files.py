"""Files the commands write for people (exports, attachments): readable by their owner only.

They hold residents' names, phones and complaints; created 0600 from the start (not chmod-ed after
writing, which would leave a moment in which others may open them), whatever the process umask.
"""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE = 0o600


def write_private(path: Path, content: bytes) -> None:
    """Write `content` to `path`, replacing it, with owner-only permissions (also on an existing file)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE)
    with os.fdopen(descriptor, "wb") as stream:
        os.fchmod(stream.fileno(), PRIVATE)
        stream.write(content)
