//! The borrowed path allocates nothing: counted with a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use arabic_text::Normalizer;

struct Counting;

thread_local! {
    /// Allocations made by this thread: the test harness allocates on its
    /// own threads at any time, and those must not count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: forwards to the system allocator unchanged; only counts calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: the slot is gone while the thread is torn down.
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: same contract as our caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as our caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn already_normalized_text_allocates_nothing() {
    let n = Normalizer::search();
    let text = include_str!("data/news-article.txt");
    let clean = n.normalize(text).into_owned();
    let before = allocations();
    for _ in 0..10 {
        assert!(n.is_normalized(&clean));
        assert_eq!(n.normalize(&clean).len(), clean.len());
    }
    assert_eq!(allocations(), before);
    // Text that changes allocates once, for the result.
    let _ = n.normalize(text);
    assert_eq!(allocations(), before + 1);
}
