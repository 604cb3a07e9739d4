/** File output for the CLI: all-or-nothing writing of output files. */
package dev.o2c.examples.io;
