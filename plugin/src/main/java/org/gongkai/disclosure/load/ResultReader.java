package org.gongkai.disclosure.load;

import static org.gongkai.disclosure.model.FormSchema.Part;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.gongkai.disclosure.diag.FieldName;
import org.gongkai.disclosure.model.BudgetExecution;
import org.gongkai.disclosure.model.IndicatorResult;
import org.gongkai.disclosure.model.ProjectResult;
import org.gongkai.disclosure.model.Score;
import org.gongkai.disclosure.model.Target;
import org.gongkai.disclosure.model.Text;

/**
 * Reads one self-evaluation file ({@code results/*.yaml}) into a {@link ProjectResult}: amounts exactly as the
 * declaration's, actual values as targets, scores as written. Every problem is reported and what can be read is kept,
 * so that one run shows every problem of the file.
 */
final class ResultReader {

    /** A score as forms write it; a minus sign is read, so that the check can say the score is below 0. */
    private static final Pattern SCORE = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private final ValueReader values;

    ResultReader(ValueReader values) {
        this.values = values;
    }

    /** The result, or null when the file is not a mapping at all (reported). */
    ProjectResult read(YamlNode root, String file) {
        if (!(root instanceof YamlNode.Mapping map)) {
            values.sink().error("value-kind", root.at(), "file.notMapping", file);
            return null;
        }
        Fields f = values.fields(map, Part.RESULT);
        YamlNode projectNode = f.required("project");
        String project = values.id(projectNode, f.name("project"));
        YamlNode indicatorsNode = f.required("indicators");
        List<YamlNode> rows = values.list(indicatorsNode, f.name("indicators"));
        List<IndicatorResult> indicators = indicators(rows, indicatorsNode, f.name("indicators"));
        return new ProjectResult(file, project, projectNode == null ? f.at() : projectNode.at(),
                values.date(f.optional("evaluated"), f.name("evaluated")),
                budget(f.optional("budget"), f.name("budget")), indicators,
                indicatorsNode == null ? f.at() : indicatorsNode.at(),
                score(f.optional("total-score"), f.name("total-score")),
                values.text(f.optional("conclusion"), f.name("conclusion")), f.at(),
                rows != null && indicators.size() == rows.size());
    }

    private BudgetExecution budget(YamlNode node, FieldName name) {
        Fields f = values.mapping(node, name, Part.RESULT_BUDGET);
        if (f == null) {
            return null;
        }
        return new BudgetExecution(values.money(f.optional("initial"), f.name("initial")),
                values.money(f.required("adjusted"), f.name("adjusted")),
                values.money(f.required("executed"), f.name("executed")),
                values.weight(f.optional("points"), f.name("points")),
                score(f.optional("score"), f.name("score")),
                values.text(f.optional("deviation"), f.name("deviation")), f.at());
    }

    private List<IndicatorResult> indicators(List<YamlNode> items, YamlNode node, FieldName name) {
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty()) {
            values.sink().error("required-key", node.at(), "indicators.none", name.message());
        }
        return values.each(items, item -> {
            Fields f = values.mapping(item, name, Part.INDICATOR_RESULT);
            if (f == null) {
                return null;
            }
            Text indicator = values.text(f.required("name"), f.name("name"));
            Target actual = values.target(f.required("actual"), f.name("actual"));
            Score score = score(f.optional("score"), f.name("score"));
            var points = values.weight(f.optional("points"), f.name("points"));
            Text deviation = values.text(f.optional("deviation"), f.name("deviation"));
            return indicator == null || actual == null ? null
                    : new IndicatorResult(indicator, actual, score, points, deviation, item.at());
        });
    }

    /** A score (得分) as written; null after reporting a value that is not a number. */
    private Score score(YamlNode node, FieldName name) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            values.wrongKind(node, name, "kind.number");
            return null;
        }
        String written = values.string(node, name);
        if (written == null) {
            return null;
        }
        String text = written.strip();
        if (text.length() > ValueReader.MAX_NUMBER_LENGTH) {
            values.sink().error("value-too-long", node.at(), "value.tooLong", name.message(),
                    text.codePointCount(0, text.length()), ValueReader.MAX_NUMBER_LENGTH);
            return null;
        }
        if (!SCORE.matcher(text).matches()) {
            values.sink().error("value-kind", node.at(), "value.notNumber", name.message(), text);
            return null;
        }
        return new Score(new BigDecimal(text), node.at());
    }
}
