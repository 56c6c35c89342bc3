package org.gongkai.disclosure.engine;

import java.nio.file.Path;
import java.util.Objects;

import org.gongkai.disclosure.check.TranslationPolicy;
import org.gongkai.disclosure.model.Language;

/**
 * Everything a run needs to know, passed in rather than read from global state.
 *
 * @param projectDir the folder paths in diagnostics are relative to (the Maven project's base directory)
 * @param contentDir the folder with {@code declaration.yaml} and {@code projects/}
 * @param messageLanguage the language of diagnostics and log lines
 */
public record Settings(Path projectDir, Path contentDir, TranslationPolicy translations, Language messageLanguage) {

    public Settings {
        Objects.requireNonNull(projectDir, "projectDir");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(translations, "translations");
        Objects.requireNonNull(messageLanguage, "messageLanguage");
    }

    /** Defaults for a project folder: content in {@code src/disclosure}, strict translations, English messages. */
    public static Settings forProject(Path projectDir) {
        return new Settings(projectDir, projectDir.resolve("src/disclosure"), TranslationPolicy.ERROR, Language.EN);
    }

    public Settings withContentDir(Path dir) {
        return new Settings(projectDir, dir, translations, messageLanguage);
    }

    public Settings withTranslations(TranslationPolicy policy) {
        return new Settings(projectDir, contentDir, policy, messageLanguage);
    }

    public Settings withMessageLanguage(Language language) {
        return new Settings(projectDir, contentDir, translations, language);
    }
}
