/**
 * The receivables sub-ledger of one company: open items, payments, applications and the journal
 * they produce.
 *
 * <p>Start with {@link dev.o2c.core.ledger.ReceivablesLedger#create()}. Every operation either
 * succeeds and returns a {@link dev.o2c.core.ledger.Posting} with balanced journal lines, or throws
 * a {@link dev.o2c.core.ledger.LedgerException} and changes nothing.
 */
@ValueStyle
package dev.o2c.core.ledger;

import dev.o2c.core.value.ValueStyle;
