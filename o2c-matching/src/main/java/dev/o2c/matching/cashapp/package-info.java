/**
 * Cash application: which open items did an incoming payment pay? The engine identifies the payer
 * ({@link dev.o2c.matching.cashapp.PayerIdentification}), extracts references
 * ({@link dev.o2c.matching.cashapp.ReferenceExtraction}) and resolves them against the open items
 * ({@link dev.o2c.matching.cashapp.DocumentLookup}), reconciles amounts, searches combinations where
 * references are missing, and decides per payment, with the reason, what to apply. Each stage is a
 * small interface with a default implementation a host may replace.
 */
package dev.o2c.matching.cashapp;
