package dev.o2c.examples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void test_render_alignsColumnsAndTrimsTrailingSpaces() {
    TextTable table = new TextTable().left("Item").right("Open").left("Note");
    table.row("INV-1", "12.30", "");
    table.row("INV-10", "1,234.50", "late");
    table.footer("Total", "1,246.80", null);

    assertThat(table.render("  ")).isEqualTo(""
        + "  Item        Open  Note\n"
        + "  ------  --------  ----\n"
        + "  INV-1      12.30\n"
        + "  INV-10  1,234.50  late\n"
        + "  ------  --------  ----\n"
        + "  Total   1,246.80\n");
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void test_row_wrongNumberOfCellsIsRefused() {
    TextTable table = new TextTable().left("A").left("B");

    assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_column_afterRowsIsRefused() {
    TextTable table = new TextTable().left("A");
    table.row("x");

    assertThatThrownBy(() -> table.right("B")).isInstanceOf(IllegalStateException.class);
  }
}
