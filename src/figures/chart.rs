//! A line chart drawn by the server as accessible SVG: `role="img"` with a `<title>` and a
//! `<desc>` that say what it shows in words; lines told apart by their dash as well as
//! their colour; every number is also in the table beside it. Pure.

use std::fmt::Write;

/// One line of the chart.
#[derive(Debug, Clone)]
pub struct Series {
    pub label: String,
    /// (year, per cent).
    pub points: Vec<(i32, f64)>,
    pub style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// A solid line with round markers (the municipality).
    Solid,
    /// A line with square markers (the nation).
    Squares,
    /// A dashed line without markers (the path to the target).
    Dashed,
}

/// What the chart is called and says.
pub struct Chart<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub series: &'a [Series],
    pub first_year: i32,
    pub last_year: i32,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 64.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

impl Chart<'_> {
    /// The SVG, ready to put in a page.
    pub fn svg(&self) -> String {
        let top_value = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .fold(0.0f64, f64::max);
        // The y axis in whole steps of 5 per cent above the highest value.
        let y_max = ((top_value / 5.0).floor() + 1.0) * 5.0;
        let years = f64::from((self.last_year - self.first_year).max(1));
        let plot_w = WIDTH - LEFT - RIGHT;
        let plot_h = HEIGHT - TOP - BOTTOM;
        let x = |year: i32| LEFT + f64::from(year - self.first_year) / years * plot_w;
        let y = |share: f64| TOP + plot_h - share / y_max * plot_h;
        let id = escape(self.id);
        let mut s = String::new();
        let _ = write!(
            s,
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="{id}-title {id}-desc" class="chart"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
            escape(self.title),
            escape(self.description)
        );
        // Grid and y labels.
        let mut step = 0.0;
        while step <= y_max + 1e-9 {
            let yy = y(step);
            let _ = write!(
                s,
                r##"<line x1="{LEFT}" y1="{yy:.1}" x2="{:.1}" y2="{yy:.1}" stroke="#767676" stroke-width="0.5"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12" fill="#222">{step:.0} %</text>"##,
                WIDTH - RIGHT,
                LEFT - 6.0,
                yy + 4.0
            );
            step += 5.0;
        }
        // Year labels every five years, and the first and last.
        for year in self.first_year..=self.last_year {
            if year % 5 == 0 || year == self.first_year || year == self.last_year {
                let _ = write!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="#222">{year}</text>"##,
                    x(year),
                    TOP + plot_h + 18.0
                );
            }
        }
        const COLOURS: [&str; 3] = ["#1a5e9a", "#8a3b00", "#2f6b2f"];
        for (n, series) in self.series.iter().enumerate() {
            let colour = COLOURS[n % COLOURS.len()];
            let points: Vec<String> = series
                .points
                .iter()
                .map(|&(year, share)| format!("{:.1},{:.1}", x(year), y(share)))
                .collect();
            let dash = if series.style == Style::Dashed {
                r#" stroke-dasharray="6 4""#
            } else {
                ""
            };
            let _ = write!(
                s,
                r#"<polyline fill="none" stroke="{colour}" stroke-width="2.5"{dash} points="{}"/>"#,
                points.join(" ")
            );
            for &(year, share) in &series.points {
                let (cx, cy) = (x(year), y(share));
                match series.style {
                    Style::Solid => {
                        let _ = write!(
                            s,
                            r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="4.5" fill="{colour}"/>"#
                        );
                    }
                    Style::Squares => {
                        let _ = write!(
                            s,
                            r#"<rect x="{:.1}" y="{:.1}" width="9" height="9" fill="{colour}"/>"#,
                            cx - 4.5,
                            cy - 4.5
                        );
                    }
                    Style::Dashed => {}
                }
            }
            // The legend below the plot.
            let lx = LEFT + (n as f64) * 200.0;
            let ly = HEIGHT - 14.0;
            let _ = write!(
                s,
                r##"<line x1="{lx:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="{colour}" stroke-width="2.5"{dash}/><text x="{:.1}" y="{ly:.1}" font-size="12" fill="#222">{}</text>"##,
                ly - 4.0,
                lx + 24.0,
                ly - 4.0,
                lx + 30.0,
                escape(&series.label)
            );
        }
        s.push_str("</svg>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_has_its_text_alternative_and_escapes_text() {
        let series = [Series {
            label: "Land <&>".into(),
            points: vec![(2017, 8.3), (2021, 12.4)],
            style: Style::Squares,
        }];
        let svg = Chart {
            id: "c",
            title: "Svært ensomme",
            description: "8,3 % i 2017 & 12,4 % i 2021",
            series: &series,
            first_year: 2017,
            last_year: 2040,
        }
        .svg();
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains(r#"aria-labelledby="c-title c-desc""#));
        assert!(svg.contains("<title id=\"c-title\">Svært ensomme</title>"));
        assert!(svg.contains("8,3 % i 2017 &amp; 12,4 % i 2021"));
        assert!(svg.contains("Land &lt;&amp;&gt;"));
        assert!(!svg.contains("<&>"));
        assert_eq!(svg.matches("<rect").count(), 2);
    }
}
