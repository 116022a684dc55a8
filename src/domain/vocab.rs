//! Vocabularies shared by the directory, the guide, the ambassadors and the bus: slugs
//! as stored, in the order forms list them.

/// The target groups an offer, a search or an ambassador names (slugs as stored).
pub const TARGET_GROUPS: &[&str] = &[
    "børn",
    "unge",
    "unge-i-skoleskift",
    "familier",
    "voksne",
    "ældre",
    "socialt-sårbare",
    "nytilflyttere",
    "pårørende",
];

/// Accessibility features a place or a bus stop can have.
pub const ACCESSIBILITY: &[&str] = &[
    "trinfri-adgang",
    "handicaptoilet",
    "teleslynge",
    "parkering-tæt-på",
    "hjælpemidler",
];
