//! Arabic normalization: folding spelling variants, removing marks and
//! invisible characters, each rule switchable.
//!
//! A [`Normalizer`] is built once from [`NormalizeOptions`] (it precomputes
//! a 8 KiB lookup table) and reused; it is `Send + Sync` and cheap to clone.

mod context;
mod offsets;
mod options;
mod out;
mod rules;
mod scan;
mod simd;

use std::borrow::Cow;

pub use offsets::OffsetMap;
pub use options::NormalizeOptions;

use out::Out;

/// Normalizes Arabic text by the rules of its [`NormalizeOptions`].
///
/// ```
/// use arabic_text::Normalizer;
///
/// let n = Normalizer::search();
/// assert_eq!(n.normalize("أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة"), "اهلا بكم في لا العربيه");
/// ```
#[derive(Clone)]
pub struct Normalizer {
    options: NormalizeOptions,
    table: scan::Table,
}

impl core::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Normalizer")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for Normalizer {
    /// The [`SEARCH`](NormalizeOptions::SEARCH) normalizer, as
    /// [`NormalizeOptions::default`].
    ///
    /// ```
    /// assert_eq!(arabic_text::Normalizer::default().normalize("إلى"), "الي");
    /// ```
    fn default() -> Self {
        Self::new(NormalizeOptions::default())
    }
}

impl Normalizer {
    /// A normalizer applying `options`. Building one computes its lookup
    /// table (a few microseconds): build it once and reuse it.
    ///
    /// ```
    /// use arabic_text::{NormalizeOptions, Normalizer};
    /// let n = Normalizer::new(NormalizeOptions::NONE.tatweel(true));
    /// assert_eq!(n.normalize("كـتـاب"), "كتاب");
    /// ```
    pub fn new(options: NormalizeOptions) -> Self {
        Normalizer {
            options,
            table: scan::Table::new(&options),
        }
    }

    /// Shorthand for `Normalizer::new(NormalizeOptions::SEARCH)`: folds text
    /// for matching.
    ///
    /// ```
    /// let n = arabic_text::Normalizer::search();
    /// assert_eq!(n.normalize("المدرسةُ الأولى"), "المدرسه الاولي");
    /// ```
    pub fn search() -> Self {
        Self::new(NormalizeOptions::SEARCH)
    }

    /// Shorthand for `Normalizer::new(NormalizeOptions::LIGHT)`: changes no
    /// spelling and no vowel.
    ///
    /// ```
    /// let n = arabic_text::Normalizer::light();
    /// assert_eq!(n.normalize("\u{FEFB}\u{200F} مدرسةٌ"), "لا مدرسةٌ");
    /// ```
    pub fn light() -> Self {
        Self::new(NormalizeOptions::LIGHT)
    }

    /// The rules this normalizer applies.
    ///
    /// ```
    /// use arabic_text::{NormalizeOptions, Normalizer};
    /// assert_eq!(Normalizer::light().options(), NormalizeOptions::LIGHT);
    /// ```
    pub fn options(&self) -> NormalizeOptions {
        self.options
    }

    /// The normalized form of `text`: borrowed, with no allocation, when no
    /// rule changes anything.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_text::Normalizer;
    ///
    /// let n = Normalizer::search();
    /// assert_eq!(n.normalize("مدرسةٌ"), "مدرسه");
    /// assert!(matches!(n.normalize("مدرسه"), Cow::Borrowed(_)));
    /// ```
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if let Some(short) = self.normalize_short(text) {
            return short;
        }
        let Some(at) = self.first_change(text) else {
            return Cow::Borrowed(text);
        };
        let mut buf = Vec::with_capacity(text.len() + scan::SLACK);
        buf.extend_from_slice(&text.as_bytes()[..at]);
        let mut out = Out { buf, start: 0 };
        self.normalize_from(text, at, &mut out);
        Cow::Owned(scan::into_string(out))
    }

    /// Appends the normalized form of `text` to `out`. Never clears `out`,
    /// and never looks at what it held before (a space at its end does not
    /// merge with a space at the start of `text`).
    ///
    /// ```
    /// let n = arabic_text::Normalizer::search();
    /// let mut buf = String::from("١: ");
    /// n.normalize_into("أحمد", &mut buf);
    /// assert_eq!(buf, "١: احمد");
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        let Some(at) = self.first_change(text) else {
            out.push_str(text);
            return;
        };
        let mut buf = core::mem::take(out).into_bytes();
        let start = buf.len();
        buf.reserve(text.len() + scan::SLACK);
        buf.extend_from_slice(&text.as_bytes()[..at]);
        let mut writer = Out { buf, start };
        self.normalize_from(text, at, &mut writer);
        *out = scan::into_string(writer);
    }

    /// Whether `text` is already normalized, that is, whether
    /// [`normalize`](Self::normalize) would return it borrowed.
    ///
    /// ```
    /// let n = arabic_text::Normalizer::search();
    /// assert!(n.is_normalized("العربيه"));
    /// assert!(!n.is_normalized("العربية"));
    /// ```
    pub fn is_normalized(&self, text: &str) -> bool {
        self.first_change(text).is_none()
    }

    /// The normalized form of `text` and an [`OffsetMap`] from its byte
    /// offsets back to those of `text`, for showing a match found in the
    /// normalized text in the original. Slower than
    /// [`normalize`](Self::normalize): it goes character by character.
    ///
    /// ```
    /// use arabic_text::{Normalizer, Span};
    /// let text = "ذهب إلى المدرسة";
    /// let (out, map) = Normalizer::search().normalize_with_offsets(text);
    /// assert_eq!(out, "ذهب الي المدرسه");
    /// let at = out.find("الي").unwrap();
    /// assert_eq!(&text[map.to_input_span(Span::new(at, at + "الي".len()))], "إلى");
    /// ```
    pub fn normalize_with_offsets(&self, text: &str) -> (String, OffsetMap) {
        let mut out = Out::after(Vec::with_capacity(text.len() + scan::SLACK));
        let mut map = OffsetMap::new();
        let mut r = 0;
        while r < text.len() {
            r = self.fold_at(text, r, &mut out, &mut map);
        }
        let output = scan::into_string(out);
        let map = map.finish(text.len(), output.len());
        (output, map)
    }
}
