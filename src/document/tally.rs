//! Counts of hashed values: a sorted vector of `(hash, count)` pairs, built
//! once and asked by binary search (the values of a table column, the field
//! labels of a document).

/// Sorts `(hash, count)` pairs and merges equal hashes into one, adding
/// their counts.
pub(super) fn tally(v: &mut Vec<(u64, u32)>) {
    v.sort_unstable_by_key(|&(h, _)| h);
    v.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same {
            kept.1 += next.1;
        }
        same
    });
}

/// How often `h` occurs in a tally.
pub(super) fn count(v: &[(u64, u32)], h: u64) -> u32 {
    v.binary_search_by_key(&h, |&(x, _)| x)
        .map_or(0, |i| v[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_hashes_are_counted_together() {
        let mut v = vec![(7, 1), (3, 1), (7, 1), (5, 2), (7, 1)];
        tally(&mut v);
        assert_eq!(v, [(3, 1), (5, 2), (7, 3)]);
        assert_eq!(count(&v, 7), 3);
        assert_eq!(count(&v, 5), 2);
        assert_eq!(count(&v, 4), 0);
    }
}
