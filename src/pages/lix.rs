//! How plain a text is: LIX (läsbarhetsindex, Björnsson 1968) — the average sentence
//! length in words plus the share of long words (more than six letters) in per cent —
//! with the very long words and the passive phrases listed, for the editor's meter.
//!
//! Counting rules, written down because every LIX tool differs a little:
//! - a word is a run of letters and digits with at least one letter (`e-mail` is two);
//! - a sentence ends at `.`, `!`, `?` or `:` after a word, and at the end of each block
//!   (a heading or a list item is a sentence of its own);
//! - passive voice is found by two Danish patterns, as a hint and not a verdict: a form
//!   of *blive* followed by a participle-like word (`bliver inviteret`, `blev set`), and a
//!   modal verb followed by an s-passive (`kan lånes`, `skal sendes`).

/// The meter's reading of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub lix: f64,
    pub words: usize,
    pub sentences: usize,
    /// Words of more than six letters.
    pub long_words: usize,
    /// Words of 15 letters or more, each once, at most ten: the first to shorten.
    pub very_long: Vec<String>,
    /// Phrases that look passive, each once, at most ten.
    pub passive: Vec<String>,
}

const MODALS: [&str; 7] = ["kan", "skal", "må", "bør", "vil", "kunne", "skulle"];
const BLIVE: [&str; 4] = ["bliver", "blev", "blevet", "blive"];

fn letters(word: &str) -> usize {
    word.chars().filter(|c| c.is_alphabetic()).count()
}

/// Reads the blocks of a text (see [`super::markdown::blocks`]).
pub fn measure(blocks: &[String]) -> Reading {
    let mut words: Vec<String> = Vec::new();
    let mut sentences = 0;
    for block in blocks {
        let mut ended = true;
        let mut word = String::new();
        let flush = |word: &mut String, words: &mut Vec<String>| -> bool {
            let had = word.chars().any(char::is_alphabetic);
            if had {
                words.push(word.to_lowercase());
            }
            word.clear();
            had
        };
        for c in block.chars() {
            if c.is_alphanumeric() {
                word.push(c);
                continue;
            }
            let was_word = flush(&mut word, &mut words);
            if was_word {
                ended = false;
            }
            if matches!(c, '.' | '!' | '?' | ':') && !ended {
                sentences += 1;
                ended = true;
            }
        }
        if flush(&mut word, &mut words) {
            ended = false;
        }
        if !ended {
            sentences += 1;
        }
    }
    let long_words = words.iter().filter(|w| letters(w) > 6).count();
    let mut very_long: Vec<String> = Vec::new();
    for w in words.iter().filter(|w| letters(w) >= 15) {
        if !very_long.contains(w) && very_long.len() < 10 {
            very_long.push(w.clone());
        }
    }
    let mut passive: Vec<String> = Vec::new();
    for pair in words.windows(2) {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        let blive = BLIVE.contains(&a)
            && letters(b) >= 3
            && (b.ends_with("et") || b.ends_with('t') || b.ends_with("de"));
        let s_passive = MODALS.contains(&a) && letters(b) >= 4 && b.ends_with("es");
        let phrase = format!("{a} {b}");
        if (blive || s_passive) && !passive.contains(&phrase) && passive.len() < 10 {
            passive.push(phrase);
        }
    }
    let lix = if words.is_empty() {
        0.0
    } else {
        words.len() as f64 / sentences.max(1) as f64
            + 100.0 * long_words as f64 / words.len() as f64
    };
    Reading {
        lix,
        words: words.len(),
        sentences,
        long_words,
        very_long,
        passive,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Reading {
        measure(&crate::pages::markdown::blocks(text))
    }

    #[test]
    fn short_words_in_short_sentences() {
        // 7 words, 2 sentences, no word over six letters ("måtten" has six).
        let r = read("Katten sad på måtten. Hunden løb ud.");
        assert_eq!((r.words, r.sentences, r.long_words), (7, 2, 0));
        assert!((r.lix - 3.5).abs() < 1e-9, "{r:?}");
    }

    #[test]
    fn long_words_weigh_heavily() {
        // 3 words, 1 sentence, 2 long: 3 + 200/3.
        let r = read("Kommunalbestyrelsen vedtog sammenhængskraftsstrategien.");
        assert_eq!((r.words, r.sentences, r.long_words), (3, 1, 2));
        assert!((r.lix - (3.0 + 200.0 / 3.0)).abs() < 1e-9, "{r:?}");
        assert_eq!(
            r.very_long,
            ["kommunalbestyrelsen", "sammenhængskraftsstrategien"]
        );
    }

    #[test]
    fn a_heading_and_each_item_are_sentences() {
        // "Sådan gør du" (3) + "Ring til os" (3) + "Kom forbi" (2) = 8 words, 3 sentences.
        let r = read("## Sådan gør du\n\n- Ring til os\n- Kom forbi\n");
        assert_eq!((r.words, r.sentences, r.long_words), (8, 3, 0));
        assert!((r.lix - 8.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn a_known_paragraph() {
        // The old "Om ensomhed" opening: 22 words in 2 sentences, long words:
        // ubehagelig, mangler(7), fællesskaberne? — counted by hand below.
        let text = "Ensomhed er en ubehagelig følelse af, at man mangler nogen. Man har ikke de fællesskaber og relationer, man har brug for.";
        let r = read(text);
        // Words: Ensomhed er en ubehagelig følelse af at man mangler nogen (10)
        //        Man har ikke de fællesskaber og relationer man har brug for (11)
        // Long (> 6 letters): ensomhed, ubehagelig, følelse, mangler, fællesskaber,
        //        relationer = 6.
        assert_eq!((r.words, r.sentences, r.long_words), (21, 2, 6));
        assert!((r.lix - (10.5 + 600.0 / 21.0)).abs() < 1e-9, "{r:?}");
    }

    #[test]
    fn passive_phrases_are_listed() {
        let r = read("Bogen bliver læst. Den kan lånes på biblioteket. Vi låner den.");
        assert_eq!(r.passive, ["bliver læst", "kan lånes"]);
        assert!(read("Vi ses i morgen.").passive.is_empty());
    }

    #[test]
    fn no_words_is_zero() {
        assert_eq!(read("").lix, 0.0);
        assert_eq!(read("…").words, 0);
    }
}
