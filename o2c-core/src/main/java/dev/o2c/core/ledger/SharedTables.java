package dev.o2c.core.ledger;

import javax.money.CurrencyUnit;

/**
 * What the item book and the payment book share with the journal: the numbered references (document
 * numbers and payment ids), the numbered days, and the ledger's one instance of each currency, so
 * that a record stores small numbers instead of objects.
 */
abstract class SharedTables {
  final References references;
  final Days days;
  private final IdTable<CurrencyUnit> currencies;

  SharedTables(References references, Days days, IdTable<CurrencyUnit> currencies) {
    this.references = references;
    this.days = days;
    this.currencies = currencies;
  }

  References references() {
    return references;
  }

  Days days() {
    return days;
  }

  /** {@return the ledger's shared instance of a currency} */
  CurrencyUnit currency(CurrencyUnit currency) {
    return currencies.get(currencies.add(currency));
  }
}
