//! Arabic normalization: folding spelling variants, removing marks and
//! invisible characters, each rule switchable.
//!
//! A [`Normalizer`] is built once from [`NormalizeOptions`] (it precomputes
//! a 8 KiB lookup table) and reused; it is `Send + Sync` and cheap to clone.

mod context;
mod explain;
mod offsets;
mod options;
mod out;
mod rules;
mod scan;
mod simd;

use std::borrow::Cow;

pub use explain::{Edit, Edits};
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
        let mut out = Out::with_prefix(text, at, text.len() + scan::SLACK);
        self.normalize_from(text, at, &mut out);
        Cow::Owned(out.into_string())
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
        let mut writer = Out::append_to(core::mem::take(out));
        writer.reserve(text.len() + scan::SLACK);
        writer.put(&text[..at]);
        self.normalize_from(text, at, &mut writer);
        *out = writer.into_string();
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
    /// [`normalize`](Self::normalize): it skips unchanged runs with the same
    /// search but records every character a rule changes.
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
        let mut out = Out::with_capacity(text.len() + scan::SLACK);
        let mut map = OffsetMap::new();
        self.normalize_recording(text, &mut out, &mut map);
        let output = out.into_string();
        let map = map.finish(text.len(), output.len());
        (output, map)
    }

    /// [`normalize_with_offsets`](Self::normalize_with_offsets) one
    /// character at a time through the character path alone: the reference
    /// the faster paths are tested against.
    #[cfg(test)]
    pub(crate) fn normalize_by_char(&self, text: &str) -> (String, OffsetMap) {
        let mut out = Out::with_capacity(text.len() + scan::SLACK);
        let mut map = OffsetMap::new();
        let mut r = 0;
        while r < text.len() {
            r = self.fold_at(text, r, &mut out, &mut map);
        }
        let output = out.into_string();
        let map = map.finish(text.len(), output.len());
        (output, map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Characters every rule and context touches, and plain ones between.
    fn char_strategy() -> impl Strategy<Value = char> {
        prop_oneof![
            6 => (0x0621u32..=0x064A).prop_map(|c| char::from_u32(c).unwrap()),
            3 => (0x064Bu32..=0x0670).prop_map(|c| char::from_u32(c).unwrap()),
            1 => (0x0671u32..=0x06FF).prop_map(|c| char::from_u32(c).unwrap()),
            1 => (0xFB50u32..=0xFEFF).prop_map(|c| char::from_u32(c).unwrap_or('x')),
            2 => prop::sample::select(vec![
                ' ', ' ', '\t', '\n', '\u{00A0}', 'a', '7', 'é', '“', '中', '😀', '👩',
                '\u{200C}', '\u{200D}', '\u{200F}', '\u{FE0F}', '\u{FEFF}', 'ـ', '٣', '،',
            ]),
        ]
    }

    fn options() -> impl Strategy<Value = NormalizeOptions> {
        prop::collection::vec(any::<bool>(), NormalizeOptions::RULE_NAMES.len()).prop_map(|on| {
            on.iter()
                .zip(NormalizeOptions::RULE_NAMES)
                .fold(NormalizeOptions::NONE, |o, (&on, name)| {
                    o.with_rule(name, on).unwrap_or(o)
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        /// The offsets path writes the same text and records the same map
        /// as the character path; the plain path writes the same text.
        #[test]
        fn offsets_path_agrees_with_the_char_path(
            o in options(),
            chars in prop::collection::vec(char_strategy(), 0..200),
        ) {
            let text: String = chars.into_iter().collect();
            let n = Normalizer::new(o);
            let by_char = n.normalize_by_char(&text);
            prop_assert_eq!(&n.normalize_with_offsets(&text), &by_char);
            prop_assert_eq!(n.normalize(&text), by_char.0.as_str());
        }
    }
}
