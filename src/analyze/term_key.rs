//! [`Key`], the search key a [`Term`](super::Term) carries: a string kept
//! inline when it is short, so that yielding a term allocates nothing.
//!
//! Most keys are a stem of two to eight Arabic letters (4 to 16 bytes):
//! up to [`INLINE`] bytes a key lives in the term itself, and only a longer
//! one is put on the heap. Allocating and freeing a `String` per term took
//! nearly a third of the time of [`Analyzer::terms`](super::Analyzer::terms)
//! on news text, most words being served from the memo.

use core::borrow::Borrow;
use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::ops::Deref;

/// Bytes a key keeps inline (eleven Arabic letters).
pub(crate) const INLINE: usize = 22;

/// A term's search key: a string that dereferences to [`str`], kept
/// inline (no allocation) up to 22 bytes.
///
/// It compares, orders and hashes as its text does, so it can stand for
/// a `&str` in comparisons and map lookups; [`Key::into_string`] (or
/// `String::from`) gives an owned `String`.
///
/// ```
/// use arabic_text::analyze::{Analyzer, Key};
/// let t = Analyzer::new().terms("والكتاب").next().unwrap();
/// assert_eq!(t.key, "كتاب");
/// assert_eq!(t.key.as_str(), "كتاب");
/// assert_eq!(t.key.len(), 8);
/// let owned: String = t.key.into_string();
/// assert_eq!(owned, "كتاب");
/// assert_eq!(Key::from("كتاب"), Key::from(String::from("كتاب")));
/// ```
#[derive(Clone)]
pub struct Key(Repr);

#[derive(Clone)]
enum Repr {
    /// `bytes[..len]` is the text, always a copy of a `&str`.
    Inline {
        len: u8,
        bytes: [u8; INLINE],
    },
    Heap(Box<str>),
}

impl Key {
    /// A key holding `text`.
    ///
    /// ```
    /// let k = arabic_text::analyze::Key::new("مدرسه");
    /// assert_eq!(k, "مدرسه");
    /// ```
    #[inline]
    pub fn new(text: &str) -> Key {
        if text.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..text.len()].copy_from_slice(text.as_bytes());
            Key(Repr::Inline {
                len: text.len() as u8,
                bytes,
            })
        } else {
            Key(Repr::Heap(text.into()))
        }
    }

    /// The key `text`, given with the bytes that follow it where there are
    /// enough to fill a key (`window`, which starts with `text`): the
    /// window is copied whole, a copy of fixed size, and only `text`'s
    /// bytes are ever read back.
    #[inline]
    pub(crate) fn in_window(text: &str, window: Option<&[u8; INLINE]>) -> Key {
        match window {
            Some(bytes) if text.len() <= INLINE => {
                debug_assert!(bytes.starts_with(text.as_bytes()));
                Key(Repr::Inline {
                    len: text.len() as u8,
                    bytes: *bytes,
                })
            }
            _ => Key::new(text),
        }
    }

    /// The key's bytes (UTF-8), read without a check.
    ///
    /// ```
    /// assert_eq!(arabic_text::analyze::Key::new("ab").as_bytes(), b"ab");
    /// ```
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            Repr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            Repr::Heap(s) => s.as_bytes(),
        }
    }

    /// The key as a `&str` (an inline key's bytes are checked as UTF-8,
    /// which they always are).
    ///
    /// ```
    /// assert_eq!(arabic_text::analyze::Key::new("كتاب").as_str(), "كتاب");
    /// ```
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes } => core::str::from_utf8(&bytes[..usize::from(*len)])
                .expect("a key holds the bytes of a str"),
            Repr::Heap(s) => s,
        }
    }

    /// The key's length in bytes.
    ///
    /// ```
    /// assert_eq!(arabic_text::analyze::Key::new("كتاب").len(), 8);
    /// ```
    #[inline]
    pub fn len(&self) -> usize {
        match &self.0 {
            Repr::Inline { len, .. } => usize::from(*len),
            Repr::Heap(s) => s.len(),
        }
    }

    /// Whether the key is empty (a term's key never is).
    ///
    /// ```
    /// assert!(arabic_text::analyze::Key::default().is_empty());
    /// ```
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The key as an owned `String`.
    ///
    /// ```
    /// let s: String = arabic_text::analyze::Key::new("قال").into_string();
    /// assert_eq!(s, "قال");
    /// ```
    pub fn into_string(self) -> String {
        match self.0 {
            Repr::Heap(s) => s.into_string(),
            Repr::Inline { .. } => self.as_str().to_owned(),
        }
    }
}

impl Default for Key {
    /// The empty key.
    ///
    /// ```
    /// assert_eq!(arabic_text::analyze::Key::default(), "");
    /// ```
    fn default() -> Self {
        Key::new("")
    }
}

impl Deref for Key {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for Key {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Key {
    fn from(s: &str) -> Self {
        Key::new(s)
    }
}

impl From<String> for Key {
    fn from(s: String) -> Self {
        Key::new(&s)
    }
}

impl From<Key> for String {
    fn from(k: Key) -> Self {
        k.into_string()
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Key {
    /// As the `str` it holds: `"كتاب"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    /// The order of the text (UTF-8 byte order is code point order).
    fn cmp(&self, other: &Key) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl Hash for Key {
    /// As the `str` it holds hashes, so that a map keyed by `Key` can be
    /// looked up with a `&str`.
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write(self.as_bytes());
        state.write_u8(0xff);
    }
}

macro_rules! eq_str {
    ($($t:ty),*) => {$(
        impl PartialEq<$t> for Key {
            fn eq(&self, other: &$t) -> bool {
                self.as_bytes() == AsRef::<str>::as_ref(other).as_bytes()
            }
        }
        impl PartialEq<Key> for $t {
            fn eq(&self, other: &Key) -> bool {
                other == self
            }
        }
    )*};
}
eq_str!(str, &str, String, std::borrow::Cow<'_, str>);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_short_and_long_keys() {
        for s in [
            "",
            "a",
            "كتاب",
            "مستشفيات",
            &"ب".repeat(11),
            &"ب".repeat(12),
        ] {
            let k = Key::new(s);
            assert_eq!(
                (k.as_str(), k.len(), k.as_bytes()),
                (s, s.len(), s.as_bytes())
            );
            assert_eq!(k.clone().into_string(), s);
            assert_eq!(k, s);
        }
    }

    #[test]
    fn hashes_as_its_str() {
        use std::collections::hash_map::DefaultHasher;
        let h = |x: &dyn Fn(&mut DefaultHasher)| {
            let mut s = DefaultHasher::new();
            x(&mut s);
            s.finish()
        };
        for s in ["كتاب", &"ب".repeat(30)] {
            assert_eq!(h(&|st| Key::new(s).hash(st)), h(&|st| s.hash(st)));
        }
    }
}
