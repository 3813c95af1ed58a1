package dev.safegrade.internal.tables;

import java.util.Set;
import org.kie.api.definition.type.ClassReactive;

/**
 * The facts-v1 industries a regulation draws, from an {@code industries} table, so that rules test an enterprise's
 * industry against data: {@code IndustryList( table == "…", $industries : industries )} and
 * {@code Tri.oneOf(enterprise, "industry", $industries)}. The park roll-up reads the same table directly.
 */
@ClassReactive
public final class IndustryList {
    private final String table;
    private final Set<String> industries;
    private final String source;
    private final String clause;

    IndustryList(String table, Set<String> industries, String source, String clause) {
        this.table = table;
        this.industries = industries;
        this.source = source;
        this.clause = clause;
    }

    public String getTable() {
        return table;
    }

    public Set<String> getIndustries() {
        return industries;
    }

    /** The source id the shipping pack cites for the list. */
    public String getSource() {
        return source;
    }

    public String getClause() {
        return clause;
    }

    @Override
    public String toString() {
        return table + industries;
    }
}
