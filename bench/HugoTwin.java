import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the Hugo twin of a benchmark content folder (from {@code bench/GenerateContent.java}): the same
 * declarations and projects as a Hugo site in two languages, so that {@code hugo} builds the pages Gongkai builds
 * from the same data. Each project file becomes one page per language whose front matter is the project's YAML as
 * it is (Hugo parses it, as Gongkai does); each declaration a section page listing its projects, with a JSON
 * download; the layouts under {@code bench/hugo/} render the form's fields, narratives (Markdown), funds and
 * indicators.
 *
 * <pre>java bench/HugoTwin.java --content target/bench/content-10000 --out target/bench/hugo-10000</pre>
 */
public final class HugoTwin {

    private static final List<String> LANGUAGES = List.of("zh", "en");

    public static void main(String[] args) throws IOException {
        Path content = null;
        Path out = null;
        Path layouts = Path.of("bench/hugo");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--content" -> content = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--layouts" -> layouts = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --content DIR --out DIR [--layouts bench/hugo]");
            }
        }
        if (content == null || out == null) {
            throw new IllegalArgumentException("Use --content DIR --out DIR [--layouts bench/hugo]");
        }
        if (Files.exists(out)) {
            throw new IOException(out + " exists; give a new folder");
        }
        copyTree(layouts, out);
        String site = Files.readString(content.resolve("site.yaml"), StandardCharsets.UTF_8);
        for (String language : LANGUAGES) {
            Path root = out.resolve("content").resolve(language);
            Files.createDirectories(root);
            Files.writeString(root.resolve("_index.md"), frontMatter(site));
        }
        List<Path> declarations;
        try (Stream<Path> folders = Files.list(content)) {
            declarations = folders.filter(Files::isDirectory).sorted().toList();
        }
        for (Path declaration : declarations) {
            String index = frontMatter(Files.readString(declaration.resolve("declaration.yaml"), StandardCharsets.UTF_8));
            List<Path> projects;
            try (Stream<Path> files = Files.list(declaration.resolve("projects"))) {
                projects = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            }
            for (String language : LANGUAGES) {
                Path section = out.resolve("content").resolve(language).resolve(declaration.getFileName().toString());
                Files.createDirectories(section);
                Files.writeString(section.resolve("_index.md"), index);
                int weight = 0;
                for (Path project : projects) {
                    String yaml = Files.readString(project, StandardCharsets.UTF_8);
                    String id = yaml.substring(4, yaml.indexOf('\n')).trim(); // "id: p1"
                    // Gongkai keeps the files' order; Hugo's weight does the same.
                    Files.writeString(section.resolve(id + ".md"), frontMatter("weight: " + ++weight + "\n" + yaml));
                }
            }
        }
    }

    /**
     * YAML front matter. Hugo reserves a few top-level keys (title, summary) for strings of its own; the form's
     * bilingual ones are renamed so that Hugo takes them as parameters.
     */
    private static String frontMatter(String yaml) {
        String renamed = yaml.replaceAll("(?m)^title:", "form-title:").replaceAll("(?m)^summary:", "form-summary:");
        return "---\n" + renamed + (renamed.endsWith("\n") ? "" : "\n") + "---\n";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
