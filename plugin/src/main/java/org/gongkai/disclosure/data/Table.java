package org.gongkai.disclosure.data;

import java.util.List;
import java.util.function.Function;

import org.gongkai.disclosure.model.Project;

/**
 * A published table: its file, what it holds, its columns, its keys, and the rows a project gives it. The two core
 * tables (projects, indicators) are in every declaration's downloads; the others only where a project has what they
 * hold (fund sources, recipients, the indicator columns some forms add), so that a declaration of the first format is
 * published exactly as before.
 *
 * @param resource the table's name in the data package
 * @param foreignKey the column that names the project, or null for the projects table itself and the tables of a
 *     department's form
 * @param optional true for a table written only when some project has rows for it
 * @param rows the rows a project gives it; null for a table whose rows come from the project's self-evaluation
 *     ({@link ResultsTable}), encoded with {@link #encodeRows}
 */
record Table<R>(String resource, String file, String description, List<Column<R>> columns, List<String> primaryKey,
        String foreignKey, boolean optional, Function<Project, List<R>> rows) {

    Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }

    /** A project's rows of this table, as CSV; empty when it has none. */
    byte[] encode(Project project) {
        return encodeRows(this.rows.apply(project));
    }

    /** These rows of this table, as CSV; empty when there are none. */
    byte[] encodeRows(List<R> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        CsvWriter.Rows out = new CsvWriter.Rows(rows.size() * 256);
        for (R row : rows) {
            out.add(cells(row));
        }
        return out.toByteArray();
    }

    byte[] header() {
        return CsvWriter.header(columns.stream().map(Column::name).toList());
    }

    private List<String> cells(R row) {
        java.util.ArrayList<String> cells = new java.util.ArrayList<>(columns.size());
        for (Column<R> column : columns) {
            Object value = column.value().apply(row);
            cells.add(value == null ? null : value.toString());
        }
        return cells;
    }
}
