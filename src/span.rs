//! Byte spans into the caller's text.

use core::ops::{Index, Range};

/// A half-open range of byte offsets, `start..end`, into a text the caller owns.
///
/// Every span this crate hands out lies on `char` boundaries of the text it was
/// computed from, so slicing with it never panics on that text.
///
/// ```
/// use arabic_text::Span;
///
/// let text = "مرحبا بكم";
/// let span = Span::new(0, 10);
/// assert_eq!(&text[span], "مرحبا");
/// assert_eq!(span.len(), 10);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes the span `start..end`.
    ///
    /// ```
    /// let s = arabic_text::Span::new(2, 6);
    /// assert_eq!((s.start, s.end), (2, 6));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    ///
    /// ```
    /// assert_eq!(arabic_text::Span::new(4, 10).len(), 6);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(arabic_text::Span::new(3, 3).is_empty());
    /// ```
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, for APIs that take one.
    ///
    /// ```
    /// let text = "نص عربي";
    /// let r = arabic_text::Span::new(0, 4).range();
    /// assert_eq!(&text[r], "نص");
    /// ```
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text this span covers in `text`, or `None` when the span is out of
    /// bounds or does not fall on `char` boundaries of `text`.
    ///
    /// ```
    /// use arabic_text::Span;
    /// assert_eq!(Span::new(0, 2).get("نص"), Some("ن"));
    /// assert_eq!(Span::new(0, 1).get("نص"), None); // inside a char
    /// ```
    #[inline]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(s: Span) -> Self {
        s.start..s.end
    }
}

impl Index<Span> for str {
    type Output = str;

    /// Slices `self` by the span's bytes. Panics like `&s[a..b]` does when the
    /// span does not belong to this text; use [`Span::get`] to check first.
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}
