/**
 * String algorithms of cash application, shared by payer identification, reference extraction and
 * document lookup: the one key normalisation of document numbers ({@link
 * dev.o2c.matching.cashapp.text.ReferenceKeys}), payer-name normalisation and similarity ({@link
 * dev.o2c.matching.cashapp.text.PayerNames}, {@link dev.o2c.matching.cashapp.text.JaroWinkler}) and
 * bank-account normalisation ({@link dev.o2c.matching.cashapp.text.BankAccounts}). Pure functions of
 * their arguments; no state.
 */
package dev.o2c.matching.cashapp.text;
