//! The fitted values of the column search's weights, written by the fitting
//! program (`fit.rs`); regenerate rather than edit by hand.

use super::weights::{Weights, W};

/// The weights the column search uses.
pub(crate) const FITTED: Weights = Weights({
    let mut w = [0.0; W::COUNT];
    w[W::BoundaryCost as usize] = -1.0;
    w[W::AfterSentence as usize] = 3.0;
    w[W::BeforeQualifier as usize] = -2.0;
    w[W::AfterQualifier as usize] = 1.5;
    w[W::LatinPair as usize] = -0.5;
    w[W::CodePair as usize] = 1.0;
    w[W::HeaderLatinNames as usize] = 0.5;
    w[W::AfterComma as usize] = -1.5;
    w[W::BeforeNumber as usize] = 1.5;
    w[W::NumberNumber as usize] = 2.5;
    w[W::NumberUnit as usize] = -1.0;
    w[W::QuantityThenNumber as usize] = 1.0;
    w[W::LatinThenNumber as usize] = -0.5;
    w[W::BeforeChange as usize] = 1.5;
    w[W::MeasuredFigure as usize] = -2.0;
    w[W::DateParts as usize] = -2.0;
    w[W::DateEnd as usize] = 1.0;
    w[W::TimeEnd as usize] = 3.0;
    w[W::BeforeVerbClause as usize] = 2.0;
    w[W::ScriptChange as usize] = 1.0;
    w[W::BeforeSymbol as usize] = 2.0;
    w[W::Construct as usize] = -1.0;
    w[W::DefiniteThenIndefinite as usize] = 0.5;
    w[W::Adjective as usize] = -1.5;
    w[W::BeforeComplement as usize] = -1.5;
    w[W::RepeatedHead as usize] = 1.0;
    w[W::HeaderDefinitePair as usize] = 1.0;
    w[W::HeaderBeforeParticle as usize] = -1.0;
    w[W::HeaderIndefinitePair as usize] = -0.5;
    w[W::HeaderConstruct as usize] = -1.0;
    w[W::GivenName as usize] = -2.0;
    w[W::BeforeTitle as usize] = 1.0;
    w[W::BeforeCoordinated as usize] = -1.5;
    w[W::PhraseInArticle as usize] = -0.5;
    w[W::PhraseInProse as usize] = -1.0;
    w[W::BeforeAdverb as usize] = -1.5;
    w[W::RatingPair as usize] = 2.0;
    w[W::ShapeMismatch as usize] = -1.0;
    w[W::PunctMismatch as usize] = -1.5;
    w[W::LoneFigures as usize] = -1.0;
    w[W::RepeatedValue as usize] = 1.5;
    w[W::RepeatedLabel as usize] = -1.0;
    w[W::RepeatedNumber as usize] = 0.5;
    w[W::CellLengthPrior as usize] = 0.3;
    w[W::LabelWord as usize] = -0.25;
    w[W::LabelStatement as usize] = -2.0;
    w[W::IdenticalNeighbours as usize] = 2.0;
    w[W::ParallelNeighbours as usize] = 1.0;
    w[W::Unbalanced as usize] = 0.5;
    w[W::RangeEnd as usize] = -1.5;
    w[W::SharedFirstWordDown as usize] = 0.5;
    w[W::ColumnCost as usize] = 0.0;
    w
});
