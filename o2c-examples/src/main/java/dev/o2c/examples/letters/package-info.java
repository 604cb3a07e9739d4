/**
 * Renderers of the dunning module's letter data ({@code dev.o2c.aging.dunning}): reminder letters and
 * statements of account as plain text ({@link dev.o2c.examples.letters.TextLetters}) and as
 * self-contained HTML ({@link dev.o2c.examples.letters.HtmlLetters}), worded per level by {@link
 * dev.o2c.examples.letters.LetterTexts}. Examples of what a host's own templates do with the same values.
 */
package dev.o2c.examples.letters;
