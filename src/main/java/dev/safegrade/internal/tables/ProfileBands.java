package dev.safegrade.internal.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.definition.type.ClassReactive;

/**
 * A row of a "profile-bands" table: under {@code profile}, scores of {@code method} take their band from the
 * "bands" table {@code table}. Switching the profile switches the bands; the rules stay the same.
 */
@ClassReactive
public final class ProfileBands {
    private final String profile;
    private final String method;
    private final String table;

    private ProfileBands(String profile, String method, String table) {
        this.profile = profile;
        this.method = method;
        this.table = table;
    }

    static List<Object> facts(String pack, String file, JsonNode table) {
        TableData d = new TableData(pack, file);
        List<Object> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode row : d.require(table, "rows")) {
            ProfileBands p = new ProfileBands(d.text(row, "profile"), d.text(row, "method"), d.text(row, "table"));
            if (!seen.add(p.profile + "/" + p.method)) {
                throw d.problem("profile " + p.profile + " names two band tables for " + p.method);
            }
            out.add(p);
        }
        return out;
    }

    public String getProfile() {
        return profile;
    }

    public String getMethod() {
        return method;
    }

    public String getTable() {
        return table;
    }

    @Override
    public String toString() {
        return profile + "/" + method + "->" + table;
    }
}
