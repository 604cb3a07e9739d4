package dev.o2c.matching.statement;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * A bank statement file format: the six o2c reads itself as constants, and any a host adds with its
 * own {@link StatementReader} through {@link #of(String)}, e.g. {@code StatementFormat.of("CODA")}.
 *
 * <p>ISO 20022 camt messages are recognised in every published version from {@code 001.02} on;
 * the version is not part of the format because the element model is shared.
 *
 * <p>There is one instance per name, so formats may be compared with {@code ==} as well as {@link
 * #equals}. They sort with o2c's own formats first, in the order declared here, then by name. This
 * class is immutable and thread-safe.
 */
public final class StatementFormat implements Comparable<StatementFormat> {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  private static final ConcurrentMap<String, StatementFormat> FORMATS = new ConcurrentHashMap<>();

  /** ISO 20022 camt.052, bank-to-customer account report (intraday). */
  public static final StatementFormat CAMT_052 = standard("CAMT_052", 0);
  /** ISO 20022 camt.053, bank-to-customer statement (end of day). */
  public static final StatementFormat CAMT_053 = standard("CAMT_053", 1);
  /** ISO 20022 camt.054, bank-to-customer debit/credit notification. */
  public static final StatementFormat CAMT_054 = standard("CAMT_054", 2);
  /** SWIFT MT940 customer statement. */
  public static final StatementFormat MT940 = standard("MT940", 3);
  /** SWIFT MT942 interim transaction report. */
  public static final StatementFormat MT942 = standard("MT942", 4);
  /** BAI version 2 cash management balance reporting (North America). */
  public static final StatementFormat BAI2 = standard("BAI2", 5);

  private static final int HOST_FORMAT_ORDER = 6;

  private final String name;
  private final int order;

  private StatementFormat(String name, int order) {
    this.name = name;
    this.order = order;
  }

  private static StatementFormat standard(String name, int order) {
    StatementFormat f = new StatementFormat(name, order);
    FORMATS.put(name, f);
    return f;
  }

  /**
   * The format of this name: one of the constants, or a format a host adds, e.g. {@code
   * StatementFormat.of("CODA")} for a reader of Belgian CODA files.
   *
   * @param name upper-case letters, digits and {@code _}, starting with a letter, at most 32
   *     characters, e.g. {@code "MT940"}
   * @return the one instance of that name
   * @throws IllegalArgumentException if the name is not of that form
   * @throws NullPointerException if name is null
   */
  public static StatementFormat of(String name) {
    Objects.requireNonNull(name, "name");
    StatementFormat known = FORMATS.get(name);
    if (known != null) {
      return known;
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("format name must be upper-case letters, digits and _, starting with a"
          + " letter, at most 32 characters: '" + name + "'");
    }
    return FORMATS.computeIfAbsent(name, n -> new StatementFormat(n, HOST_FORMAT_ORDER));
  }

  /**
   * The name of this format.
   *
   * @return the name, e.g. {@code "CAMT_053"} or {@code "MT940"}
   */
  public String name() {
    return name;
  }

  /**
   * Tells whether this is one of the ISO 20022 camt formats.
   *
   * @return true for {@link #CAMT_052}, {@link #CAMT_053} and {@link #CAMT_054}
   */
  public boolean isCamt() {
    return this == CAMT_052 || this == CAMT_053 || this == CAMT_054;
  }

  /**
   * Compares o2c's own formats in the order declared here, before the formats hosts add, which
   * compare by name.
   *
   * @param other the other format
   * @return negative, zero or positive as this format sorts before, with or after the other
   */
  @Override
  public int compareTo(StatementFormat other) {
    int c = Integer.compare(order, other.order);
    return c != 0 ? c : name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StatementFormat && ((StatementFormat) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * The name, as {@link #name()}; {@link #of(String)} parses it back.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
