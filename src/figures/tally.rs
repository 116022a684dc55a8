//! Sammen's own figures as tables, pure: a [`Tally`] is a table of true counts with named
//! rows and columns; [`Tally::disclose`] puts it through the one disclosure rule
//! (`crate::domain::disclosure::table`) — the only way a tally of people leaves this
//! module. Counts of offers (the directory's coverage) are not about people and are shown
//! as they are ([`Tally::plain`]).

use crate::domain::disclosure::{self, Shown};

/// A table of true counts: `counts[row][column]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub counts: Vec<Vec<i64>>,
}

impl Tally {
    /// An empty table of these rows and columns.
    pub fn new(rows: Vec<String>, columns: Vec<String>) -> Tally {
        let counts = vec![vec![0; columns.len()]; rows.len()];
        Tally {
            rows,
            columns,
            counts,
        }
    }

    /// Adds `n` to a cell; a row or column not in the table is ignored.
    pub fn add(&mut self, row: &str, column: &str, n: i64) {
        if let (Some(r), Some(c)) = (
            self.rows.iter().position(|x| x == row),
            self.columns.iter().position(|x| x == column),
        ) {
            self.counts[r][c] += n;
        }
    }

    /// Keeps the rows with any count.
    pub fn without_empty_rows(mut self) -> Tally {
        let keep: Vec<bool> = self
            .counts
            .iter()
            .map(|r| r.iter().any(|&n| n != 0))
            .collect();
        let mut i = 0;
        self.rows.retain(|_| {
            i += 1;
            keep[i - 1]
        });
        self.counts.retain(|r| r.iter().any(|&n| n != 0));
        self
    }

    /// Keeps the last `n` rows (the latest months when rows are months in order).
    pub fn last_rows(mut self, n: usize) -> Tally {
        let skip = self.rows.len().saturating_sub(n);
        self.rows.drain(..skip);
        self.counts.drain(..skip);
        self
    }

    /// The table through the one rule: cells under 10 hidden, the rest rounded to 5, a
    /// second cell hidden where a total would give one away.
    pub fn disclose(&self) -> Disclosed {
        Disclosed {
            rows: self.rows.clone(),
            columns: self.columns.clone(),
            table: disclosure::table(&self.counts),
        }
    }

    /// The table as it is, for counts that are not about people (offers).
    pub fn plain(&self) -> Disclosed {
        let n = |v: i64| Shown::Count(v);
        let columns = self.columns.len();
        Disclosed {
            rows: self.rows.clone(),
            columns: self.columns.clone(),
            table: disclosure::Table {
                cells: self
                    .counts
                    .iter()
                    .map(|r| r.iter().map(|&v| n(v)).collect())
                    .collect(),
                row_totals: self.counts.iter().map(|r| n(r.iter().sum())).collect(),
                column_totals: (0..columns)
                    .map(|c| n(self.counts.iter().map(|r| r[c]).sum()))
                    .collect(),
                total: n(self.counts.iter().flatten().sum()),
            },
        }
    }

    /// The cells with no count: (row, column), in order — the directory's gaps.
    pub fn gaps(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (r, row) in self.counts.iter().enumerate() {
            for (c, &n) in row.iter().enumerate() {
                if n == 0 {
                    out.push((self.rows[r].clone(), self.columns[c].clone()));
                }
            }
        }
        out
    }
}

/// A table as it may be shown, with its row and column names.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Disclosed {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    pub table: disclosure::Table,
}

impl Disclosed {
    /// Every shown value with its row and column (`"total"` for the totals), for the CSV.
    pub fn cells(&self) -> Vec<(String, String, Shown)> {
        let mut out = Vec::new();
        if self.rows.is_empty() {
            return out;
        }
        for (r, row) in self.rows.iter().enumerate() {
            for (c, column) in self.columns.iter().enumerate() {
                out.push((row.clone(), column.clone(), self.table.cells[r][c]));
            }
            out.push((row.clone(), "total".into(), self.table.row_totals[r]));
        }
        for (c, column) in self.columns.iter().enumerate() {
            out.push(("total".into(), column.clone(), self.table.column_totals[c]));
        }
        out.push(("total".into(), "total".into(), self.table.total));
        out
    }
}

/// The months `YYYY-MM` from `first` to `last` (both `YYYY-MM`), in order; empty when
/// `first` is after `last` or either is no month.
pub fn months_between(first: &str, last: &str) -> Vec<String> {
    let parse = |m: &str| -> Option<(i32, i32)> {
        let (y, mo) = m.split_once('-')?;
        let (y, mo) = (y.parse().ok()?, mo.parse().ok()?);
        (1..=12).contains(&mo).then_some((y, mo))
    };
    let (Some((mut y, mut m)), Some(end)) = (parse(first), parse(last)) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while (y, m) <= end {
        out.push(format!("{y:04}-{m:02}"));
        m += 1;
        if m > 12 {
            m = 1;
            y += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Shown::{Count, Hidden};

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_tally_goes_through_the_one_rule() {
        let mut t = Tally::new(names(&["2026-10", "2026-11"]), names(&["a", "b"]));
        t.add("2026-10", "a", 12);
        t.add("2026-10", "b", 30);
        t.add("2026-11", "a", 4);
        t.add("2026-11", "b", 40);
        t.add("2026-12", "a", 99); // not a row: ignored
        let d = t.disclose();
        assert_eq!(d.table, disclosure::table(&[vec![12, 30], vec![4, 40]]));
        // 4 is hidden; the row total 44 would give it away, so 40 goes too, and then the
        // column totals would give those away: 12 and 30 go as well.
        assert_eq!(
            d.table.cells,
            vec![vec![Hidden, Hidden], vec![Hidden, Hidden]]
        );
        assert_eq!(d.table.total, Count(85));
        for (_, _, s) in d.cells() {
            if let Count(n) = s {
                assert!(n >= 10 && n % 5 == 0);
            }
        }
    }

    #[test]
    fn offers_are_counted_as_they_are_and_the_gaps_named() {
        let mut t = Tally::new(names(&["Asnæs", "Hørve"]), names(&["fritid", "sundhed"]));
        t.add("Asnæs", "fritid", 3);
        t.add("Hørve", "sundhed", 1);
        let p = t.plain();
        assert_eq!(p.table.cells[0], vec![Count(3), Count(0)]);
        assert_eq!(p.table.total, Count(4));
        assert_eq!(
            t.gaps(),
            vec![
                ("Asnæs".to_owned(), "sundhed".to_owned()),
                ("Hørve".to_owned(), "fritid".to_owned())
            ]
        );
    }

    #[test]
    fn empty_rows_go_and_the_latest_rows_stay() {
        let mut t = Tally::new(names(&["1", "2", "3"]), names(&["x"]));
        t.add("1", "x", 5);
        t.add("3", "x", 7);
        let t = t.without_empty_rows();
        assert_eq!(t.rows, names(&["1", "3"]));
        assert_eq!(t.clone().last_rows(1).rows, names(&["3"]));
        assert_eq!(t.last_rows(5).rows, names(&["1", "3"]));
    }

    #[test]
    fn months_run_over_the_new_year() {
        assert_eq!(
            months_between("2026-11", "2027-02"),
            names(&["2026-11", "2026-12", "2027-01", "2027-02"])
        );
        assert!(months_between("2027-01", "2026-12").is_empty());
        assert!(months_between("x", "2026-12").is_empty());
    }
}
