package dev.o2c.examples.dunning;

import dev.o2c.aging.dunning.DunningNotice;
import dev.o2c.core.id.CustomerId;
import dev.o2c.core.id.DocumentNumber;
import dev.o2c.core.money.Money;
import dev.o2c.examples.csv.CsvException;
import dev.o2c.examples.csv.CsvMoney;
import dev.o2c.examples.csv.CsvReader;
import dev.o2c.examples.csv.CsvRow;
import dev.o2c.examples.csv.CsvTable;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.text.Amounts;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;

/**
 * The dunning history of {@code o2c dun --history}: the notices sent before, one row per item on a
 * notice, with header {@code customer_id,item_id,level,date,amount,currency} (any order, case-insensitive,
 * other columns ignored). {@code o2c dun --notices} writes the notices of a run in the same form, so that
 * once the letters are sent they are appended to the history.
 *
 * <pre>{@code
 * customer_id,item_id,level,date,amount,currency
 * C-101,INV-1001,1,2026-03-10,1190.00,EUR
 * }</pre>
 */
public final class DunningHistoryCsv {

  /** The columns, in the order {@link #write} writes them. */
  public static final List<String> COLUMNS = List.of("customer_id", "item_id", "level", "date", "amount", "currency");

  private DunningHistoryCsv() {}

  /**
   * Reads a history file.
   *
   * @param reader the CSV characters; read to the end, not closed
   * @param source the file name, for error messages
   * @return the notices in file order
   * @throws CsvException at the first bad record: a missing column or field, a level that is not a whole
   *     number from 1, a bad date, currency or amount, an amount that is not positive
   */
  public static List<DunningNotice> read(Reader reader, String source) {
    CsvTable table = CsvReader.read(reader, source).requireColumns(COLUMNS.toArray(new String[0]));
    List<DunningNotice> notices = new ArrayList<>();
    for (CsvRow row : table.rows()) {
      CurrencyUnit currency = CsvMoney.currency(row, "currency");
      Money amount = CsvMoney.money(row, "amount", currency);
      String level = row.required("level");
      int number;
      try {
        number = Integer.parseInt(level);
      } catch (NumberFormatException e) {
        throw row.error("level \"" + level + "\" is not a whole number");
      }
      try {
        notices.add(new DunningNotice(CustomerId.of(row.required("customer_id")),
            DocumentNumber.of(row.required("item_id")), number, row.date("date"), amount));
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return List.copyOf(notices);
  }

  /**
   * Writes notices with a header, in the order given.
   *
   * @param notices the notices
   * @param writer where the CSV goes; not closed
   */
  public static void write(List<DunningNotice> notices, Writer writer) {
    CsvWriter csv = new CsvWriter(writer);
    csv.row(COLUMNS);
    for (DunningNotice n : notices) {
      csv.row(n.customer().toString(), n.item().toString(), Integer.toString(n.level()), n.date().toString(),
          Amounts.plain(n.amount()), n.amount().currency().getCurrencyCode());
    }
  }
}
