package dev.o2c.matching.cashapp;

import dev.o2c.core.domain.Customer;
import dev.o2c.core.domain.OpenItem;
import dev.o2c.core.domain.Payment;
import dev.o2c.core.domain.ReferredDocument;
import dev.o2c.core.domain.StructuredReference;
import dev.o2c.core.id.DocumentNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain stages for testing the matcher on its own: payers by stated customer or exact bank account,
 * references as whitespace tokens and structured document numbers, lookup by exact document number,
 * and an exhaustive combination search (up to three items) as an oracle.
 */
final class TestStages {

  private TestStages() {}

  static CashApplication.Builder engine(OpenItemBook book) {
    return CashApplication.builder(book).payerIdentification(payers(book.customers()))
        .referenceExtraction(TestStages::references).documentLookup(lookup(book.items()))
        .amountSearch(new AmountSearch() {
          @Override
          public AmountSearch.Found find(long[] amounts, long low, long high) {
            return search(amounts, low, high);
          }

          @Override
          public int largestSetTried(int amounts) {
            return 3;
          }
        });
  }

  static PayerIdentification payers(Collection<Customer> customers) {
    Map<String, Customer> byAccount = new HashMap<>();
    customers.forEach(c -> c.bankAccounts().forEach(a -> byAccount.put(a, c)));
    return payment -> {
      if (payment.customerId().isPresent()) {
        return List.of(new PayerHypothesis(payment.customerId().get(), 1, PayerEvidence.STATED, "stated"));
      }
      Customer byAcc = payment.payerAccount().map(byAccount::get).orElse(null);
      return byAcc == null ? List.of()
          : List.of(new PayerHypothesis(byAcc.id(), 1, PayerEvidence.BANK_ACCOUNT, byAcc.name() + " by bank account"));
    };
  }

  static List<ExtractedReference> references(Payment payment) {
    List<ExtractedReference> refs = new ArrayList<>();
    for (StructuredReference s : payment.remittance().structured()) {
      for (ReferredDocument d : s.referredDocuments()) {
        d.number().ifPresent(n -> refs.add(new ExtractedReference(n, n.toUpperCase(Locale.ROOT),
            ReferenceSource.STRUCTURED_DOCUMENT, false)));
      }
    }
    for (String token : payment.remittance().text().split("[\\s,;]+")) {
      if (!token.isBlank()) {
        refs.add(new ExtractedReference(token, token.toUpperCase(Locale.ROOT), ReferenceSource.FREE_TEXT, false));
      }
    }
    return refs;
  }

  static DocumentLookup lookup(List<OpenItem> items) {
    Map<String, DocumentNumber> byKey = new HashMap<>();
    items.forEach(i -> byKey.put(i.documentNumber().toString().toUpperCase(Locale.ROOT), i.documentNumber()));
    return reference -> {
      DocumentNumber number = byKey.get(reference.key());
      return number == null ? List.of() : List.of(new ReferenceHit(number, ReferenceHit.HitKind.EXACT, 0, reference));
    };
  }

  /** Every set of up to three items, fewest first, then lexicographically smallest (oldest). */
  static AmountSearch.Found search(long[] amounts, long low, long high) {
    int n = Math.min(amounts.length, 60);
    for (int k = 1; k <= 3; k++) {
      List<int[]> found = new ArrayList<>();
      collect(amounts, n, k, 0, new int[k], 0, 0, low, high, found);
      if (!found.isEmpty()) {
        int[] best = found.get(0);
        boolean oldest = true;
        for (int j = 0; j < best.length; j++) {
          oldest &= best[j] == j;
        }
        return new AmountSearch.Found(found.subList(0, Math.min(2, found.size())), found.size() > 1, oldest);
      }
    }
    return new AmountSearch.Found(List.of(), false, false);
  }

  private static void collect(long[] a, int n, int k, int from, int[] chosen, int depth, long sum, long low, long high,
      List<int[]> out) {
    if (depth == k) {
      if (sum >= low && sum <= high) {
        out.add(Arrays.copyOf(chosen, k));
      }
      return;
    }
    for (int i = from; i < n && out.size() < 3; i++) {
      if (a[i] == 0) {
        continue;
      }
      chosen[depth] = i;
      collect(a, n, k, i + 1, chosen, depth + 1, sum + a[i], low, high, out);
    }
  }
}
