package org.gongkai.disclosure.model;

import java.time.LocalDate;


/** A calendar date read from the content, with its place for diagnostics. */
public record DateValue(LocalDate date, SourcePosition at) {
}
