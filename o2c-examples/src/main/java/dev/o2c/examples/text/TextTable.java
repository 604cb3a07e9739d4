package dev.o2c.examples.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with aligned columns, for console output: a header row, a rule of dashes, the
 * rows, and optionally a rule and footer rows (totals). Columns are separated by two spaces; each
 * column is as wide as its widest cell and left- or right-aligned.
 *
 * <pre>{@code
 * TextTable t = new TextTable().left("Item").right("Open");
 * t.row("INV-1", "12.30");
 * t.render("  ");   // "  Item   Open\n  -----  -----\n  INV-1  12.30\n"
 * }</pre>
 *
 * <p>Instances are mutable and not thread-safe; build one, render it, drop it.
 */
public final class TextTable {

  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();
  private final List<String[]> footers = new ArrayList<>();

  /** An empty table without columns; add columns with {@link #left} and {@link #right}. */
  public TextTable() {}

  /**
   * Adds a left-aligned column (for names, ids, dates).
   *
   * @param header the column heading
   * @return this table
   */
  public TextTable left(String header) {
    return column(header, false);
  }

  /**
   * Adds a right-aligned column (for amounts and counts).
   *
   * @param header the column heading
   * @return this table
   */
  public TextTable right(String header) {
    return column(header, true);
  }

  private TextTable column(String header, boolean right) {
    if (!rows.isEmpty() || !footers.isEmpty()) {
      throw new IllegalStateException("columns must be added before rows");
    }
    headers.add(Objects.requireNonNull(header, "header"));
    rightAligned.add(right);
    return this;
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column, in column order; null cells print as empty
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the number of columns
   */
  public TextTable row(String... cells) {
    rows.add(checked(cells));
    return this;
  }

  /**
   * Adds a footer row, printed below a second rule (totals).
   *
   * @param cells one cell per column, in column order; null cells print as empty
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the number of columns
   */
  public TextTable footer(String... cells) {
    footers.add(checked(cells));
    return this;
  }

  /** {@return the number of rows added, footers not counted} */
  public int size() {
    return rows.size();
  }

  private String[] checked(String[] cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells but got " + cells.length + ": "
          + Arrays.toString(cells));
    }
    String[] copy = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      copy[i] = cells[i] == null ? "" : cells[i];
    }
    return copy;
  }

  /**
   * Renders the table, each line ending with {@code \n} and without trailing spaces.
   *
   * @param indent what every line starts with, e.g. two spaces
   * @return the rendered table
   */
  public String render(String indent) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
    }
    for (List<String[]> part : List.of(rows, footers)) {
      for (String[] row : part) {
        for (int i = 0; i < widths.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
    }
    String[] rule = new String[widths.length];
    for (int i = 0; i < widths.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    StringBuilder out = new StringBuilder();
    line(out, indent, headers.toArray(new String[0]), widths);
    line(out, indent, rule, widths);
    rows.forEach(row -> line(out, indent, row, widths));
    if (!footers.isEmpty()) {
      line(out, indent, rule, widths);
      footers.forEach(row -> line(out, indent, row, widths));
    }
    return out.toString();
  }

  private void line(StringBuilder out, String indent, String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        line.append("  ");
      }
      String pad = " ".repeat(widths[i] - cells[i].length());
      line.append(rightAligned.get(i) ? pad + cells[i] : cells[i] + pad);
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }
}
