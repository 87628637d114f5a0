//! Which rules a [`Normalizer`](super::Normalizer) applies, and the presets.

/// The rules a [`Normalizer`](super::Normalizer) applies, one `bool` per rule.
///
/// Start from a preset ([`NONE`](Self::NONE), [`LIGHT`](Self::LIGHT),
/// [`SEARCH`](Self::SEARCH), or [`Default`], which is `SEARCH`) and switch
/// single rules with the `const fn` setter of the same name. Every mapping is
/// listed by code point in the [crate documentation](crate#normalization-rules).
///
/// ```
/// use arabic_text::{NormalizeOptions, Normalizer};
///
/// let opts = NormalizeOptions::NONE.diacritics(true).alef(true);
/// assert!(opts.diacritics && opts.alef && !opts.teh_marbuta);
/// assert_eq!(Normalizer::new(opts).normalize("أَحْمَد"), "احمد");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct NormalizeOptions {
    /// Removes harakat U+064B..=U+065F (tanwin, fatha, damma, kasra, shadda,
    /// sukun, and the extended vowel marks) and U+0670 superscript alef. A
    /// madda or hamza mark (U+0653..=U+0655) that follows its base letter is
    /// first composed with it (ا + U+0654 → أ) and so is not lost.
    pub diacritics: bool,
    /// Removes Quranic annotation marks: U+0610..=U+061A, U+06D6..=U+06ED and
    /// the combining marks of Arabic Extended-A/B (U+0898..=U+089F,
    /// U+08CA..=U+08E1, U+08E3..=U+08FF).
    pub quranic_marks: bool,
    /// Removes U+0640 tatweel (kashida): الـعـربـيـة → العربية.
    pub tatweel: bool,
    /// Folds alef variants to U+0627 ا: آ U+0622, أ U+0623, إ U+0625, ٱ U+0671,
    /// ٲ U+0672, ٳ U+0673, ٵ U+0675, ݳ U+0773, ݴ U+0774.
    pub alef: bool,
    /// Folds ى U+0649 alef maksura to ي U+064A yeh.
    pub alef_maksura: bool,
    /// Folds ة U+0629 teh marbuta to ه U+0647 heh. Lossy (it merges a feminine
    /// ending with a pronoun), so only [`SEARCH`](Self::SEARCH) turns it on.
    pub teh_marbuta: bool,
    /// Folds hamza carriers to their bare letters: ؤ U+0624 and ٶ U+0676 → و,
    /// ئ U+0626 and ٸ U+0678 → ي. A bare hamza ء U+0621 stays.
    pub hamza: bool,
    /// Folds Persian and Urdu letters to their Arabic counterparts: ک U+06A9
    /// and ڪ U+06AA → ك; ی U+06CC, ۍ U+06CD, ې U+06D0, ے U+06D2 → ي; ۓ U+06D3 →
    /// ئ; ە U+06D5, ۀ U+06C0, ہ U+06C1, ۂ U+06C2, ھ U+06BE → ه; ۃ U+06C3 → ة.
    /// With this rule on, `invisible` also removes ZWNJ between letters.
    pub persian: bool,
    /// Replaces presentation forms (U+FB50..=U+FDFF, U+FE70..=U+FEFE) by their
    /// base letters (their Unicode compatibility decomposition), expanding
    /// ligatures: ﻻ U+FEFB → لا, ﷲ U+FDF2 → الله. The isolated forms of
    /// harakat (U+FE70.., U+FC5E..=U+FC63) become the bare marks.
    pub presentation_forms: bool,
    /// Arabic-Indic ٠..٩ U+0660..=U+0669 and Eastern Arabic-Indic ۰..۹
    /// U+06F0..=U+06F9 → ASCII 0..9; the decimal separator ٫ U+066B → `.` and the
    /// thousands separator ٬ U+066C → `,`.
    pub digits: bool,
    /// Arabic punctuation to ASCII: ، U+060C → `,`, ؛ U+061B → `;`, ؟ U+061F →
    /// `?`, ٪ U+066A → `%`, ۔ U+06D4 → `.`.
    pub punctuation: bool,
    /// Removes invisible format characters: bidi marks, embeddings, overrides
    /// and isolates, ZWSP, ZWJ, word joiner, soft hyphen, BOM and the Arabic
    /// letter mark (see [`chars::is_invisible`](crate::chars::is_invisible)).
    /// ZWNJ between two letters is kept unless `persian` is on: in Persian and
    /// Urdu it is spelling (می‌خواهم), not formatting. ZWJ inside an emoji ZWJ
    /// sequence (👨‍👩‍👧, ❤️‍🔥) is kept: removing it would turn one picture
    /// into several.
    pub invisible: bool,
    /// Collapses each run of horizontal whitespace (space, tab, no-break and
    /// other Unicode spaces) into one ASCII space. Line breaks are kept and end
    /// a run; leading and trailing spaces are not trimmed.
    pub whitespace: bool,
}

impl NormalizeOptions {
    /// No rule on: normalizing returns the input unchanged (and borrowed).
    pub const NONE: Self = Self {
        diacritics: false,
        quranic_marks: false,
        tatweel: false,
        alef: false,
        alef_maksura: false,
        teh_marbuta: false,
        hamza: false,
        persian: false,
        presentation_forms: false,
        digits: false,
        punctuation: false,
        invisible: false,
        whitespace: false,
    };

    /// Changes no spelling and no vowel: presentation forms and ligatures to
    /// their base letters, tatweel removed, invisible controls removed (ZWNJ
    /// between letters kept). For display and storage.
    pub const LIGHT: Self = Self::NONE
        .presentation_forms(true)
        .tatweel(true)
        .invisible(true);

    /// For matching: every rule except `punctuation`, `whitespace` and `hamza`
    /// (ؤ and ئ carry meaning that search users type). Folds spelling variants
    /// so that a query and a document written differently meet.
    pub const SEARCH: Self = Self {
        diacritics: true,
        quranic_marks: true,
        tatweel: true,
        alef: true,
        alef_maksura: true,
        teh_marbuta: true,
        hamza: false,
        persian: true,
        presentation_forms: true,
        digits: true,
        punctuation: false,
        invisible: true,
        whitespace: false,
    };

    /// Every rule on, `hamza`, `punctuation` and `whitespace` included.
    pub const ALL: Self = Self::SEARCH.hamza(true).punctuation(true).whitespace(true);
}

/// Defines the `const fn` setter of each rule.
macro_rules! setters {
    ($($(#[$doc:meta])* $name:ident;)*) => {
        impl NormalizeOptions {
            $(
                $(#[$doc])*
                #[must_use]
                pub const fn $name(mut self, on: bool) -> Self {
                    self.$name = on;
                    self
                }
            )*
        }
    };
}

setters! {
    /// Sets [`diacritics`](Self::diacritics).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.diacritics(true));
    /// assert_eq!(n.normalize("كَتَبَ"), "كتب");
    /// ```
    diacritics;
    /// Sets [`quranic_marks`](Self::quranic_marks).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.quranic_marks(true));
    /// assert_eq!(n.normalize("الرحيم\u{06DB}"), "الرحيم");
    /// ```
    quranic_marks;
    /// Sets [`tatweel`](Self::tatweel).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.tatweel(true));
    /// assert_eq!(n.normalize("جـمـيـل"), "جميل");
    /// ```
    tatweel;
    /// Sets [`alef`](Self::alef).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.alef(true));
    /// assert_eq!(n.normalize("إسلام آخر أمس"), "اسلام اخر امس");
    /// ```
    alef;
    /// Sets [`alef_maksura`](Self::alef_maksura).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.alef_maksura(true));
    /// assert_eq!(n.normalize("على"), "علي");
    /// ```
    alef_maksura;
    /// Sets [`teh_marbuta`](Self::teh_marbuta).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.teh_marbuta(true));
    /// assert_eq!(n.normalize("مدرسة"), "مدرسه");
    /// ```
    teh_marbuta;
    /// Sets [`hamza`](Self::hamza).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.hamza(true));
    /// assert_eq!(n.normalize("مؤتمر قائد"), "موتمر قايد");
    /// ```
    hamza;
    /// Sets [`persian`](Self::persian).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.persian(true));
    /// assert_eq!(n.normalize("کتاب فارسی"), "كتاب فارسي");
    /// ```
    persian;
    /// Sets [`presentation_forms`](Self::presentation_forms).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.presentation_forms(true));
    /// assert_eq!(n.normalize("\u{FEFB}"), "لا");
    /// ```
    presentation_forms;
    /// Sets [`digits`](Self::digits).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.digits(true));
    /// assert_eq!(n.normalize("٣٫٥ و١٬٢٠٠ و۴"), "3.5 و1,200 و4");
    /// ```
    digits;
    /// Sets [`punctuation`](Self::punctuation).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.punctuation(true));
    /// assert_eq!(n.normalize("نعم، لا؛ لماذا؟"), "نعم, لا; لماذا?");
    /// ```
    punctuation;
    /// Sets [`invisible`](Self::invisible).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.invisible(true));
    /// assert_eq!(n.normalize("\u{200F}سلام\u{200B}"), "سلام");
    /// ```
    invisible;
    /// Sets [`whitespace`](Self::whitespace).
    ///
    /// ```
    /// # use arabic_text::*;
    /// let n = Normalizer::new(NormalizeOptions::NONE.whitespace(true));
    /// assert_eq!(n.normalize("سلام \t  عليكم\n  و"), "سلام عليكم\n و");
    /// ```
    whitespace;
}

impl Default for NormalizeOptions {
    /// [`SEARCH`](Self::SEARCH), the preset most users of a normalizer want:
    /// text folded so that spelling variants compare equal.
    ///
    /// ```
    /// use arabic_text::NormalizeOptions;
    /// assert_eq!(NormalizeOptions::default(), NormalizeOptions::SEARCH);
    /// ```
    fn default() -> Self {
        Self::SEARCH
    }
}

impl NormalizeOptions {
    /// The rule named `name` (the field names: `diacritics`, `alef`, …), for
    /// command lines and configuration files. `None` for an unknown name.
    ///
    /// ```
    /// use arabic_text::NormalizeOptions;
    /// let o = NormalizeOptions::NONE.with_rule("tatweel", true).unwrap();
    /// assert!(o.tatweel);
    /// assert!(NormalizeOptions::NONE.with_rule("tashkeel", true).is_none());
    /// ```
    pub fn with_rule(self, name: &str, on: bool) -> Option<Self> {
        Some(match name {
            "diacritics" => self.diacritics(on),
            "quranic_marks" => self.quranic_marks(on),
            "tatweel" => self.tatweel(on),
            "alef" => self.alef(on),
            "alef_maksura" => self.alef_maksura(on),
            "teh_marbuta" => self.teh_marbuta(on),
            "hamza" => self.hamza(on),
            "persian" => self.persian(on),
            "presentation_forms" => self.presentation_forms(on),
            "digits" => self.digits(on),
            "punctuation" => self.punctuation(on),
            "invisible" => self.invisible(on),
            "whitespace" => self.whitespace(on),
            _ => return None,
        })
    }

    /// Each rule's switch, in the order of [`RULE_NAMES`](Self::RULE_NAMES).
    #[inline]
    pub(crate) const fn flags(&self) -> [bool; 13] {
        [
            self.diacritics,
            self.quranic_marks,
            self.tatweel,
            self.alef,
            self.alef_maksura,
            self.teh_marbuta,
            self.hamza,
            self.persian,
            self.presentation_forms,
            self.digits,
            self.punctuation,
            self.invisible,
            self.whitespace,
        ]
    }

    /// A stable hash of what these rules do: the same value on every
    /// platform and in every release of this crate for options that
    /// normalize every text alike, and a different one as soon as some text
    /// would normalize differently (a preset changed, a mapping was added).
    ///
    /// Store it beside anything built from normalized text (a search index,
    /// a table of keys) and compare it at start-up: when it differs, the
    /// stored text was normalized by other rules and must be rebuilt, or
    /// queries will silently stop matching it. It hashes (FNV-1a, 64 bits)
    /// what the enabled rules make of every code point in their tables and
    /// of every madda and hamza composition, so switching on a rule that
    /// changes nothing new does not change it. It takes about a millisecond:
    /// compute it once.
    ///
    /// ```
    /// use arabic_text::NormalizeOptions;
    /// let stored = NormalizeOptions::SEARCH.fingerprint(); // saved with the index
    /// assert_eq!(NormalizeOptions::SEARCH.fingerprint(), stored);
    /// assert_ne!(NormalizeOptions::LIGHT.fingerprint(), stored);
    /// assert_ne!(NormalizeOptions::SEARCH.teh_marbuta(false).fingerprint(), stored);
    /// ```
    pub fn fingerprint(&self) -> u64 {
        super::rules::fingerprint(self)
    }

    /// The names [`with_rule`](Self::with_rule) accepts, in field order.
    pub const RULE_NAMES: [&'static str; 13] = [
        "diacritics",
        "quranic_marks",
        "tatweel",
        "alef",
        "alef_maksura",
        "teh_marbuta",
        "hamza",
        "persian",
        "presentation_forms",
        "digits",
        "punctuation",
        "invisible",
        "whitespace",
    ];
}
