package org.gongkai.disclosure.load;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.gongkai.disclosure.diag.Diagnostic;
import org.gongkai.disclosure.model.SourcePosition;

/** Turns a YAML parse failure into one diagnostic at the place the parser actually stopped. */
final class YamlSyntax {

    private YamlSyntax() {
    }

    static Diagnostic describe(JsonProcessingException e, String displayPath) {
        // Jackson reports its own reading position, which can be a token early; SnakeYAML's problem mark is
        // where the problem is, so prefer it.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null) {
                var mark = marked.getProblemMark();
                SourcePosition at = new SourcePosition(displayPath, mark.getLine() + 1, mark.getColumn() + 1);
                String problem = oneLine(marked.getProblem());
                if (marked.getContext() != null && marked.getContextMark() != null) {
                    return Diagnostic.error("yaml-syntax", at, "yaml.syntaxInContext", problem,
                            oneLine(marked.getContext()), marked.getContextMark().getLine() + 1,
                            marked.getContextMark().getColumn() + 1);
                }
                return Diagnostic.error("yaml-syntax", at, "yaml.syntax", problem);
            }
        }
        SourcePosition at = e.getLocation() == null ? SourcePosition.startOf(displayPath)
                : YamlReader.position(e.getLocation(), displayPath);
        return Diagnostic.error("yaml-syntax", at, "yaml.syntax", oneLine(e.getOriginalMessage()));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace("\\t(TAB)", "tab").replaceAll("\\s+", " ").trim();
    }
}
