package org.gongkai.disclosure.sitetests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A site of the forms the Songjiang filing does not have, made from the plugin's test resources: the declaration
 * that uses every key of format 2 (fund sources, weights with the budget-execution rate's 10 points, deadlines,
 * periods, a target per recipient) and three real filings of other provinces that pass the check (a county
 * development zone, a city office building with a costed budget, and a matrix of seven villages' targets).
 */
final class RealFormsSite {

    /** Folder of the site → the test resource it is copied from. */
    private static final Map<String, String> DECLARATIONS = Map.of(
            "sample-water-2023", "fixtures/format-two",
            "jinzhai-2021", "filings/02-jinzhai-property-management/content",
            "ezhou-2022", "filings/03-ezhou-office-building/content",
            "anxi-2022", "filings/30-anxi-small-water-works/content");

    /** The pages that show the new parts, in both languages. */
    static final List<String> PAGES = List.of(
            "zh/sample-water-2023/projects/village-water.html", "en/sample-water-2023/projects/village-water.html",
            "zh/sample-water-2023/projects/flood-patrols.html", "en/sample-water-2023/projects/flood-patrols.html",
            "zh/sample-water-2023/index.html", "en/sample-water-2023/index.html",
            "zh/jinzhai-2021/projects/property-management.html", "en/jinzhai-2021/projects/property-management.html",
            "zh/ezhou-2022/projects/office-building.html", "en/ezhou-2022/projects/office-building.html",
            "zh/anxi-2022/projects/small-water-works.html", "en/anxi-2022/projects/small-water-works.html");

    private static Path site;

    private RealFormsSite() {
    }

    static synchronized Path directory() {
        if (site == null) {
            Path work = GeneratedSite.workDirectory("real-forms");
            Path content = work.resolve("content");
            Path output = work.resolve("site");
            Path resources = Path.of(System.getProperty("plugin.test.resources", "../plugin/src/test/resources"))
                    .toAbsolutePath().normalize();
            try {
                for (var declaration : DECLARATIONS.entrySet()) {
                    GeneratedSite.copyTree(resources.resolve(declaration.getValue()), content.resolve(declaration.getKey()));
                }
                GeneratedSite.generate(work, content, output, false, "The real forms");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            site = output;
        }
        return site;
    }
}
