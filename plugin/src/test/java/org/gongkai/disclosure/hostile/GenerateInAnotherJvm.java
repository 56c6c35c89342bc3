package org.gongkai.disclosure.hostile;

import java.nio.file.Path;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.engine.ConfigurationException;
import org.gongkai.disclosure.engine.Engine;
import org.gongkai.disclosure.engine.GenerateReport;
import org.gongkai.disclosure.engine.Settings;
import org.gongkai.disclosure.engine.SiteSettings;
import org.gongkai.disclosure.model.SiteOptions;

/**
 * Generates a site in a JVM of its own, so that a test can kill it at any moment:
 * {@code GenerateInAnotherJvm <project dir> <content dir> <output dir> <incremental>}. Exits with 0 when the site
 * was published, 1 when the content has errors, 2 when the configuration cannot work (the message is printed).
 */
public final class GenerateInAnotherJvm {

    private GenerateInAnotherJvm() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.forProject(Path.of(args[0])).withContentDir(Path.of(args[1]));
        Engine engine = new Engine(settings, System.out::println);
        GenerateReport report;
        try {
            report = engine.generate(new SiteSettings(Path.of(args[2]), null, SiteOptions.NONE),
                    Boolean.parseBoolean(args[3]));
        } catch (ConfigurationException e) {
            System.out.println(e.getMessage());
            System.exit(2);
            return;
        }
        report.check().diagnostics().stream().filter(Diagnostic::isError).map(engine.formatter()::format)
                .forEach(System.err::println);
        System.exit(report.generated() ? 0 : 1);
    }
}
