//! The quality metric used throughout: word 4-shingle precision and recall.
//!
//! Text is split into word tokens (runs of letters, digits and `_`, case
//! kept), each run of four consecutive tokens is a shingle, and the extracted
//! and the gold text are compared as multisets of shingles. A text shorter
//! than four tokens is one shingle of all its tokens.

use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};

/// Precision and recall of one extraction against its gold text.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
}

impl Score {
    pub fn f1(self) -> f64 {
        f1(self.precision, self.recall)
    }
}

/// The harmonic mean of a precision and a recall.
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

pub fn tokens(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
}

/// Whether `c` belongs to a word token (Unicode `\w`): a letter, a digit
/// or `_`.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The text's word tokens in lower case: its wording, whatever the case.
pub fn lowercase_words(text: &str) -> Vec<String> {
    tokens(text).map(str::to_lowercase).collect()
}

/// Whether two texts have the same words, ignoring case and punctuation.
pub fn same_words(a: &str, b: &str) -> bool {
    let a = lowercase_words(a);
    !a.is_empty() && a == lowercase_words(b)
}

/// The text's 4-shingles, each as a hash of its four tokens.
pub fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<&str> = tokens(text).collect();
    let hash = |w: &[&str]| {
        let mut h = FxHasher::default();
        w.hash(&mut h);
        h.finish()
    };
    match words.len() {
        0 => Vec::new(),
        n if n < 4 => vec![hash(&words)],
        _ => words.windows(4).map(hash).collect(),
    }
}

/// Scores `extracted` against `gold`.
pub fn score(extracted: &str, gold: &str) -> Score {
    let got = shingles(extracted);
    let want = shingles(gold);
    if got.is_empty() || want.is_empty() {
        let same = got.is_empty() && want.is_empty();
        let v = if same { 1.0 } else { 0.0 };
        return Score {
            precision: v,
            recall: v,
        };
    }
    let mut counts: FxHashMap<u64, i64> = FxHashMap::default();
    for s in &want {
        *counts.entry(*s).or_insert(0) += 1;
    }
    let mut shared = 0usize;
    for s in &got {
        if let Some(c) = counts.get_mut(s) {
            if *c > 0 {
                *c -= 1;
                shared += 1;
            }
        }
    }
    Score {
        precision: shared as f64 / got.len() as f64,
        recall: shared as f64 / want.len() as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        let s = score("the quick brown fox jumps", "the quick brown fox jumps");
        assert_eq!((s.precision, s.recall), (1.0, 1.0));
    }

    #[test]
    fn extra_words_lower_precision_only() {
        let s = score("a b c d e f g h", "a b c d e");
        assert_eq!(s.recall, 1.0);
        assert!((s.precision - 2.0 / 5.0).abs() < 1e-9);
    }

    #[test]
    fn punctuation_and_spacing_do_not_matter_but_case_does() {
        assert_eq!(
            score("One, two; three four", "One two three four").f1(),
            1.0
        );
        assert_eq!(score("one two three four", "One two three four").f1(), 0.0);
    }
}
