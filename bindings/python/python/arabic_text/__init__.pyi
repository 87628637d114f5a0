"""Type stubs of ``arabic_text`` (the functions live in ``arabic_text._native``)."""

from typing import Any, Final, Iterator, Literal, Sequence, TypedDict, final, overload

PresetName = Literal["search", "light", "default", "none"]
RuleName = Literal[
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
]
TokenKindName = Literal[
    "word", "number", "punctuation", "symbol", "url", "email", "hashtag", "mention"
]

PRESETS: Final[list[str]]
"""The preset names: ``search``, ``light``, ``default``, ``none``."""
RULES: Final[list[str]]
"""The rule names ``ops`` takes, in the library's order."""

def normalize(
    text: str, preset: PresetName | None = None, ops: Sequence[RuleName] | None = None
) -> str:
    """``text`` folded by a preset (``search`` by default) plus the rules in
    ``ops``; rules alone start from no rule. Returns ``text`` itself when
    nothing changes.

    Raises ``ValueError`` for an unknown preset or rule (the message names the
    valid ones), ``TypeError`` if ``text`` is not a ``str``.
    """

def normalize_batch(
    texts: Sequence[str],
    preset: PresetName | None = None,
    ops: Sequence[RuleName] | None = None,
    *,
    threads: int | None = None,
) -> list[str]:
    """``normalize`` of every text, on ``threads`` threads (all cores by
    default) with the GIL released."""

@final
class Normalizer:
    """A normalizer built once and reused; ``Normalizer(preset, ops)`` takes
    the arguments of ``normalize``. Calling it normalizes."""

    def __init__(
        self, preset: PresetName | None = None, ops: Sequence[RuleName] | None = None
    ) -> None: ...
    @property
    def rules(self) -> list[str]:
        """The names of the rules it applies."""
    def normalize(self, text: str) -> str:
        """``text`` normalized; ``text`` itself when nothing changes."""
    def __call__(self, text: str) -> str: ...
    def normalize_batch(
        self, texts: Sequence[str], *, threads: int | None = None
    ) -> list[str]:
        """``normalize`` of every text, on all cores with the GIL released."""

@final
class Token:
    """A token of the text it came from: ``source[start:end] == text``."""

    @property
    def text(self) -> str:
        """The token's text (sliced from the source when asked for)."""
    @property
    def kind(self) -> TokenKindName:
        """What the token is."""
    @property
    def start(self) -> int:
        """Index of the token's first code point in the source string."""
    @property
    def end(self) -> int:
        """Index just past the token's last code point."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Sentence:
    """A sentence of the text it came from: ``source[start:end] == text``."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    def __eq__(self, other: object) -> bool: ...

def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` (words, numbers, punctuation, symbols and emoji,
    URLs, emails, hashtags, mentions), whitespace left out, with string
    indices."""

@final
class Tokens(Sequence[Token]):
    """The tokens of one text, as ``tokenize_batch`` returns them: a sequence
    of ``Token`` built when read, equal to the list ``tokenize`` returns, and
    the same tokens as columns."""

    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __iter__(self) -> Iterator[Token]: ...
    def to_list(self) -> list[Token]:
        """The tokens as a list."""
    @property
    def texts(self) -> list[str]:
        """Every token's text."""
    @property
    def kinds(self) -> list[TokenKindName]:
        """Every token's kind."""
    @property
    def starts(self) -> list[int]:
        """Every token's start index."""
    @property
    def ends(self) -> list[int]:
        """Every token's end index."""
    def __eq__(self, other: object) -> bool: ...

def tokenize_batch(texts: Sequence[str], *, threads: int | None = None) -> list[Tokens]:
    """``tokenize`` of every text, on all cores with the GIL released; each
    text's tokens as a ``Tokens`` sequence (``== tokenize(text)``)."""

def sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, with string indices."""

class Document(TypedDict):
    """What ``parse`` returns: the ``extract`` example's JSON, spans as string
    indices. Each block is a dict with ``type`` (``heading``: ``level``,
    ``text``; ``paragraph``: ``text``; ``list``: ``ordered``, ``items``;
    ``table``: ``header`` (list or None), ``rows``) and ``span``
    (``[start, end]``)."""

    title: str | None
    blocks: list[dict[str, Any]]

def parse(text: str) -> Document:
    """The structure of a plain-text article: title, headings, paragraphs,
    lists and tables."""

def parse_batch(texts: Sequence[str], *, threads: int | None = None) -> list[Document]:
    """``parse`` of every text, on all cores with the GIL released."""


class Piece(TypedDict):
    text: str
    start: int
    end: int
    role: Literal["proclitic", "article", "stem", "enclitic"]

class Term(TypedDict):
    text: str
    start: int
    end: int
    position: int
    key: str
    stopword: bool
    pieces: list[Piece]

@final
class Lexicon:
    """Word counts learned from the text being indexed."""
    def __init__(self) -> None: ...
    def observe(self, text: str) -> None:
        """Counts the word forms of ``text``."""
    def count(self, form: str) -> int:
        """How often ``form`` was seen."""
    def dumps(self) -> str:
        """The counts as ``form<TAB>count`` lines, for ``loads``."""
    @staticmethod
    def loads(text: str) -> Lexicon:
        """A lexicon from what ``dumps`` wrote; ``ValueError`` if it is not one."""
    def __len__(self) -> int: ...

@final
class Analyzer:
    """Splits words into clitics and stems and gives each a search key."""
    def __init__(self, stopwords: bool = True, lexicon: Lexicon | None = None) -> None:
        """``stopwords=True`` leaves stopwords out of ``terms``; ``False`` keeps
        and marks them. ``lexicon`` decides doubtful splits by its counts."""
    def terms(self, text: str) -> list[Term]:
        """One dict a word, in order; ``start``/``end`` are string indices and
        the pieces tile the word."""
    def key(self, word: str) -> str:
        """The search key of one word."""
