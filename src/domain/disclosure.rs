//! Disclosure control: **the one rule** for every figure about people that Sammen shows or
//! exports — pages, CSV, JSON and staff views alike. Pure: no store, no web.
//!
//! - A count under [`MIN_CELL`] (10) is never shown: it is hidden.
//! - Every other count is rounded to the nearest [`ROUND_TO`] (5).
//! - In a table with row and column totals, when a line (a row or a column, the totals'
//!   own row and column included) shows its total and hides exactly one of its cells, the
//!   hidden cell could be worked out from the total and the others: the smallest shown
//!   cell of that line is hidden too (secondary suppression), repeated until no line gives
//!   a hidden cell away.
//!
//! This follows the practice of the UK's Office for National Statistics for its
//! loneliness indicators (counts under 10 suppressed, the rest rounded to 5).

use serde::Serialize;

/// The fewest people a shown count may stand for.
pub const MIN_CELL: i64 = 10;

/// Shown counts are rounded to a multiple of this.
pub const ROUND_TO: i64 = 5;

/// A count as it may be shown: rounded, or hidden.
/// In JSON a hidden count is `null`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(i64),
    Hidden,
}

impl Serialize for Shown {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value().serialize(s)
    }
}

impl Shown {
    /// The rounded count, `None` when hidden.
    pub fn value(self) -> Option<i64> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Hidden => None,
        }
    }

    pub fn is_hidden(self) -> bool {
        self == Shown::Hidden
    }
}

/// Rounds a count to the nearest multiple of [`ROUND_TO`] (halves round up: 12 → 10,
/// 13 → 15).
pub fn round(count: i64) -> i64 {
    (count + ROUND_TO / 2).div_euclid(ROUND_TO) * ROUND_TO
}

/// One count on its own: hidden under [`MIN_CELL`], otherwise rounded.
pub fn count(count: i64) -> Shown {
    if count < MIN_CELL {
        Shown::Hidden
    } else {
        Shown::Count(round(count))
    }
}

/// Whether a number of people is big enough for any figure built from them (a mean, a
/// share) to be shown.
pub fn enough(people: i64) -> bool {
    people >= MIN_CELL
}

/// A table of counts with its row totals, column totals and grand total, after the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    pub cells: Vec<Vec<Shown>>,
    pub row_totals: Vec<Shown>,
    pub column_totals: Vec<Shown>,
    pub total: Shown,
}

/// Applies the rule to a table of true counts (rows of equal length) shown with its
/// totals, which are computed here from the true counts.
pub fn table(counts: &[Vec<i64>]) -> Table {
    let rows = counts.len();
    let columns = counts.first().map_or(0, Vec::len);
    assert!(
        counts.iter().all(|r| r.len() == columns),
        "a table's rows have the same length"
    );
    // The grid with the totals as its last row and column.
    let mut grid = vec![vec![0i64; columns + 1]; rows + 1];
    for (r, row) in counts.iter().enumerate() {
        for (c, &n) in row.iter().enumerate() {
            grid[r][c] = n;
            grid[r][columns] += n;
            grid[rows][c] += n;
            grid[rows][columns] += n;
        }
    }
    let mut hidden: Vec<Vec<bool>> = grid
        .iter()
        .map(|row| row.iter().map(|&n| n < MIN_CELL).collect())
        .collect();
    // Every line: its cells, then its total.
    let mut lines: Vec<Vec<(usize, usize)>> = Vec::new();
    for r in 0..=rows {
        lines.push((0..=columns).map(|c| (r, c)).collect());
    }
    for c in 0..=columns {
        lines.push((0..=rows).map(|r| (r, c)).collect());
    }
    loop {
        let mut changed = false;
        for line in &lines {
            let (&(tr, tc), cells) = line.split_last().expect("a line has a total");
            if hidden[tr][tc] {
                continue;
            }
            let hidden_cells = cells.iter().filter(|&&(r, c)| hidden[r][c]).count();
            if hidden_cells != 1 {
                continue;
            }
            let smallest = cells
                .iter()
                .filter(|&&(r, c)| !hidden[r][c])
                .min_by_key(|&&(r, c)| grid[r][c]);
            match smallest {
                Some(&(r, c)) => hidden[r][c] = true,
                // Nothing else to hide: the total would give the cell away.
                None => hidden[tr][tc] = true,
            }
            changed = true;
        }
        if !changed {
            break;
        }
    }
    let shown = |r: usize, c: usize| {
        if hidden[r][c] {
            Shown::Hidden
        } else {
            Shown::Count(round(grid[r][c]))
        }
    };
    Table {
        cells: (0..rows)
            .map(|r| (0..columns).map(|c| shown(r, c)).collect())
            .collect(),
        row_totals: (0..rows).map(|r| shown(r, columns)).collect(),
        column_totals: (0..columns).map(|c| shown(rows, c)).collect(),
        total: shown(rows, columns),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Shown::{Count, Hidden};

    #[test]
    fn a_count_under_ten_is_never_shown() {
        for n in 0..10 {
            assert_eq!(count(n), Hidden, "{n}");
            assert!(!enough(n));
        }
        assert_eq!(count(-3), Hidden);
        assert_eq!(count(10), Count(10));
        assert!(enough(10));
    }

    #[test]
    fn other_counts_are_rounded_to_five() {
        assert_eq!(count(11), Count(10));
        assert_eq!(count(12), Count(10));
        assert_eq!(count(13), Count(15));
        assert_eq!(count(17), Count(15));
        assert_eq!(count(18), Count(20));
        assert_eq!(count(1234), Count(1235));
        for n in 10..500 {
            let shown = count(n).value().unwrap();
            assert_eq!(shown % ROUND_TO, 0, "{n}");
            assert!((shown - n).abs() <= 2, "{n} → {shown}");
            assert!(shown >= MIN_CELL, "a rounded count never shows under 10");
        }
    }

    #[test]
    fn a_table_without_small_cells_is_only_rounded() {
        let t = table(&[vec![10, 21], vec![33, 44]]);
        assert_eq!(
            t.cells,
            vec![vec![Count(10), Count(20)], vec![Count(35), Count(45)]]
        );
        assert_eq!(t.row_totals, vec![Count(30), Count(75)]);
        assert_eq!(t.column_totals, vec![Count(45), Count(65)]);
        assert_eq!(t.total, Count(110));
    }

    #[test]
    fn one_hidden_cell_in_a_row_gets_a_second_one_hidden() {
        // Row 0: 4 is hidden; with the row total 54 shown, 54 - 30 - 20 = 4 would give it
        // away, so the smallest shown cell of the row (20) is hidden too.
        let t = table(&[vec![4, 30, 20], vec![40, 50, 60]]);
        assert_eq!(t.cells[0][0], Hidden);
        assert_eq!(t.cells[0][2], Hidden, "the smallest shown cell of the row");
        assert_eq!(t.cells[0][1], Count(30));
        assert_eq!(t.row_totals[0], Count(55));
        // Now columns 0 and 2 each hide one cell with their totals shown: a second cell
        // goes in each column too, so no line hides exactly one cell under a shown total.
        assert_no_line_gives_a_cell_away(&t);
    }

    #[test]
    fn one_hidden_cell_in_a_column_gets_a_second_one_hidden() {
        let t = table(&[vec![100], vec![3], vec![25], vec![40]]);
        assert_eq!(t.cells[1][0], Hidden);
        assert_eq!(
            t.cells[2][0], Hidden,
            "the smallest shown cell of the column"
        );
        assert_eq!(t.cells[0][0], Count(100));
        assert_eq!(t.cells[3][0], Count(40));
        assert_eq!(t.total, Count(170));
        // The row totals of a one-column table equal their cells: hidden alike.
        assert_eq!(t.row_totals, vec![Count(100), Hidden, Hidden, Count(40)]);
        assert_no_line_gives_a_cell_away(&t);
    }

    #[test]
    fn two_hidden_cells_in_a_line_need_nothing_more() {
        let t = table(&[vec![3, 4, 50, 60]]);
        assert_eq!(t.cells[0], vec![Hidden, Hidden, Count(50), Count(60)]);
        assert_eq!(t.total, Count(115));
    }

    #[test]
    fn a_hidden_total_hides_nothing_more() {
        let t = table(&[vec![3, 4], vec![2, 50]]);
        assert_eq!(t.row_totals[0], Hidden, "7 is under 10");
        assert_no_line_gives_a_cell_away(&t);
    }

    #[test]
    fn a_line_with_only_the_hidden_cell_hides_its_total() {
        // The two-row single column: 5 and 12. 5 is hidden; in the column the only other
        // cell (12) goes; every row total equals its cell.
        let t = table(&[vec![5], vec![12]]);
        assert_eq!(t.cells, vec![vec![Hidden], vec![Hidden]]);
        assert_eq!(t.total, Count(15));
        assert_no_line_gives_a_cell_away(&t);
    }

    #[test]
    fn every_small_table_passes() {
        // Every 2×2 table of counts 0..13 in a few steps: no line gives a cell away, no
        // shown figure is under 10 or off the grid of 5.
        let values = [0, 1, 5, 9, 10, 12, 30];
        for a in values {
            for b in values {
                for c in values {
                    for d in values {
                        let t = table(&[vec![a, b], vec![c, d]]);
                        assert_no_line_gives_a_cell_away(&t);
                        for s in t
                            .cells
                            .iter()
                            .flatten()
                            .chain(&t.row_totals)
                            .chain(&t.column_totals)
                            .chain([&t.total])
                        {
                            if let Count(n) = s {
                                assert!(*n >= MIN_CELL && n % ROUND_TO == 0);
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn serialises_a_hidden_cell_as_null() {
        assert_eq!(
            serde_json::to_string(&[Count(10), Hidden]).unwrap(),
            "[10,null]"
        );
    }

    fn assert_no_line_gives_a_cell_away(t: &Table) {
        let rows = t.cells.len();
        let columns = t.column_totals.len();
        let at = |r: usize, c: usize| match (r == rows, c == columns) {
            (false, false) => t.cells[r][c],
            (false, true) => t.row_totals[r],
            (true, false) => t.column_totals[c],
            (true, true) => t.total,
        };
        for r in 0..=rows {
            if !at(r, columns).is_hidden() {
                let n = (0..columns).filter(|&c| at(r, c).is_hidden()).count();
                assert_ne!(n, 1, "row {r} of {t:?}");
            }
        }
        for c in 0..=columns {
            if !at(rows, c).is_hidden() {
                let n = (0..rows).filter(|&r| at(r, c).is_hidden()).count();
                assert_ne!(n, 1, "column {c} of {t:?}");
            }
        }
    }
}
