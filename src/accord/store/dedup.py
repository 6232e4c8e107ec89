"""Near-duplicate articles (syndicated copies): MinHash over word shingles of the clean text.

A copy keeps the story but may change the headline and the boilerplate around it, so the
comparison uses the body text only and a similarity threshold well below 1.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from .credits import credits

if TYPE_CHECKING:
    import numpy as np
    from datasketch import MinHash

# datasketch (with numpy and scipy behind it) is imported where a signature is made or compared, never by a
# query: importing it costs most of a second.

NUM_PERM = 128
SHINGLE_WORDS = 3
# Estimated Jaccard similarity of shingle sets above which two texts are one article: a copy with
# another headline, a dateline and a few lines of site furniture still scores well above this,
# while two stories about the same meeting written separately share few three-word sequences.
THRESHOLD = 0.7
# pinned so that signatures stored by one version still compare with fresh ones
SCHEME = "affine32"

_WORD = re.compile(r"\w+")


@cache
def _permutations() -> np.ndarray:
    """The scheme's permutations, drawn once: every MinHash would otherwise draw its own (the same
    ones, from the same seed) at a cost that grew with the number of stored pages."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    words = _WORD.findall(text.casefold())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_permutations())
    mh.update_batch([s.encode("utf-8") for s in shingles])
    return mh


def encode(mh: MinHash) -> str:
    import numpy as np

    return base64.b64encode(np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()).decode("ascii")


def decode(text: str) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    values = np.frombuffer(base64.b64decode(text), dtype=np.uint64)
    if len(values) != NUM_PERM:  # a signature stored with another number of permutations
        return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME)
    return MinHash(hashvalues=values, scheme=SCHEME, permutations=_permutations())


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


def find_duplicates(docs: Sequence[DocSketch], threshold: float = THRESHOLD,
                    carried: Callable[[list[int]], dict[int, str]] | None = None) -> list[Duplicate]:
    """Groups of copies, each member but the original with its similarity to it. ``carried`` gives
    the ``carries`` text of the pages that are in a group (the sketches of a whole store hold none)."""
    sketches = {d.id: decode(d.minhash) for d in docs}
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for d in docs:
        lsh.insert(d.id, sketches[d.id])
    parent = {d.id: d.id for d in docs}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for d in docs:
        for other in lsh.query(sketches[d.id]):
            if other != d.id and sketches[d.id].jaccard(sketches[other]) >= threshold:
                a, b = root(d.id), root(other)
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[DocSketch]] = {}
    for d in docs:
        groups.setdefault(root(d.id), []).append(d)
    grouped = [members for members in groups.values() if len(members) > 1]
    if carried is not None:
        texts = carried([d.id for members in grouped for d in members])
        grouped = [[replace(d, carries=texts.get(d.id, "")) for d in members] for members in grouped]
    out: list[Duplicate] = []
    for members in grouped:
        original = original_of(members)
        for m in members:
            if m is not original:
                out.append(Duplicate(m.id, original.id, round(sketches[m.id].jaccard(sketches[original.id]), 3)))
    return sorted(out, key=lambda d: d.id)
