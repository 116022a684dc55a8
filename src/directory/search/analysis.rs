//! How Danish text becomes search terms, the same way for offers and for queries.
//!
//! 1. `fold`: lower case, and æ/ø/å (and é, ü, ö, ä) written as ae/oe/aa, so that a person
//!    typing "aeldre" meets "ældre". Both sides are folded, so they stay comparable.
//! 2. Three analyzers over the folded text:
//!    - `stem`: words reduced by the Danish Snowball stemmer ("fodboldklubben" → "fodboldklub");
//!    - `word`: whole words, for prefix ("strik…") and typo-tolerant (fuzzy) matching;
//!    - `part`: stemmed words split into the parts of a compound with a dictionary kept as
//!      data (`data/compound_words.txt`): "fodboldklub" → "fodbold" + "klub".
//! 3. Synonyms (`data/synonyms.txt`) widen a query: "spise sammen" also looks for
//!    "fællesspisning".

use std::collections::HashSet;

use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, SplitCompoundWords, Stemmer,
    TextAnalyzer, TokenStream,
};

pub const STEM: &str = "da_stem";
pub const WORD: &str = "da_word";
pub const PART: &str = "da_part";

const SYNONYMS: &str = include_str!("../../../data/synonyms.txt");
const COMPOUND_WORDS: &str = include_str!("../../../data/compound_words.txt");

/// Words too common to say anything about an offer.
const STOP_WORDS: &[&str] = &[
    "og", "i", "for", "med", "til", "at", "en", "et", "den", "det", "de", "paa", "af", "som", "er",
    "der", "om", "fra", "jeg", "du", "vi", "man", "eller", "hvor", "hvad", "kan", "mig", "min",
    "mit", "the", "and", "of", "a",
];

/// Lower case with Danish letters written out.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' | 'ä' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' | 'è' | 'ê' => out.push('e'),
            'ü' => out.push('u'),
            _ => out.push(c),
        }
    }
    out
}

pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// The three analyzers, built once per index.
pub struct Analyzers {
    pub stem: TextAnalyzer,
    pub word: TextAnalyzer,
    pub part: TextAnalyzer,
}

impl Analyzers {
    pub fn new() -> tantivy::Result<Self> {
        let stem = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::Danish))
            .build();
        let word = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .build();
        let part = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::Danish))
            .filter(SplitCompoundWords::from_dictionary(compound_dictionary())?)
            .build();
        Ok(Analyzers { stem, word, part })
    }

    pub fn register(&self, index: &tantivy::Index) {
        index.tokenizers().register(STEM, self.stem.clone());
        index.tokenizers().register(WORD, self.word.clone());
        index.tokenizers().register(PART, self.part.clone());
    }
}

/// The tokens an analyzer makes of (already folded) text.
pub fn tokens(analyzer: &mut TextAnalyzer, folded: &str) -> Vec<String> {
    let mut stream = analyzer.token_stream(folded);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// Dictionary words, folded, each also in its stemmed form: the last part of a compound
/// is stemmed before splitting ("strikkecafeen" → "strikkecafe" → "strikke" + "cafe").
fn compound_dictionary() -> Vec<String> {
    let mut stemmer = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::Danish))
        .build();
    let mut words: HashSet<String> = HashSet::new();
    for line in COMPOUND_WORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let folded = fold(line);
        // Parts shorter than three letters split ordinary words into nonsense.
        if folded.chars().count() < 3 || folded.contains(' ') {
            continue;
        }
        words.extend(tokens(&mut stemmer, &folded));
        words.insert(folded);
    }
    let mut words: Vec<String> = words
        .into_iter()
        .filter(|w| w.chars().count() >= 3)
        .collect();
    words.sort();
    words
}

/// Groups of words and phrases that mean the same to a person searching (folded).
#[derive(Debug, Clone)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    pub fn load() -> Self {
        let groups = SYNONYMS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|line| {
                line.split(',')
                    .map(|w| fold(w.trim()))
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
            })
            .filter(|g| g.len() > 1)
            .collect();
        Synonyms { groups }
    }

    /// The other members of every group with a member that occurs in the folded query
    /// (as whole words).
    pub fn expand(&self, folded_query: &str) -> Vec<String> {
        let padded = format!(
            " {} ",
            folded_query
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        );
        let mut out = Vec::new();
        for group in &self.groups {
            if group
                .iter()
                .any(|member| padded.contains(&format!(" {member} ")))
            {
                for member in group {
                    if !padded.contains(&format!(" {member} ")) && !out.contains(member) {
                        out.push(member.clone());
                    }
                }
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.groups.len()
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_are_folded() {
        assert_eq!(fold("Ældre på Højby Å"), "aeldre paa hoejby aa");
        assert_eq!(fold("Café"), "cafe");
    }

    #[test]
    fn stemming_and_compounds() {
        let mut a = Analyzers::new().unwrap();
        assert_eq!(
            tokens(&mut a.stem, &fold("fodboldklubben")),
            ["fodboldklub"]
        );
        assert_eq!(
            tokens(&mut a.part, &fold("fodboldklubben")),
            ["fodbold", "klub"]
        );
        assert_eq!(
            tokens(&mut a.word, &fold("Strikke-Café")),
            ["strikke", "cafe"]
        );
    }

    #[test]
    fn synonyms_expand_whole_words_only() {
        let s = Synonyms {
            groups: vec![vec!["faellesspisning".into(), "spise sammen".into()]],
        };
        assert_eq!(s.expand("vi vil spise sammen"), ["faellesspisning"]);
        assert!(s.expand("spisesammen").is_empty());
        assert!(
            Synonyms::load().len() >= 20,
            "the synonym list is data and should not be empty"
        );
    }
}
