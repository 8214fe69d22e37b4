package org.onewindow.print.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table whose cells wrap; its header row (if any) repeats on every page it spans.
 *
 * @param header true when the first row is a header (bold, shaded, repeated after page breaks)
 */
public record Table(List<Column> columns, List<List<String>> rows, boolean header) {

    /** One column: its share of the width, alignment, and whether its cells are labels (bold, shaded). */
    public record Column(String title, float weight, Align align, boolean label) {

        public static Column of(String title, float weight) {
            return new Column(title, weight, Align.LEFT, false);
        }

        public static Column centred(String title, float weight) {
            return new Column(title, weight, Align.CENTER, false);
        }

        public static Column label(float weight) {
            return new Column("", weight, Align.LEFT, true);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A table with a header row made of the column titles. */
    public static Table withHeader(List<Column> columns, List<List<String>> bodyRows) {
        List<List<String>> all = new ArrayList<>();
        all.add(columns.stream().map(Column::title).toList());
        all.addAll(bodyRows);
        return new Table(columns, all, true);
    }

    /** A two-column form: a label column and a value column. */
    public static Table form(List<List<String>> labelValueRows, float labelWeight) {
        return new Table(List.of(Column.label(labelWeight), Column.of("", 1f - labelWeight)), labelValueRows, false);
    }
}
