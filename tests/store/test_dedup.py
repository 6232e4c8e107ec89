"""Near-duplicate rules: the stored buckets are the bands MinHash LSH would use, and groups of copies
close transitively whatever the order of their pairs."""

from __future__ import annotations

from accord.store.dedup import (
    BAND_ROWS,
    BANDS,
    NUM_PERM,
    SCHEME,
    THRESHOLD,
    band_buckets,
    copy_groups,
    encode,
    signature,
    similarity,
)

STORY = ("The intergovernmental commission of Tajikistan and Russia held its session in Dushanbe on Monday. "
         "The sides signed a programme on transport and agreed to expand trade in aluminium and cotton.")


def test_buckets_are_the_bands_datasketch_picks_for_the_threshold():
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, BAND_ROWS)


def test_signatures_are_datasketchs_minhash_of_the_stored_scheme():
    from datasketch import MinHash

    long_ru = "Вьетнам и Чили подписали меморандум о рыболовстве. " * 40
    for text in (STORY, "", "Malawi", "Ouagadougou hosts the forum", long_ru):
        words = [w for w in text.casefold().replace(".", " ").split() if w]
        shingles = {" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))}
        expected = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
        expected.update_batch([s.encode("utf-8") for s in shingles])
        assert signature(text).tolist() == expected.hashvalues.tolist()


def test_a_copy_shares_buckets_and_another_story_does_not():
    original = encode(signature(STORY))
    copy = encode(signature("DUSHANBE (Wire) - " + STORY + " Follow us for more news."))
    other = encode(signature("Kazakhstan and Turkey held talks in Astana on transit trade and a new railway."))
    assert len(band_buckets(original)) == BANDS
    assert set(band_buckets(original)) & set(band_buckets(copy))
    assert not set(band_buckets(original)) & set(band_buckets(other))
    assert similarity(original, original) == 1.0
    assert THRESHOLD <= similarity(original, copy) < 1.0
    assert similarity(original, other) < THRESHOLD


def test_groups_close_transitively_in_any_order():
    # 5 copies 3, 3 was stored as a copy of 1; 7 and 8 copy each other; 9 copies nothing
    within = [[1, 3], [9]]
    pairs = [(5, 3), (8, 7)]
    expected = [[1, 3, 5], [7, 8], [9]]
    assert copy_groups([1, 3, 5, 7, 8, 9], within, pairs) == expected
    assert copy_groups([9, 8, 7, 5, 3, 1], within[::-1], [(7, 8), (3, 5)]) == expected
