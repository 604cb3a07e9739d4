/**
 * Immutable accounts-receivable domain values: customers, open items (invoices, credit and debit
 * memos), incoming payments with remittance, deductions and disputes, and promises to pay.
 *
 * <p>Amounts are {@link dev.o2c.core.money.Money}; every type validates itself on construction and
 * reports all problems in one {@link IllegalArgumentException}.
 */
@ValueStyle
package dev.o2c.core.domain;

import dev.o2c.core.value.ValueStyle;
