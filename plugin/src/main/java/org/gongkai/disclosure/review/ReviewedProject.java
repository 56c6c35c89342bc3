package org.gongkai.disclosure.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.gongkai.disclosure.model.SourcePosition;
import org.gongkai.disclosure.model.Text;

/**
 * What the review keeps of one project once its file is read: enough to name it, its measurability, its indicator
 * set's fingerprint for the comparisons between projects, and its findings. The project itself is not kept.
 */
public final class ReviewedProject {

    private final String file;
    private final String id;
    private final Text name;
    private final int indicators;
    private final int measurable;
    private final BigDecimal annualTotal;
    private final IndicatorSet indicatorSet;
    private final IndicatorSet measuredSet;
    private final SourcePosition indicatorsAt;
    private final List<Finding> findings;
    private final List<Finding> readOnly;

    /**
     * @param id the project's id, or null when it could not be read
     * @param name the project's name, or null when it could not be read
     * @param annualTotal 年度资金申请总额, or null when it could not be read
     * @param indicatorSet the fingerprint of the project's indicators, or null when a row could not be read
     * @param measuredSet the fingerprint of its measurable targets alone, or null as {@code indicatorSet}
     */
    ReviewedProject(String file, String id, Text name, int indicators, int measurable, BigDecimal annualTotal,
            IndicatorSet indicatorSet, IndicatorSet measuredSet, SourcePosition indicatorsAt, List<Finding> findings) {
        this.file = file;
        this.id = id;
        this.name = name;
        this.indicators = indicators;
        this.measurable = measurable;
        this.annualTotal = annualTotal;
        this.indicatorSet = indicatorSet;
        this.measuredSet = measuredSet;
        this.indicatorsAt = indicatorsAt;
        this.findings = new ArrayList<>(findings);
        this.readOnly = Collections.unmodifiableList(this.findings);
    }

    /** The project's file, relative to the Maven project, as diagnostics print it. */
    public String file() {
        return file;
    }

    public String id() {
        return id;
    }

    public Text name() {
        return name;
    }

    /** The project's name in Chinese, or its file when the name could not be read. */
    public String label() {
        return name != null ? name.zh() : file;
    }

    public int indicators() {
        return indicators;
    }

    /** How many of the indicators' targets are measurable ({@code Target.isMeasurable}). */
    public int measurable() {
        return measurable;
    }

    public BigDecimal annualTotal() {
        return annualTotal;
    }

    public IndicatorSet indicatorSet() {
        return indicatorSet;
    }

    /** The fingerprint of the measurable targets alone (names and figures): what copies are first compared by. */
    public IndicatorSet measuredSet() {
        return measuredSet;
    }

    public SourcePosition indicatorsAt() {
        return indicatorsAt;
    }

    /**
     * The findings, in reading order once the review is complete. Read-only; the comparisons between projects add to
     * it from the one thread that runs them, before anything reads it.
     */
    public List<Finding> findings() {
        return readOnly;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    void sortFindings() {
        findings.sort(Finding.READING_ORDER);
    }
}
