package dev.o2c.examples.aging;

import dev.o2c.aging.AgingReport;
import dev.o2c.aging.AgingRow;
import dev.o2c.core.id.CustomerId;
import dev.o2c.examples.csv.CsvWriter;
import dev.o2c.examples.text.Amounts;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an aging report as the CLI contract's aging CSV: header {@code customer_id,currency}, one
 * column per bucket (e.g. {@code current,1-30,31-60,61-90,91-120,121+}), then {@code total}; one row
 * per customer and currency, sorted by customer id and then currency code; signed open amounts (credit
 * memos reduce) at the currency's scale ({@code 12.30}).
 *
 * <pre>{@code
 * customer_id,currency,current,1-30,31-60,61-90,91-120,121+,total
 * C-101,EUR,1190.00,-357.00,0.00,0.00,0.00,0.00,833.00
 * }</pre>
 */
public final class AgingCsv {

  private AgingCsv() {}

  /**
   * The header of a report's CSV.
   *
   * @param report the report
   * @return {@code customer_id}, {@code currency}, the bucket labels, {@code total}
   */
  public static List<String> header(AgingReport<?> report) {
    List<String> header = new ArrayList<>();
    header.add("customer_id");
    header.add("currency");
    header.addAll(report.buckets().labels());
    header.add("total");
    return header;
  }

  /**
   * Writes the header and one row per customer and currency.
   *
   * @param report the report
   * @param out where the CSV goes; neither flushed nor closed
   * @return the number of rows written, header not counted
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static int write(AgingReport<CustomerId> report, Writer out) {
    CsvWriter csv = new CsvWriter(out);
    csv.row(header(report));
    int rows = 0;
    for (AgingRow<CustomerId> row : report.rows()) {
      List<String> fields = new ArrayList<>(row.bucketCount() + 3);
      fields.add(row.key().toString());
      fields.add(row.currency().getCurrencyCode());
      row.net().forEach(amount -> fields.add(Amounts.plain(amount)));
      fields.add(Amounts.plain(row.total()));
      csv.row(fields);
      rows++;
    }
    return rows;
  }
}
