package dev.o2c.testkit.cashapp;

import dev.o2c.core.domain.DeductionReason;
import dev.o2c.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * A bank line being drawn: its truth first ({@link LineScenarios}), the bank's view with its noise
 * when it is rendered ({@link BankView}). Items and customers are indexes into the {@link CustomerBook}.
 */
final class LineDraft {
  final String ref;
  final int day;
  CashAppScenario scenario;
  boolean credit = true;
  int currency;
  long amount;
  int payer = -1;
  /** The customer whose name and account the bank shows; -1: {@link #foreignName}. */
  int shownPayer = -1;
  String foreignName;
  boolean foreignIban;
  /** Per allocation: item, applied, discount, deduction, fee, fx (see {@link #allocate}). */
  final List<long[]> allocations = new ArrayList<>();
  final List<DeductionReason> reasons = new ArrayList<>();
  long unapplied;
  ReferenceKind kind = ReferenceKind.NONE;
  /** The items the remittance names, in order; may omit or repeat allocated items. */
  final List<Integer> listed = new ArrayList<>();
  String suffix = "";
  boolean reasonGiven;
  String detail = "";
  String reversalOf;
  BankLine copyOf;
  boolean unearnedDiscount;
  /** What a payer paying in another currency instructed, in that currency. */
  Money foreignInstructed;

  LineDraft(String ref, int day) {
    this.ref = ref;
    this.day = day;
  }

  /** Allocation: item, applied, discount, deduction, fee, fx. */
  void allocate(int item, long applied, long discount, long deduction, DeductionReason reason, long fee, long fx) {
    allocations.add(new long[] {item, applied, discount, deduction, fee, fx});
    reasons.add(reason);
  }

  /** {@return the allocation of a listed item} */
  long[] allocationOf(int item) {
    for (long[] a : allocations) {
      if (a[0] == item) {
        return a;
      }
    }
    throw new IllegalStateException("item " + item + " listed but not allocated");
  }
}
