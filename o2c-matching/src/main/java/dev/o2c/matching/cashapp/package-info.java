/**
 * Cash application: which open items did an incoming payment pay? The engine identifies the payer
 * ({@link dev.o2c.matching.cashapp.PayerIdentification}), extracts references
 * ({@link dev.o2c.matching.cashapp.ReferenceExtraction}) and resolves them against the open items
 * ({@link dev.o2c.matching.cashapp.DocumentLookup}), reconciles amounts, searches combinations where
 * references are missing, and decides per payment, with the reason, what to apply. Each stage is a
 * small interface with a default implementation a host may replace:
 * {@link dev.o2c.matching.cashapp.PayerDirectory}, {@link dev.o2c.matching.cashapp.ReferenceExtractor}
 * and {@link dev.o2c.matching.cashapp.DocumentIndex}. What people confirmed is kept in a
 * {@link dev.o2c.matching.cashapp.MatchMemory} that the defaults read. Remittance advices a payer
 * sends beside its payments are joined to them first ({@link
 * dev.o2c.matching.cashapp.RemittanceAdvices}), so the engine reads the full list of documents where
 * the statement kept only what fitted into its remittance field.
 */
package dev.o2c.matching.cashapp;
