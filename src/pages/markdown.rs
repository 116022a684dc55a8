//! Markdown to HTML that is safe to put in a page, with `pulldown-cmark`.
//!
//! Sanitised by construction, not by cleaning HTML afterwards: raw HTML in the text is
//! shown as text; a link keeps its address only when it is `https:`, `http:`, `mailto:`,
//! `tel:`, a path on this site (`/…`) or an anchor (`#…`) — any other link (e.g.
//! `javascript:`) becomes its text; images become their description, since a page may make
//! no request to another site and staff upload no pictures here. Headings move so that the
//! text's biggest is an `<h2>` (whether it was written `#` or `##`): the page's title
//! stays the only `<h1>` and no level is skipped.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Whether a link may keep its address.
fn safe_href(href: &str) -> bool {
    let h = href.trim().to_ascii_lowercase();
    if h.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return false;
    }
    ["https://", "http://", "mailto:", "tel:", "#"]
        .iter()
        .any(|p| h.starts_with(p))
        || (h.starts_with('/') && !h.starts_with("//") && !h.starts_with("/\\"))
}

fn number(level: HeadingLevel) -> usize {
    level as usize
}

/// The level of a heading when the text's biggest, `biggest`, becomes `<h2>` (at most
/// `<h6>`).
fn moved(level: HeadingLevel, biggest: usize) -> HeadingLevel {
    match (number(level) + 2).saturating_sub(biggest).clamp(2, 6) {
        2 => HeadingLevel::H2,
        3 => HeadingLevel::H3,
        4 => HeadingLevel::H4,
        5 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// The page's text as HTML.
pub fn to_html(text: &str) -> String {
    let biggest = Parser::new_ext(text, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(number(level)),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    // Each link's fate, innermost last: kept, or dropped with its end.
    let mut links: Vec<bool> = Vec::new();
    let events = Parser::new_ext(text, options()).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::HtmlBlock) | Event::End(TagEnd::HtmlBlock) => None,
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        Event::Start(Tag::Heading { level, .. }) => Some(Event::Start(Tag::Heading {
            level: moved(level, biggest),
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        })),
        Event::End(TagEnd::Heading(level)) => {
            Some(Event::End(TagEnd::Heading(moved(level, biggest))))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            id,
            ..
        }) => {
            let keep = safe_href(&dest_url);
            links.push(keep);
            keep.then(|| {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title: "".into(),
                    id,
                })
            })
        }
        Event::End(TagEnd::Link) => links
            .pop()
            .unwrap_or(false)
            .then_some(Event::End(TagEnd::Link)),
        other => Some(other),
    });
    let mut html = String::with_capacity(text.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// The page's text as plain blocks (paragraphs, headings, list items, cells), for the
/// plain-language meter.
pub fn blocks(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for event in Parser::new_ext(text, options()) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                current.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock,
            ) => {
                if !current.trim().is_empty() {
                    out.push(std::mem::take(&mut current).trim().to_owned());
                }
                current.clear();
            }
            _ => {}
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_start_at_h2_and_skip_no_level() {
        assert_eq!(to_html("## A\n### B"), "<h2>A</h2>\n<h3>B</h3>\n");
        assert_eq!(to_html("# A\n## B"), "<h2>A</h2>\n<h3>B</h3>\n");
        assert_eq!(to_html("##### A\n###### B"), "<h2>A</h2>\n<h3>B</h3>\n");
    }

    #[test]
    fn ordinary_markdown_becomes_html() {
        let html = to_html(
            "# Hvad er ensomhed?\n\nEn *følelse*, ikke en **diagnose**.\n\n- Ring til [Ældre Sagen](https://www.aeldresagen.dk)\n- Se [kalenderen](/kalender)\n",
        );
        assert!(html.contains("<h2>Hvad er ensomhed?</h2>"), "{html}");
        assert!(html.contains("<em>følelse</em>"));
        assert!(html.contains("<a href=\"https://www.aeldresagen.dk\">Ældre Sagen</a>"));
        assert!(html.contains("<a href=\"/kalender\">kalenderen</a>"));
        assert!(!html.contains("<h1"));
    }

    #[test]
    fn hostile_markdown_renders_harmless() {
        let hostile = [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[klik](javascript:alert(1))",
            "[klik](JaVaScRiPt:alert(1))",
            "[klik](  javascript:alert(1))",
            "[klik](data:text/html;base64,PHNjcmlwdD4=)",
            "[klik](//evil.example/)",
            "[klik](vbscript:msgbox)",
            "![billede](https://tracker.example/pixel.gif)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "Tekst <b onmouseover=alert(1)>fed</b>",
            "[ref]\n\n[ref]: javascript:alert(1)",
            "<https://ok.example/> og <javascript:alert(1)>",
            "<div>\n<script>\nalert(1)\n</script>\n</div>",
        ];
        for text in hostile {
            let html = to_html(text);
            for tag in tags(&html) {
                let bare = tag.trim_start_matches('/');
                let name: String = bare
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                assert!(
                    ["p", "a", "em", "strong", "code", "pre", "blockquote", "div"]
                        .contains(&name.as_str())
                        || name.starts_with('h') && name.len() == 2,
                    "{text:?} gave the tag <{tag}> in {html:?}"
                );
                let attributes = bare[name.len()..].trim();
                assert!(
                    attributes.is_empty()
                        || (name == "a"
                            && (attributes.starts_with("href=\"https://ok.example/\"")
                                || attributes.starts_with("href=\"/b\""))),
                    "{text:?} gave <{tag}>"
                );
            }
        }
        // What was raw HTML is shown as text.
        assert!(to_html("<script>alert(1)</script>").contains("&lt;script&gt;"));
        // An unsafe link keeps its words.
        assert_eq!(to_html("[klik](javascript:alert(1))"), "<p>klik</p>\n");
        // An image is its description.
        assert_eq!(
            to_html("![en bænk](https://x.example/a.png)"),
            "<p>en bænk</p>\n"
        );
    }

    /// The tags of some HTML (text never holds a raw `<`: it is escaped).
    fn tags(html: &str) -> Vec<&str> {
        html.split('<')
            .skip(1)
            .filter_map(|rest| rest.split_once('>').map(|(tag, _)| tag))
            .collect()
    }

    #[test]
    fn huge_input_is_linear_enough() {
        let deep = "> ".repeat(5_000) + "x";
        let html = to_html(&deep);
        assert!(html.contains('x'));
        let many = "[a](/b) ".repeat(10_000);
        assert_eq!(to_html(&many).matches("<a href").count(), 10_000);
    }

    #[test]
    fn blocks_are_the_texts_of_paragraphs_headings_and_items() {
        assert_eq!(
            blocks("# Titel\n\nEn sætning.\nTo linjer.\n\n- Et punkt\n- Et andet\n"),
            ["Titel", "En sætning. To linjer.", "Et punkt", "Et andet"]
        );
    }
}
