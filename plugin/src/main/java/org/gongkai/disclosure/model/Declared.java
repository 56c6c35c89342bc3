package org.gongkai.disclosure.model;


/**
 * What a declaration states about itself (e.g. 编报绩效目标的项目 7 个, 涉及项目预算资金 442.45 万元).
 *
 * @param projectCount the stated number of projects, or null
 * @param projectCountAt where it is stated
 * @param total the stated total of the projects' annual funds, or null
 */
public record Declared(Integer projectCount, SourcePosition projectCountAt, Money total) {
}
