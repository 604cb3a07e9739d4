package dev.o2c.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.o2c.core.ledger.ItemState;
import dev.o2c.core.ledger.JournalLine;
import dev.o2c.core.ledger.PaymentState;
import dev.o2c.core.ledger.ReceivablesLedger;
import dev.o2c.core.money.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ledger's money invariants, restated independently of the ledger's own code. */
final class LedgerChecks {

  private LedgerChecks() {}

  static void assertInvariants(ReceivablesLedger ledger) {
    for (PaymentState p : ledger.payments()) {
      Money sum = p.applied().plus(p.unapplied()).plus(p.onAccount()).plus(p.suspense()).plus(p.refunded())
          .plus(p.returned());
      assertThat(sum).as("payment %s: amount = sum of buckets", p.id()).isEqualTo(p.amount());
      for (Money part : List.of(p.applied(), p.unapplied(), p.onAccount(), p.suspense(), p.refunded(), p.returned())) {
        assertThat(part.isNegative()).as("payment %s has a negative bucket", p.id()).isFalse();
      }
    }
    for (ItemState i : ledger.items()) {
      Money sum = i.open().plus(i.applied()).plus(i.discount()).plus(i.smallDifferences()).plus(i.badDebt())
          .plus(i.credited()).plus(i.deducted()).plus(i.settledBeforeCutOver());
      assertThat(sum).as("item %s: original = open + where the rest went", i.documentNumber()).isEqualTo(i.original());
      long open = i.open().minorUnits() * i.item().kind().sign();
      assertThat(open).as("item %s open within [0, original]", i.documentNumber())
          .isBetween(0L, i.original().minorUnits() * i.item().kind().sign());
    }
    Map<Long, Map<String, Long>> perPosting = new HashMap<>();
    for (JournalLine line : ledger.journal()) {
      perPosting.computeIfAbsent(line.posting(), k -> new HashMap<>())
          .merge(line.amount().currency().getCurrencyCode(), line.signedAmount().minorUnits(), Long::sum);
    }
    perPosting.forEach((posting, sums) ->
        assertThat(sums.values()).as("posting %s balances per currency", posting).allMatch(v -> v == 0L));
  }
}
