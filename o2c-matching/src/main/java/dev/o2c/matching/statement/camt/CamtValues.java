package dev.o2c.matching.statement.camt;

import dev.o2c.core.money.Money;
import dev.o2c.core.domain.Direction;
import dev.o2c.matching.statement.FundsAvailability;
import dev.o2c.matching.statement.StatementParseException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;

/**
 * Reads the values of a camt message from its elements: amounts exact at the currency's scale,
 * currencies, credit/debit indicators, dates and date-times, booleans, counts, funds availability.
 * A value that cannot be read is a {@link StatementParseException} at the element's path. One
 * instance per reading (it caches currencies).
 */
final class CamtValues {

  private static final Pattern RATE = Pattern.compile("[0-9]{1,30}(?:\\.[0-9]{1,30})?");
  private static final Pattern DATE =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})(?:Z|[+-][0-9]{2}:[0-9]{2})?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,15}");
  /** camt's Max15PlusSignedNumericText, the type of {@code NbOfDays}. */
  private static final Pattern DAYS = Pattern.compile("\\+?[0-9]{1,15}");

  private final String sourceName;
  private final Map<String, CurrencyUnit> currencies = new HashMap<>();
  private String lastCode;
  private CurrencyUnit lastCurrency;
  /** The last date read: booking and value date, and entry after entry, are mostly the same day. */
  private LocalDate lastDate;

  CamtValues(String sourceName) {
    this.sourceName = sourceName;
  }

  /** A plain non-negative decimal without currency, as in {@code TxsSummry}. */
  BigDecimal decimal(XmlNode node) {
    String text = node.text().orElse("");
    if (!RATE.matcher(text).matches()) {
      throw fail(node.path(), "not a decimal number: '" + text + "'", null);
    }
    return new BigDecimal(text);
  }


  /**
   * The {@code Avlbty} elements of a balance, entry or transaction details as one distributed
   * availability (code {@code D}): {@code NbOfDays} gives a distribution by days, {@code ActlDt}
   * one by date; each amount is signed by its {@code CdtDbtInd}, debit negative as for balances.
   * The order of the elements carries no meaning, so the parts are sorted (days ascending, then
   * dates ascending) and amounts for the same days or date are added up. Whether they add up to
   * the owner's amount is not checked: camt sets no such rule.
   *
   * @param node the {@code Bal}, {@code Ntry} or {@code TxDtls}
   * @param ownerCurrency the currency the amounts must be in, or null when the owner sets none
   * @param owner what the availability belongs to, for the message when the currency differs
   */
  Optional<FundsAvailability> availability(XmlNode node, CurrencyUnit ownerCurrency, String owner) {
    List<XmlNode> avlbty = node.all("Avlbty");
    if (avlbty.isEmpty()) {
      return Optional.empty();
    }
    TreeMap<Integer, Long> byDays = new TreeMap<>();
    TreeMap<LocalDate, Long> byDate = new TreeMap<>();
    CurrencyUnit ccy = null;
    for (XmlNode a : avlbty) {
      XmlNode amt = required(a, "Amt");
      Money amount = money(amt);
      if (ccy == null && ownerCurrency != null && !amount.currency().equals(ownerCurrency)) {
        throw fail(amt.path(), "availability amount " + amount + " is not in the currency of its "
            + owner + " (" + ownerCurrency.getCurrencyCode() + ")", null);
      }
      if (ccy != null && !amount.currency().equals(ccy)) {
        throw fail(amt.path(), "availability amount " + amount + " is not in the currency of the"
            + " first availability amount (" + ccy.getCurrencyCode() + ")", null);
      }
      ccy = amount.currency();
      long minor = direction(required(a, "CdtDbtInd")) == Direction.DEBIT
          ? -amount.minorUnits() : amount.minorUnits();
      XmlNode dt = required(a, "Dt");
      XmlNode nbOfDays = dt.childOrNull("NbOfDays");
      XmlNode actlDt = dt.childOrNull("ActlDt");
      if (nbOfDays != null && actlDt == null) {
        byDays.merge(days(nbOfDays), minor, Math::addExact);
      } else if (actlDt != null && nbOfDays == null) {
        byDate.merge(date(actlDt.text().orElse(""), actlDt.path()), minor, Math::addExact);
      } else {
        throw fail(dt.path(), "availability date needs either NbOfDays or ActlDt", null);
      }
    }
    List<FundsAvailability.Distribution> parts = new ArrayList<>(byDays.size() + byDate.size());
    for (Map.Entry<Integer, Long> d : byDays.entrySet()) {
      parts.add(FundsAvailability.Distribution.of(d.getKey(), Money.ofMinor(ccy, d.getValue())));
    }
    for (Map.Entry<LocalDate, Long> d : byDate.entrySet()) {
      parts.add(FundsAvailability.Distribution.onDate(d.getKey(), Money.ofMinor(ccy, d.getValue())));
    }
    return Optional.of(FundsAvailability.distributed(parts));
  }

  /** A {@code NbOfDays}: up to 15 digits with an optional plus sign, at most {@link Integer#MAX_VALUE}. */
  private int days(XmlNode node) {
    String text = node.text().orElse("");
    if (!DAYS.matcher(text).matches()) {
      throw fail(node.path(), "not a number of days: '" + text + "'", null);
    }
    long days = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    if (days > Integer.MAX_VALUE) {
      throw fail(node.path(), "number of days " + text + " is too large", null);
    }
    return (int) days;
  }

  // ---------------------------------------------------------------- values

  XmlNode required(XmlNode parent, String name) {
    return parent
        .at(name)
        .orElseThrow(
            () -> fail(parent.path() + "/" + name, "required element " + name + " is missing", null));
  }

  /** Text exactly as sent, empty only when it is blank. */
  static Optional<String> exact(XmlNode node) {
    return Optional.ofNullable(exactOrNull(node));
  }

  /** Text exactly as sent, null only when it is blank. */
  static String exactOrNull(XmlNode node) {
    String raw = node.rawText();
    return raw.isBlank() ? null : raw;
  }

  Money money(XmlNode node) {
    // Parsed straight from the node's characters: no String unless something is wrong.
    char[] chars = node.textChars();
    int from = node.trimmedFrom();
    int to = node.trimmedTo();
    if (from == to) {
      throw fail(node.path(), "amount is empty", null);
    }
    String attr = node.attributeOrNull("Ccy");
    if (attr == null) {
      throw fail(
          node.path(), "amount " + new String(chars, from, to - from) + " without Ccy attribute", null);
    }
    String code = attr.trim();
    CurrencyUnit ccy = currency(code, node);
    int digits = ccy.getDefaultFractionDigits();
    // Exact decimal to minor units without BigDecimal: [+]int[.frac], at most 18 integer digits,
    // decimals beyond the currency's scale only if they are zeros.
    int i = chars[from] == '+' ? from + 1 : from;
    long minor = 0;
    int intDigits = 1;
    int fracDigits = 0;
    boolean dot = false;
    boolean any = false;
    for (; i < to; i++) {
      char c = chars[i];
      if (c == '.' && !dot) {
        dot = true;
        continue;
      }
      if (c < '0' || c > '9') {
        throw fail(node.path(), "not a valid amount: '" + node.text().orElse("") + "'", null);
      }
      any = true;
      if (!dot) {
        if (minor > 0 && ++intDigits > 18) {
          throw fail(node.path(), "amount " + node.text().orElse("") + " is too large", null);
        }
        minor = minor * 10 + (c - '0');
      } else if (++fracDigits <= digits) {
        if (minor > (Long.MAX_VALUE - 9) / 10) {
          throw fail(node.path(), "amount " + node.text().orElse("") + " is too large", null);
        }
        minor = minor * 10 + (c - '0');
      } else if (c != '0') {
        throw fail(
            node.path(),
            "amount " + node.text().orElse("") + " has more decimals than " + code + " allows ("
                + digits + ")",
            null);
      }
    }
    if (!any) {
      throw fail(node.path(), "not a valid amount: '" + node.text().orElse("") + "'", null);
    }
    for (int f = Math.min(fracDigits, digits); f < digits; f++) {
      if (minor > Long.MAX_VALUE / 10) {
        throw fail(node.path(), "amount " + node.text().orElse("") + " is too large", null);
      }
      minor *= 10;
    }
    return Money.ofMinor(ccy, minor);
  }

  CurrencyUnit currency(String code, XmlNode node) {
    // Files are mostly in one currency: the last one read answers without hashing.
    if (code.equals(lastCode)) {
      return lastCurrency;
    }
    CurrencyUnit cached = currencies.get(code);
    if (cached != null) {
      lastCode = code;
      lastCurrency = cached;
    }
    if (cached != null) {
      return cached;
    }
    return currency(code, node.path() + "/@Ccy");
  }

  CurrencyUnit currency(String code, String path) {
    CurrencyUnit cached = currencies.get(code);
    if (cached != null) {
      return cached;
    }
    if (!CURRENCY.matcher(code).matches()) {
      throw fail(path, "not a currency code: '" + code + "'", null);
    }
    CurrencyUnit ccy;
    try {
      ccy = Monetary.getCurrency(code);
    } catch (MonetaryException e) {
      throw fail(path, "unknown currency '" + code + "'", e);
    }
    if (ccy.getDefaultFractionDigits() < 0) {
      throw fail(path, "currency '" + code + "' has no minor unit", null);
    }
    currencies.put(code, ccy);
    return ccy;
  }

  Direction direction(XmlNode node) {
    char[] c = node.textChars();
    int from = node.trimmedFrom();
    if (node.trimmedTo() - from == 4) {
      if (c[from] == 'C' && c[from + 1] == 'R' && c[from + 2] == 'D' && c[from + 3] == 'T') {
        return Direction.CREDIT;
      }
      if (c[from] == 'D' && c[from + 1] == 'B' && c[from + 2] == 'I' && c[from + 3] == 'T') {
        return Direction.DEBIT;
      }
    }
    String t = node.text().orElse("");
    switch (t) {
      case "CRDT":
        return Direction.CREDIT;
      case "DBIT":
        return Direction.DEBIT;
      default:
        throw fail(node.path(), "credit/debit indicator must be CRDT or DBIT, not '" + t + "'", null);
    }
  }

  boolean bool(Optional<XmlNode> node) {
    if (node.isEmpty()) {
      return false;
    }
    String t = node.get().text().orElse("");
    switch (t) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw fail(node.get().path(), "not a boolean: '" + t + "'", null);
    }
  }

  /** A DateAndDateTimeChoice: {@code Dt} or {@code DtTm}; the date as written. */
  Optional<LocalDate> dateChoice(XmlNode choice) {
    Optional<XmlNode> dt = choice.at("Dt");
    if (dt.isPresent()) {
      LocalDate quick = plainDate(dt.get());
      if (quick != null) {
        return Optional.of(quick);
      }
    }
    if (dt.flatMap(XmlNode::text).isPresent()) {
      return Optional.of(date(dt.get().text().get(), dt.get().path()));
    }
    Optional<XmlNode> dtTm = choice.at("DtTm");
    if (dtTm.flatMap(XmlNode::text).isPresent()) {
      String t = dtTm.get().text().get();
      try {
        return Optional.of(LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(t)));
      } catch (DateTimeException e) {
        throw fail(dtTm.get().path(), "not a date-time: '" + t + "'", e);
      }
    }
    return Optional.empty();
  }

  LocalDate date(String text, String path) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int y = digits(text, 0, 4);
      int mo = digits(text, 5, 7);
      int d = digits(text, 8, 10);
      if (y >= 0 && mo >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
          throw fail(path, "not a date: '" + text + "'", e);
        }
      }
    }
    Matcher m = DATE.matcher(text);
    if (!m.matches()) {
      throw fail(path, "not a date: '" + text + "'", null);
    }
    try {
      return LocalDate.parse(m.group(1));
    } catch (DateTimeException e) {
      throw fail(path, "not a date: '" + text + "'", e);
    }
  }

  /**
   * The date when the node's text is a plain valid {@code YYYY-MM-DD}, read from its characters;
   * null for anything else, which {@link #date(String, String)} then reads or rejects.
   */
  private LocalDate plainDate(XmlNode node) {
    char[] c = node.textChars();
    int from = node.trimmedFrom();
    if (node.trimmedTo() - from != 10 || c[from + 4] != '-' || c[from + 7] != '-') {
      return null;
    }
    int y = digits(c, from, from + 4);
    int mo = digits(c, from + 5, from + 7);
    int d = digits(c, from + 8, from + 10);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > 28) {
      return null; // day 29-31 and anything odd take the checked way
    }
    if (lastDate == null || lastDate.getDayOfMonth() != d || lastDate.getMonthValue() != mo
        || lastDate.getYear() != y) {
      lastDate = LocalDate.of(y, mo, d);
    }
    return lastDate;
  }

  private static int digits(char[] text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** The non-negative number written in text[from, to), or -1 when it is not all ASCII digits. */
  private static int digits(String text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  StatementParseException fail(String path, String problem, Throwable cause) {
    return new StatementParseException(sourceName, path, problem, cause);
  }

  /**
   * A count of entries or transactions: up to 15 digits.
   *
   * @param node the element
   * @param what what is counted, for the message, e.g. {@code "entries"}
   */
  long count(XmlNode node, String what) {
    String text = node.text().orElse("");
    if (!COUNT.matcher(text).matches()) {
      throw fail(node.path(), "not a number of " + what + ": '" + text + "'", null);
    }
    return Long.parseLong(text);
  }

  /** An exchange rate: a plain non-negative decimal. */
  BigDecimal rate(XmlNode node) {
    String t = node.text().orElse("");
    if (!RATE.matcher(t).matches()) {
      throw fail(node.path(), "not an exchange rate: '" + t + "'", null);
    }
    return new BigDecimal(t);
  }

  /** {@code first} if present, else the text at {@code path} below {@code node}. */
  static Optional<String> orText(Optional<String> first, XmlNode node, String... path) {
    return first.isPresent() ? first : node.textAt(path);
  }
}
