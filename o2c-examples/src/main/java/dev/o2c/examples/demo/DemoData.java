package dev.o2c.examples.demo;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.examples.csv.CsvException;
import dev.o2c.examples.csv.CustomersCsv;
import dev.o2c.examples.csv.OpenItemsCsv;
import dev.o2c.matching.statement.StatementFile;
import dev.o2c.matching.statement.StatementParseException;
import dev.o2c.matching.statement.StatementReaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/**
 * The demo's data set: customers, the items billed to them, the bank statement that brought the
 * payments in, and the cash-application decisions taken on them, with the day the books are looked
 * at. This instance is immutable.
 *
 * <p>The embedded set ({@link #embedded()}) lives in the jar under {@code dev/o2c/examples/demo/}:
 * {@code customers.csv} and {@code items.csv} in the formats of the CLI contract, {@code
 * statement.xml} (a camt.053 statement of the demo's own making, with seven payments in and one
 * returned) and {@code cash-application.csv} (decisions).
 */
public final class DemoData {

  /** The day the embedded data set is looked at: all its activity lies on or before it. */
  public static final LocalDate EMBEDDED_AS_OF = LocalDate.of(2026, 3, 31);

  private static final String FOLDER = "/dev/o2c/examples/demo/";
  /** Account currency of customers whose row names none. */
  private static final CurrencyUnit EUR_DEFAULT = Monetary.getCurrency("EUR");

  private final List<Customer> customers;
  private final List<OpenItem> items;
  private final StatementFile statement;
  private final List<CashStep> steps;
  private final LocalDate asOf;

  /**
   * A data set.
   *
   * @param customers the customers, in any order (a parent need not come before its children)
   * @param items the items, each with its open amount equal to its original amount
   * @param statement the bank statement file the payments come from (the demo identifies payers by
   *     the account they pay from)
   * @param steps the cash-application decisions
   * @param asOf the day to report on
   */
  public DemoData(List<Customer> customers, List<OpenItem> items, StatementFile statement, List<CashStep> steps,
      LocalDate asOf) {
    this.customers = List.copyOf(customers);
    this.items = List.copyOf(items);
    this.statement = Objects.requireNonNull(statement, "statement");
    this.steps = List.copyOf(steps);
    this.asOf = Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * The data set embedded in the jar: four customers (a parent with a subsidiary, one customer in
   * JPY), twelve items (invoices, a debit memo, a credit memo), a camt.053 statement with seven
   * payments and a return, and the decisions, as of {@link #EMBEDDED_AS_OF}.
   *
   * @return the data set
   * @throws CsvException if an embedded file is missing or bad (a packaging bug)
   */
  public static DemoData embedded() {
    return read(name -> {
      InputStream in = DemoData.class.getResourceAsStream(FOLDER + name);
      if (in == null) {
        throw new CsvException(name, 0, "the embedded demo file is missing from the jar");
      }
      return in;
    }, EMBEDDED_AS_OF);
  }

  /**
   * Reads a data set from its four files.
   *
   * @param open opens a file by name: {@code customers.csv}, {@code items.csv}, {@code statement.xml}
   *     (a bank statement in any format o2c reads), {@code cash-application.csv}
   * @param asOf the day to report on
   * @return the data set
   * @throws CsvException if a CSV file is bad, naming the file and line
   * @throws StatementParseException if the statement is bad, naming the file and position
   */
  public static DemoData read(Function<String, InputStream> open, LocalDate asOf) {
    Objects.requireNonNull(open, "open");
    List<Customer> customers = load(open, "customers.csv", (r, n) -> CustomersCsv.read(r, n, EUR_DEFAULT));
    List<OpenItem> items = load(open, "items.csv", OpenItemsCsv::read);
    StatementFile statement;
    try (InputStream in = open.apply("statement.xml")) {
      statement = StatementReaders.readFile(in, "statement.xml");
    } catch (IOException e) {
      throw new UncheckedIOException("statement.xml: " + e.getMessage(), e);
    }
    List<CashStep> steps = load(open, "cash-application.csv", CashStepsCsv::read);
    return new DemoData(customers, items, statement, steps, asOf);
  }

  private static <T> T load(Function<String, InputStream> open, String name, BiFunction<Reader, String, T> parse) {
    try (Reader reader = new InputStreamReader(open.apply(name), StandardCharsets.UTF_8)) {
      return parse.apply(reader, name);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /** {@return the customers, in file order} */
  public List<Customer> customers() {
    return customers;
  }

  /** {@return the items, in file order} */
  public List<OpenItem> items() {
    return items;
  }

  /** {@return the bank statement file the payments come from} */
  public StatementFile statement() {
    return statement;
  }

  /** {@return the cash-application decisions, in file order} */
  public List<CashStep> steps() {
    return steps;
  }

  /** {@return the day to report on} */
  public LocalDate asOf() {
    return asOf;
  }
}
