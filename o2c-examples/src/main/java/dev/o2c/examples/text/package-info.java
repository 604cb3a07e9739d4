/** Console output helpers: aligned text tables and money formatting at currency scale. */
package dev.o2c.examples.text;
