package org.gongkai.disclosure.model;

import java.util.List;

/**
 * One row of the indicator table: 一级指标, 二级指标, 三级指标 and the target (年度指标值), with the columns many
 * forms add.
 *
 * @param target the year's target; null where the row gives one per recipient instead
 * @param recipientTargets one target per recipient, in the project's order of recipients; empty otherwise
 * @param periodTarget the target for the whole implementation period (实施期/中期指标值), or null
 * @param weight the weight (权重, 分值), or null when the project gives none
 * @param explanation 指标解释 or 评分标准, or null
 * @param direction 指标方向 (正向/反向), or null
 * @param statedKind 定量 or 定性 as the form states it, or null
 * @param remark 备注, or null
 */
public record Indicator(Text level1, Text level2, Text name, Target target, List<Target> recipientTargets,
        Target periodTarget, Weight weight, Text explanation, Direction direction, StatedKind statedKind, Text remark,
        SourcePosition at) {

    /** 正向 (more is better) or 反向 (less is better). */
    public enum Direction {
        POSITIVE,
        NEGATIVE
    }

    /** What the form says the target is: 定量 (quantitative) or 定性 (qualitative). */
    public enum StatedKind {
        QUANTITATIVE,
        QUALITATIVE
    }

    public Indicator {
        // A draft may hold a null for a recipient's target that could not be read; a checked project never does.
        recipientTargets = recipientTargets == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(recipientTargets));
    }

    /** A row of the plain form: levels, name, target and weight. */
    public Indicator(Text level1, Text level2, Text name, Target target, Weight weight, SourcePosition at) {
        this(level1, level2, name, target, List.of(), null, weight, null, null, null, null, at);
    }

    /** A recipient's target, with the recipient it is for. */
    public record ForRecipient(Recipient recipient, Target target) {
    }

    /**
     * Each recipient's target beside its recipient, in the recipients' order (as the loader aligns them); empty for
     * an indicator with one target for the year. A target that could not be read is null.
     */
    public List<ForRecipient> forRecipients(List<Recipient> recipients) {
        List<ForRecipient> each = new java.util.ArrayList<>(recipientTargets.size());
        for (int i = 0; i < recipientTargets.size() && i < recipients.size(); i++) {
            each.add(new ForRecipient(recipients.get(i), recipientTargets.get(i)));
        }
        return each;
    }

    /** Every target of the row: the year's, or each recipient's. */
    public List<Target> targets() {
        return target != null ? List.of(target) : recipientTargets;
    }

    /** True when the indicator's targets (the year's, or every recipient's) can be measured. */
    public boolean isMeasurable() {
        if (target != null) {
            return target.isMeasurable();
        }
        if (recipientTargets.isEmpty()) {
            return false;
        }
        for (Target each : recipientTargets) { // a loop: pages, checks and downloads ask of every indicator
            if (each == null || !each.isMeasurable()) {
                return false;
            }
        }
        return true;
    }

    /** The targets that were read: the year's, each recipient's, and the whole period's. */
    public List<Target> readTargets() {
        java.util.List<Target> all = new java.util.ArrayList<>();
        targets().stream().filter(java.util.Objects::nonNull).forEach(all::add);
        if (periodTarget != null) {
            all.add(periodTarget);
        }
        return all;
    }
}
