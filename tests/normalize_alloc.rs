//! The borrowed path allocates nothing: counted with a global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use arabic_text::Normalizer;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
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
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for _ in 0..10 {
        assert!(n.is_normalized(&clean));
        assert_eq!(n.normalize(&clean).len(), clean.len());
    }
    assert_eq!(ALLOCATIONS.load(Ordering::Relaxed), before);
    // Text that changes allocates once, for the result.
    let _ = n.normalize(text);
    assert_eq!(ALLOCATIONS.load(Ordering::Relaxed), before + 1);
}
