package org.gongkai.disclosure.check;

import org.gongkai.disclosure.diag.Severity;
import org.gongkai.disclosure.model.Declaration;
import org.gongkai.disclosure.model.Framework;
import org.gongkai.disclosure.model.Glossary;
import org.gongkai.disclosure.model.Language;

/**
 * What rules need besides the project: the declaration (null when it could not be read), the framework and
 * glossary in force, and the options of the run.
 */
public record CheckContext(Declaration declaration, Framework framework, Glossary glossary,
        TranslationPolicy translations) {

    public boolean needsEnglish() {
        return declaration == null || declaration.publishes(Language.EN);
    }

    public Severity translationSeverity() {
        return translations == TranslationPolicy.WARN ? Severity.WARNING : Severity.ERROR;
    }
}
