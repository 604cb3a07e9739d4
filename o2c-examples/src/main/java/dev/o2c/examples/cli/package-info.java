/**
 * The {@code o2c} command-line tool ({@code o2c.jar}): picocli commands, exit codes and the
 * console entry point {@link dev.o2c.examples.cli.O2c}.
 */
package dev.o2c.examples.cli;
