package org.gongkai.disclosure.model;

import java.time.LocalDate;

import org.gongkai.disclosure.diag.SourcePosition;

/** A calendar date read from the content, with its place for diagnostics. */
public record DateValue(LocalDate date, SourcePosition at) {
}
