//! The directory's search: a tantivy index over the offers (derived state, rebuilt from
//! the database whenever it changes), Danish analysis (see [`analysis`]), and filters,
//! facet counts, distance and paging done over the matches in memory.

pub mod analysis;
pub mod filters;
mod rows;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, TantivyDocument, Term};

use crate::directory::schedule::{DayPart, Schedule};
use crate::domain::geo::haversine_km;
use crate::domain::vocab::{ACCESSIBILITY, TARGET_GROUPS};
use crate::domain::{LifeArena, Offer, OfferStatus, Place, Town};
use analysis::{Analyzers, Synonyms, fold, is_stop_word, tokens};
pub use filters::{Filters, Sort};

/// Results per page.
pub const PAGE_SIZE: usize = 20;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(#[from] tantivy::TantivyError),
}

/// What the index knows of one offer beyond its text.
pub struct Entry {
    pub offer: Arc<Offer>,
    pub schedule: Option<Schedule>,
    /// Bit 0 = Monday.
    pub weekdays: u8,
    /// The next occurrences as of the index build, so pages need not expand the rule.
    pub upcoming: Vec<crate::directory::schedule::Occurrence>,
    pub day_part: Option<DayPart>,
    /// The offer's text as "why it matched" compares it: analysed the first time the offer
    /// is shown in results, then kept as long as the snapshot (analysing it again for every
    /// result line was most of a search page's cost).
    analysed: std::sync::OnceLock<Analysed>,
}

/// An offer's name and text in the three analyses (see [`analysis`]).
struct Analysed {
    words: Vec<String>,
    stems: std::collections::HashSet<String>,
    parts: std::collections::HashSet<String>,
}

/// The words of one query, each analysed once for a whole page of result lines.
pub struct QueryWords {
    /// (as typed, its word form, its stems, its compound parts); stop words left out.
    words: Vec<(String, String, Vec<String>, Vec<String>)>,
}

impl Entry {
    /// The next `n` occurrences that end after `now`: from those computed at the index
    /// build while they last, else expanded afresh.
    pub fn next(
        &self,
        now: jiff::Timestamp,
        n: usize,
    ) -> Vec<crate::directory::schedule::Occurrence> {
        let cached: Vec<_> = self
            .upcoming
            .iter()
            .filter(|o| o.end > now)
            .take(n)
            .copied()
            .collect();
        if cached.len() == n {
            return cached;
        }
        self.schedule
            .as_ref()
            .map_or(Vec::new(), |s| s.next(now, n as u16))
    }
}

struct Fields {
    idx: Field,
    name: Field,
    body: Field,
    words: Field,
    parts: Field,
}

/// The searchable directory of one municipality.
pub struct Directory {
    reader: IndexReader,
    fields: Fields,
    analyzers: Analyzers,
    synonyms: Synonyms,
    entries: Vec<Entry>,
    /// Beside `entries`, position for position: what filters and facets read.
    rows: Vec<rows::Row>,
    name_ranks: Vec<u32>,
    by_id: HashMap<i64, usize>,
    pub towns: Vec<Town>,
    pub stations: Vec<Place>,
}

impl QueryWords {
    /// The words (as typed) this entry's text matches: a word it starts, a shared stem,
    /// or every compound part.
    pub fn matched(&self, directory: &Directory, entry: &Entry) -> Vec<String> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let text = directory.analysed(entry);
        self.words
            .iter()
            .filter(|(_, word, stems, parts)| {
                // Sorted: the first word not before it is the one it could start.
                text.words
                    .get(text.words.partition_point(|w| w.as_str() < word.as_str()))
                    .is_some_and(|w| w.starts_with(word.as_str()))
                    || stems
                        .iter()
                        .any(|s| text.stems.contains(s) || text.parts.contains(s))
                    || (!parts.is_empty() && parts.iter().all(|p| text.parts.contains(p)))
            })
            .map(|(original, ..)| original.clone())
            .collect()
    }
}

/// One result.
pub struct Hit<'a> {
    pub entry: &'a Entry,
    pub score: f32,
    /// From the chosen town, for offers that happen at a place.
    pub distance_km: Option<f64>,
    /// Position in the alphabetical order of all offers (ordering by name without
    /// reading every name).
    name_rank: u32,
}

/// How many of the current results have each filter value.
#[derive(Debug, Default)]
pub struct FacetCounts {
    pub arenas: BTreeMap<LifeArena, usize>,
    pub target_groups: BTreeMap<String, usize>,
    pub towns: BTreeMap<String, usize>,
    pub weekdays: [usize; 7],
    pub day_parts: BTreeMap<DayPart, usize>,
    pub free: usize,
    pub remote: usize,
    pub show_up: usize,
    pub accessibility: BTreeMap<String, usize>,
    /// Online communities good for the young, and groups the young started (issue 20).
    pub young_online: usize,
    pub youth_led: usize,
}

pub struct Results<'a> {
    /// All matches, of which `hits` is the window asked for.
    pub total: usize,
    pub hits: Vec<Hit<'a>>,
    pub facets: FacetCounts,
}

impl std::fmt::Debug for Directory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Directory")
            .field("offers", &self.entries.len())
            .field("towns", &self.towns.len())
            .finish()
    }
}

impl Directory {
    /// Builds the index from offers (ended ones are left out), in memory.
    pub fn build(
        offers: Vec<Offer>,
        towns: Vec<Town>,
        places: Vec<Place>,
        now: jiff::Timestamp,
    ) -> Result<Self, SearchError> {
        let analyzers = Analyzers::new()?;
        let mut schema = Schema::builder();
        let text = |name: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(name)
                    .set_index_option(IndexRecordOption::WithFreqs),
            )
        };
        let fields = Fields {
            idx: schema.add_u64_field("idx", NumericOptions::default().set_fast()),
            name: schema.add_text_field("name", text(analysis::STEM)),
            body: schema.add_text_field("body", text(analysis::STEM)),
            words: schema.add_text_field("words", text(analysis::WORD)),
            parts: schema.add_text_field("parts", text(analysis::PART)),
        };
        let index = Index::create_in_ram(schema.build());
        analyzers.register(&index);
        let mut writer = index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
        let mut entries = Vec::with_capacity(offers.len());
        for offer in offers
            .into_iter()
            .filter(|o| o.status != OfferStatus::Ended)
        {
            let idx = entries.len() as u64;
            let name = fold(&offer.name);
            let body = fold(&searchable_body(&offer));
            let mut doc = TantivyDocument::default();
            doc.add_u64(fields.idx, idx);
            doc.add_text(fields.name, &name);
            doc.add_text(fields.body, &body);
            for field in [fields.words, fields.parts] {
                doc.add_text(field, &name);
                doc.add_text(field, &body);
            }
            writer.add_document(doc)?;
            let schedule = Schedule::of(&offer);
            entries.push(Entry {
                weekdays: schedule.as_ref().map_or(0, |s| s.weekdays(now)),
                upcoming: schedule.as_ref().map_or(Vec::new(), |s| s.next(now, 6)),
                day_part: schedule.as_ref().map(Schedule::day_part),
                schedule,
                offer: Arc::new(offer),
                analysed: std::sync::OnceLock::new(),
            });
        }
        writer.commit()?;
        let town_index: HashMap<&str, u16> = towns
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.as_str(), i as u16))
            .collect();
        let rows = entries
            .iter()
            .map(|e| rows::Row::new(&e.offer, e.weekdays, e.day_part, &town_index))
            .collect();
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_by(|a, b| {
            let (a, b) = (&entries[*a].offer, &entries[*b].offer);
            a.name.cmp(&b.name).then(a.id.cmp(&b.id))
        });
        let mut name_ranks = vec![0u32; entries.len()];
        for (rank, i) in order.into_iter().enumerate() {
            name_ranks[i] = rank as u32;
        }
        let reader = index.reader()?;
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.offer.id, i))
            .collect();
        let stations = places.into_iter().filter(|p| p.is_station).collect();
        Ok(Directory {
            reader,
            fields,
            analyzers,
            synonyms: Synonyms::load(),
            entries,
            rows,
            name_ranks,
            by_id,
            towns,
            stations,
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn entry(&self, offer_id: i64) -> Option<&Entry> {
        self.by_id.get(&offer_id).map(|i| &self.entries[*i])
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn town(&self, name: &str) -> Option<&Town> {
        let folded = fold(name.trim());
        self.towns.iter().find(|t| fold(&t.name) == folded)
    }

    /// Searches: text match (if any), then filters, counts, order, and the window of
    /// `limit` results from `offset`.
    pub fn search(
        &self,
        filters: &Filters,
        offset: usize,
        limit: usize,
    ) -> Result<Results<'_>, SearchError> {
        let scored = match self.text_query(&filters.q) {
            Some(query) => self.run(&*query)?,
            None => (0..self.entries.len()).map(|i| (i, 0.0)).collect(),
        };
        let compiled = rows::Compiled::new(filters, &self.towns);
        let mut tally = rows::Tally::new(self.towns.len());
        let mut hits: Vec<Hit<'_>> = Vec::new();
        for (i, score) in scored {
            let row = &self.rows[i];
            let distance_km = compiled.distance(row);
            if compiled.accepts(row, distance_km) {
                tally.add(row);
                hits.push(Hit {
                    entry: &self.entries[i],
                    score,
                    distance_km,
                    name_rank: self.name_ranks[i],
                });
            }
        }
        let facets = self.facet_counts(&tally);
        sort(
            &mut hits,
            filters.effective_sort(),
            offset.saturating_add(limit),
        );
        let total = hits.len();
        let hits = hits.into_iter().skip(offset).take(limit).collect();
        Ok(Results {
            total,
            hits,
            facets,
        })
    }

    /// Every match of a text query with its score, as entry positions. Collected into a
    /// plain vector: no heap, since all matches are filtered and counted anyway.
    fn run(&self, query: &dyn Query) -> Result<Vec<(usize, f32)>, SearchError> {
        let searcher = self.reader.searcher();
        Ok(searcher.search(query, &AllScored)?)
    }

    /// The words a person typed, as one query: per word its stem (in the name counts
    /// most), its compound parts, a typo-tolerant and a prefix match; plus synonyms.
    fn text_query(&self, q: &str) -> Option<Box<dyn Query>> {
        let folded = fold(q);
        let mut word_analyzer = self.analyzers.word.clone();
        let mut stem_analyzer = self.analyzers.stem.clone();
        let mut part_analyzer = self.analyzers.part.clone();
        let words: Vec<String> = tokens(&mut word_analyzer, &folded)
            .into_iter()
            .filter(|w| !is_stop_word(w))
            .take(12)
            .collect();
        if words.is_empty() {
            return None;
        }
        let f = &self.fields;
        let term = |field: Field, text: &str| Term::from_field_text(field, text);
        let boosted = |query: Box<dyn Query>, boost: f32| -> (Occur, Box<dyn Query>) {
            (Occur::Should, Box::new(BoostQuery::new(query, boost)))
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &words {
            let mut per_word = Vec::new();
            for stem in tokens(&mut stem_analyzer, word) {
                per_word.push(boosted(
                    Box::new(TermQuery::new(
                        term(f.name, &stem),
                        IndexRecordOption::WithFreqs,
                    )),
                    4.0,
                ));
                per_word.push(boosted(
                    Box::new(TermQuery::new(
                        term(f.body, &stem),
                        IndexRecordOption::WithFreqs,
                    )),
                    2.0,
                ));
            }
            // A compound typed: all its parts together count well, one part alone a little
            // ("fodboldklubben" is about football more than about any club).
            let parts: Vec<String> = tokens(&mut part_analyzer, word)
                .into_iter()
                .filter(|p| p.chars().count() >= 3)
                .collect();
            let part_query = |p: &str| -> Box<dyn Query> {
                Box::new(TermQuery::new(
                    term(f.parts, p),
                    IndexRecordOption::WithFreqs,
                ))
            };
            if parts.len() > 1 {
                let all = parts.iter().map(|p| (Occur::Must, part_query(p))).collect();
                per_word.push(boosted(Box::new(BooleanQuery::new(all)), 2.0));
                for part in &parts {
                    per_word.push(boosted(part_query(part), 0.3));
                }
            } else if let Some(part) = parts.first() {
                per_word.push(boosted(part_query(part), 1.5));
            }
            let length = word.chars().count();
            if length >= 4 {
                let distance = if length >= 8 { 2 } else { 1 };
                per_word.push(boosted(
                    Box::new(FuzzyTermQuery::new(term(f.words, word), distance, true)),
                    1.0,
                ));
            }
            if length >= 3 {
                per_word.push(boosted(
                    Box::new(FuzzyTermQuery::new_prefix(term(f.words, word), 0, true)),
                    1.0,
                ));
            }
            clauses.push((Occur::Should, Box::new(BooleanQuery::new(per_word))));
        }
        for synonym in self.synonyms.expand(&folded) {
            let stems: Vec<String> = tokens(&mut stem_analyzer, &synonym);
            let all: Vec<(Occur, Box<dyn Query>)> = stems
                .iter()
                .map(|s| -> (Occur, Box<dyn Query>) {
                    let either = BooleanQuery::new(vec![
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(
                                term(f.body, s),
                                IndexRecordOption::WithFreqs,
                            )) as Box<dyn Query>,
                        ),
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(
                                term(f.name, s),
                                IndexRecordOption::WithFreqs,
                            )),
                        ),
                        (
                            Occur::Should,
                            Box::new(TermQuery::new(
                                term(f.parts, s),
                                IndexRecordOption::WithFreqs,
                            )),
                        ),
                    ]);
                    (Occur::Must, Box::new(either))
                })
                .collect();
            if !all.is_empty() {
                clauses.push(boosted(Box::new(BooleanQuery::new(all)), 2.0));
            }
        }
        Some(Box::new(BooleanQuery::new(clauses)))
    }

    /// The query words this offer matches, for "why it matched".
    pub fn matched_words(&self, entry: &Entry, q: &str) -> Vec<String> {
        self.query_words(q).matched(self, entry)
    }

    /// The query analysed once, for [`QueryWords::matched`] on every result line.
    pub fn query_words(&self, q: &str) -> QueryWords {
        let mut word_analyzer = self.analyzers.word.clone();
        let mut stem_analyzer = self.analyzers.stem.clone();
        let mut part_analyzer = self.analyzers.part.clone();
        let words = q
            .split_whitespace()
            .zip(tokens(&mut word_analyzer, &fold(q)))
            .filter(|(_, word)| !is_stop_word(word))
            .map(|(original, word)| {
                let stems = tokens(&mut stem_analyzer, &word);
                let parts = tokens(&mut part_analyzer, &word);
                (original.to_owned(), word, stems, parts)
            })
            .collect();
        QueryWords { words }
    }

    fn analysed<'a>(&self, entry: &'a Entry) -> &'a Analysed {
        entry.analysed.get_or_init(|| {
            let text = fold(&format!(
                "{} {}",
                entry.offer.name,
                searchable_body(&entry.offer)
            ));
            let mut words = tokens(&mut self.analyzers.word.clone(), &text);
            words.sort_unstable();
            words.dedup();
            Analysed {
                words,
                stems: tokens(&mut self.analyzers.stem.clone(), &text)
                    .into_iter()
                    .collect(),
                parts: tokens(&mut self.analyzers.part.clone(), &text)
                    .into_iter()
                    .collect(),
            }
        })
    }

    /// The station nearest to an offer, with the distance.
    pub fn nearest_station(&self, offer: &Offer) -> Option<(&Place, f64)> {
        self.nearest_station_to(offer.coordinate?)
    }

    /// The station nearest to a coordinate, with the distance.
    pub fn nearest_station_to(&self, at: crate::domain::Coordinate) -> Option<(&Place, f64)> {
        self.stations
            .iter()
            .map(|s| {
                (
                    s,
                    haversine_km(at.lat, at.lon, s.coordinate.lat, s.coordinate.lon),
                )
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// Distance from every town to an offer, nearest first.
    pub fn distances_from_towns(&self, offer: &Offer) -> Vec<(&Town, f64)> {
        let Some(at) = offer.coordinate else {
            return Vec::new();
        };
        let mut out: Vec<(&Town, f64)> = self
            .towns
            .iter()
            .map(|t| {
                (
                    t,
                    haversine_km(t.coordinate.lat, t.coordinate.lon, at.lat, at.lon),
                )
            })
            .collect();
        out.sort_by(|a, b| a.1.total_cmp(&b.1));
        out
    }

    /// The tally by position turned into counts by value, for pages and the API.
    fn facet_counts(&self, t: &rows::Tally) -> FacetCounts {
        let named = |names: &[&str], counts: &[usize]| -> BTreeMap<String, usize> {
            names
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(k, n)| (k.to_string(), *n))
                .collect()
        };
        FacetCounts {
            arenas: LifeArena::ALL
                .iter()
                .zip(t.arenas)
                .filter(|(_, n)| *n > 0)
                .map(|(a, n)| (*a, n))
                .collect(),
            target_groups: named(TARGET_GROUPS, &t.groups),
            towns: self
                .towns
                .iter()
                .zip(&t.towns)
                .filter(|(_, n)| **n > 0)
                .map(|(town, n)| (town.name.clone(), *n))
                .collect(),
            weekdays: t.weekdays,
            day_parts: DayPart::ALL
                .iter()
                .zip(t.day_parts)
                .filter(|(_, n)| *n > 0)
                .map(|(p, n)| (*p, n))
                .collect(),
            free: t.free,
            remote: t.remote,
            show_up: t.show_up,
            accessibility: named(ACCESSIBILITY, &t.access),
            young_online: t.young_online,
            youth_led: t.youth_led,
        }
    }

    /// How many documents the index holds (for `sammen reindex` and metrics).
    pub fn indexed(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

/// Collects every match as (entry position, score), reading the position from the `idx`
/// fast field of each segment.
struct AllScored;

struct AllScoredSegment {
    idx: tantivy::columnar::Column<u64>,
    found: Vec<(usize, f32)>,
}

impl tantivy::collector::Collector for AllScored {
    type Fruit = Vec<(usize, f32)>;
    type Child = AllScoredSegment;

    fn for_segment(
        &self,
        _ord: tantivy::SegmentOrdinal,
        segment: &tantivy::SegmentReader,
    ) -> tantivy::Result<AllScoredSegment> {
        Ok(AllScoredSegment {
            idx: segment.fast_fields().u64("idx")?,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(usize, f32)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl tantivy::collector::SegmentCollector for AllScoredSegment {
    type Fruit = Vec<(usize, f32)>;

    fn collect(&mut self, doc: tantivy::DocId, score: tantivy::Score) {
        if let Some(idx) = self.idx.first(doc) {
            self.found.push((idx as usize, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.found
    }
}

/// Everything searchable about an offer besides its name.
fn searchable_body(offer: &Offer) -> String {
    let mut parts: Vec<&str> = vec![
        &offer.short_description,
        &offer.description,
        &offer.organisation.name,
    ];
    parts.extend(offer.activity_types.iter().map(String::as_str));
    parts.extend(offer.target_groups.iter().map(String::as_str));
    parts.extend(offer.life_arenas.iter().map(|a| a.danish()));
    if let Some(town) = &offer.town {
        parts.push(&town.name);
    }
    if let Some(place) = &offer.place {
        parts.push(&place.name);
    }
    parts.join(" \n ").replace('-', " ")
}

/// Puts the first `keep` hits in order; the rest stay behind them unordered. All hits
/// are counted, but only a page is shown, so a full sort would be wasted work.
fn sort(hits: &mut [Hit<'_>], order: Sort, keep: usize) {
    let by_name = |a: &Hit<'_>, b: &Hit<'_>| a.name_rank.cmp(&b.name_rank);
    let by_score =
        |a: &Hit<'_>, b: &Hit<'_>| b.score.total_cmp(&a.score).then_with(|| by_name(a, b));
    // Offers at a place by distance; phone and online offers after them.
    let by_distance = |a: &Hit<'_>, b: &Hit<'_>| match (a.distance_km, b.distance_km) {
        (Some(x), Some(y)) => x.total_cmp(&y).then_with(|| by_score(a, b)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => by_score(a, b),
    };
    let compare: &dyn Fn(&Hit<'_>, &Hit<'_>) -> std::cmp::Ordering = match order {
        Sort::Relevance => &by_score,
        Sort::Name => &by_name,
        Sort::Distance => &by_distance,
    };
    if keep > 0 && keep < hits.len() {
        hits.select_nth_unstable_by(keep - 1, compare);
        hits[..keep].sort_by(compare);
    } else {
        hits.sort_by(compare);
    }
}
