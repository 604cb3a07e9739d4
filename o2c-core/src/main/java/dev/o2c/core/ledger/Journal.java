package dev.o2c.core.ledger;

import dev.o2c.core.id.TextId;
import dev.o2c.core.money.MoneyTotals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.money.CurrencyUnit;

/** The journal: every line in posting order, indexed by sub-ledger reference for the as-of queries. */
final class Journal {
  private final List<JournalLine> lines = new ArrayList<>();
  private final Map<TextId, List<JournalLine>> byReference = new HashMap<>();
  private final NavigableSet<LocalDate> dates = new TreeSet<>();
  /** Net movement per account, currency and day, so whole-account balances as of a day cost the days, not the lines. */
  private final Map<AccountRole, Map<CurrencyUnit, TreeMap<LocalDate, long[]>>> daily = new EnumMap<>(AccountRole.class);

  void add(List<JournalLine> posted) {
    for (JournalLine line : posted) {
      lines.add(line);
      byReference.computeIfAbsent(line.reference(), k -> new ArrayList<>(2)).add(line);
      dates.add(line.date());
      long[] day = daily.computeIfAbsent(line.account(), k -> new HashMap<>())
          .computeIfAbsent(line.amount().currency(), k -> new TreeMap<>())
          .computeIfAbsent(line.date(), k -> new long[1]);
      day[0] = Math.addExact(day[0], line.signedAmount().minorUnits());
    }
  }

  List<JournalLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  int size() {
    return lines.size();
  }

  /** The days on which lines were posted, in order. */
  List<LocalDate> dates() {
    return List.copyOf(dates);
  }

  /** Signed sum (debits positive) of all lines on an account up to the end of a day. */
  MoneyTotals total(AccountRole account, LocalDate asOf) {
    MoneyTotals.Accumulator sum = new MoneyTotals.Accumulator();
    daily.getOrDefault(account, Map.of()).forEach((currency, days) ->
        days.headMap(asOf, true).values().forEach(d -> sum.add(currency, d[0])));
    return sum.total();
  }

  /** Signed sum (debits positive) of one reference's lines on one account up to the end of a day. */
  long sum(TextId reference, AccountRole account, LocalDate asOf) {
    long total = 0;
    for (JournalLine line : byReference.getOrDefault(reference, List.of())) {
      if (line.account() == account && !line.date().isAfter(asOf)) {
        total = Math.addExact(total, line.signedAmount().minorUnits());
      }
    }
    return total;
  }
}
