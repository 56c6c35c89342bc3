package org.gongkai.disclosure.review;

import java.util.List;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Framework;

/**
 * What a project's review needs besides the project: its declaration (null when it could not be read), the framework
 * in force, and what the check said of the project's file (some of its warnings are findings of the review too).
 */
public record ProjectContext(Declaration declaration, Framework framework, List<Diagnostic> checked) {

    public ProjectContext {
        checked = List.copyOf(checked);
    }
}
