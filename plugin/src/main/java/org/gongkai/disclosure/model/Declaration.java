package org.gongkai.disclosure.model;

import java.util.List;


/**
 * One budget unit's declaration for one fiscal year: the facts of {@code declaration.yaml}. The projects are
 * read separately, so that a large declaration never has to be held whole.
 *
 * @param unitCode 单位编码, or null
 * @param summary 绩效目标设置情况 (Markdown), or null
 * @param declared what the declaration states about its projects, or null
 * @param languages the site's languages; the first is the default
 */
public record Declaration(
        String file,
        int fiscalYear,
        SourcePosition fiscalYearAt,
        Text unit,
        Text unitCode,
        Text title,
        Text summary,
        Declared declared,
        List<Language> languages,
        Framework framework) {

    public Declaration {
        languages = List.copyOf(languages);
    }

    public Language defaultLanguage() {
        return languages.get(0);
    }

    public boolean publishes(Language language) {
        return languages.contains(language);
    }
}
