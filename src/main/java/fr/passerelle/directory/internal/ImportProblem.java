package fr.passerelle.directory.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What is wrong with one row of an imported file.
 *
 * @param line the row as a spreadsheet numbers it (the header is row 1), or the item's position
 *     from 1 in a JSON array; 0 for the file as a whole
 * @param column the column (or JSON field) at fault, or null
 * @param value what the file holds there, or null
 * @param message why, in the reader's language
 */
public record ImportProblem(
        int line, @Schema(nullable = true) String column, @Schema(nullable = true) String value, String message) {}
