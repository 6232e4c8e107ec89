"""Near-duplicate articles (syndicated copies): MinHash over word shingles of the clean text.

A copy keeps the story but may change the headline and the boilerplate around it, so the
comparison uses the body text only and a similarity threshold well below 1. The rules here are pure
functions over stored signatures; ``fusion`` finds the candidates in the store.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .credits import credits

if TYPE_CHECKING:
    import numpy as np

# numpy is imported where a signature is made or compared, never by a query. The signature is
# datasketch's MinHash with its "affine32" scheme, written out here: importing datasketch (scipy
# behind it, for its LSH parameters) cost a third of a CPU-second in every process of a run, more
# than signing a hundred pages; tests/store/test_dedup.py checks the values against datasketch's.

NUM_PERM = 128
SHINGLE_WORDS = 3
# Estimated Jaccard similarity of shingle sets above which two texts are one article: a copy with
# another headline, a dateline and a few lines of site furniture still scores well above this,
# while two stories about the same meeting written separately share few three-word sequences.
THRESHOLD = 0.7
# datasketch's "affine32" scheme, pinned so that signatures stored by one version still compare with
# fresh ones: a shingle's hash is the first four bytes of its SHA-1 (little-endian), mixed by the
# MurmurHash3 finalizer, then each permutation is a * h + b in 32 bits (a odd), a and b drawn from
# numpy's RandomState(SEED)
SCHEME = "affine32"
SEED = 1
_FMIX32 = ((16, 0x85EBCA6B), (13, 0xC2B2AE35), (16, None))
# Locality-sensitive hashing: the signature in BANDS bands of BAND_ROWS values, each band a bucket
# pages are looked up by (``band_buckets``). These are the bands datasketch's MinHashLSH picks for
# THRESHOLD and NUM_PERM (weighing false positives and negatives equally); stored with each page, so
# a run compares its new pages with the stored ones that share a bucket, not with the whole store.
BANDS = 14
BAND_ROWS = 9

_WORD = re.compile(r"\w+")


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The scheme's permutations (a, b), drawn once."""
    import numpy as np

    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def signature(text: str) -> np.ndarray:
    """The MinHash values (NUM_PERM of them, 32 bits each) of the text's three-word shingles."""
    import numpy as np

    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    hv = np.array([int.from_bytes(hashlib.sha1(s.encode("utf-8")).digest()[:4], "little") for s in shingles],
                  dtype=np.uint32).reshape(-1, 1)
    for shift, multiplier in _FMIX32:
        hv = hv ^ (hv >> np.uint32(shift))
        if multiplier is not None:
            hv = hv * np.uint32(multiplier)
    a, b = _permutations()
    return np.asarray((hv * a + b).min(axis=0))


def encode(values: np.ndarray) -> str:
    import numpy as np

    return base64.b64encode(np.asarray(values, dtype=np.uint64).tobytes()).decode("ascii")


@dataclass(frozen=True)
class DocSketch:
    """What choosing an original needs of a stored page: ``credit`` is the source its credit line
    names, ``carries`` the text, outlet and address another page's credit may name."""

    id: int
    source: str
    published: str | None
    minhash: str
    credit: str | None = None
    carries: str = ""


@dataclass(frozen=True)
class Duplicate:
    id: int
    original: int
    similarity: float


def original_of(members: Sequence[DocSketch]) -> DocSketch:
    """The page a group of copies copies: the one the others credit (a copy that credits another
    member's outlet is not the original), else the earliest published, else the first stored, so
    that a copy arriving later under another path never demotes the original."""
    def crediting(d: DocSketch) -> bool:
        return any(credits(d.credit, o.carries) for o in members if o is not d)

    return min(members, key=lambda d: (crediting(d), d.published is None, d.published or "", d.id))


def _values(minhash: str) -> np.ndarray:
    import numpy as np

    return np.frombuffer(base64.b64decode(minhash), dtype=np.uint64)


def band_buckets(minhash: str) -> list[tuple[int, str]]:
    """The locality-sensitive hashing buckets of a stored signature, one per band: two pages that share a
    bucket are candidates for comparison (a signature of another length has none)."""
    values = _values(minhash)
    if len(values) != NUM_PERM:
        return []
    return [(band, base64.b64encode(values[band * BAND_ROWS:(band + 1) * BAND_ROWS].tobytes()).decode("ascii"))
            for band in range(BANDS)]


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of the shingle sets of two stored signatures."""
    import numpy as np

    va, vb = _values(a), _values(b)
    return float(np.count_nonzero(va == vb)) / float(len(va))


def copy_groups(ids: Sequence[int], within: Sequence[Sequence[int]],
                pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The groups of copies: ``ids`` joined by the groups they are already in (``within``) and by the
    ``pairs`` found similar, closed transitively, so that the result does not depend on their order."""
    parent = {i: i for i in ids}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(x: int, y: int) -> None:
        a, b = root(x), root(y)
        parent[max(a, b)] = min(a, b)

    for group in within:
        for member in group[1:]:
            join(group[0], member)
    for x, y in pairs:
        join(x, y)
    groups: dict[int, list[int]] = {}
    for i in sorted(parent):
        groups.setdefault(root(i), []).append(i)
    return list(groups.values())


def duplicates_in(members: Sequence[DocSketch]) -> list[Duplicate]:
    """Each member of a group of copies but its original, with its similarity to the original."""
    original = original_of(members)
    return [Duplicate(m.id, original.id, round(similarity(m.minhash, original.minhash), 3))
            for m in members if m is not original]
