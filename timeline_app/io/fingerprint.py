"""What a file on disk was when we read or wrote it, to notice that someone else changed it.

Size and modification time are cheap but not enough (a copy can keep the mtime, a
coarse file system can hide a quick rewrite); a SHA-256 of the content decides when they
differ, so merely touching a file is not a change.  Qt-free.
"""

from __future__ import annotations

import os

from timeline_app.records import FrozenRecord

__all__ = ["Fingerprint", "file_fingerprint", "same_file_content"]


class Fingerprint(FrozenRecord):
    """Size (bytes), modification time (ns) and SHA-256 (hex) of a file (a frozen record,
    not a dataclass: defining one costs start-up time, see ``timeline_app/records.py``)."""

    _fields = ("size", "mtime_ns", "sha256")
    size: int
    mtime_ns: int
    sha256: str

    def __init__(self, size: int, mtime_ns: int, sha256: str) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "size", size)
        setattr_(self, "mtime_ns", mtime_ns)
        setattr_(self, "sha256", sha256)

    def as_dict(self) -> dict[str, int | str]:
        """``{"size": ..., "mtime_ns": ..., "sha256": ...}`` (as ``dataclasses.asdict``)."""
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}


_BLOCK_BYTES = 1024 * 1024


def file_fingerprint(path: str | os.PathLike[str]) -> Fingerprint | None:
    """The file's fingerprint, or ``None`` if it does not exist or cannot be read."""
    import hashlib  # here: about 2 ms that start-up without a file never needs

    digest = hashlib.sha256()
    try:
        with open(path, "rb", buffering=0) as f:
            info = os.fstat(f.fileno())
            # Read into one reused buffer, at most 1 MiB (no larger than the file): a
            # file opened in the background is hashed after its events are painted,
            # when the process is at its largest (an 8 MiB buffer, made for the hash
            # beside the load, raised the peak of a 100 000-event open by 7 MiB; issue 11).
            buffer = bytearray(min(_BLOCK_BYTES, info.st_size + 1))
            with memoryview(buffer) as view:
                while read := f.readinto(buffer):
                    digest.update(view[:read])
    except OSError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, digest.hexdigest())


def same_file_content(path: str | os.PathLike[str], known: Fingerprint) -> bool:
    """True if the file still holds what ``known`` describes (False if gone or changed).

    Equal size and mtime are taken as unchanged without reading the file.
    """
    try:
        info = os.stat(path)
    except OSError:
        return False
    if (info.st_size, info.st_mtime_ns) == (known.size, known.mtime_ns):
        return True
    if info.st_size != known.size:
        return False
    current = file_fingerprint(path)
    return current is not None and current.sha256 == known.sha256
