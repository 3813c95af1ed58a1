package dev.safegrade;

import java.util.Objects;

/**
 * The exact place in a regulation that a finding rests on.
 *
 * @param document   the document's title, e.g. 生产安全事故报告和调查处理条例
 * @param docNumber  its 文号, e.g. 国务院令第493号
 * @param clause     the article or item, e.g. 第三条
 * @param edition    the edition the rule encodes, e.g. "2007"; may be null
 * @param confidence how sure the pack's source registry is of that text
 */
public record Citation(String document, String docNumber, String clause, String edition, Confidence confidence) {
    public Citation {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(docNumber, "docNumber");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** How reports name it: {@code 《document》 文号 clause}, leaving out a blank 文号 or clause (confidence not included). */
    public String reference() {
        return reference(document, docNumber, clause);
    }

    /** The same wording for a citation read back from a report's JSON, whose confidence may be anything. */
    public static String reference(String document, String docNumber, String clause) {
        return "《" + document + "》" + (docNumber.isBlank() ? "" : " " + docNumber) + (clause.isBlank() ? "" : " " + clause);
    }
}
