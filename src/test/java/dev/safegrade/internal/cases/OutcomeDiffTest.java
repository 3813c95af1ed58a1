package dev.safegrade.internal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safegrade.internal.json.Json;
import org.junit.jupiter.api.Test;

/** A failing golden case reads as findings missing, unexpected or changed, not as every index after the first shift. */
class OutcomeDiffTest {
    private static JsonNode json(String s) throws Exception {
        return Json.mapper().readTree(s.replace('\'', '"'));
    }

    private static final String A = "{'ruleId':'R-A','path':'/x/0','severity':'info','message':{'en':'a at 0'}}";
    private static final String B = "{'ruleId':'R-B','path':'/x/1','severity':'info','message':{'en':'b at 1'}}";
    private static final String C = "{'ruleId':'R-C','path':'/x/2','severity':'info','message':{'en':'c at 2'}}";

    @Test
    void findingsAreMatchedByRuleAndPath() throws Exception {
        JsonNode expected = json("{'grades':{'g':1},'findings':[" + A + "," + B + "," + C + "],'notEvaluated':[],'notInForce':[]}");
        JsonNode actual = json("{'grades':{'g':2},'findings':[" + A + "," + C.replace("'info'", "'high'") + "],'notEvaluated':"
                + "[{'ruleId':'R-D','path':'/x/3','missing':['/x/3/n']}],'notInForce':[]}");
        assertThat(OutcomeDiff.diff(expected, actual)).containsExactly(
                "grades: /g: expected 1, found 2",
                "findings: - R-B @ /x/1 (expected, not produced): b at 1",
                "findings: ~ R-C @ /x/2: /severity: expected \"info\", found \"high\"",
                "notEvaluated: + R-D @ /x/3 (produced, not expected): missing [\"/x/3/n\"]");
    }

    @Test
    void theSameFindingsInAnotherOrderStillFail() throws Exception {
        JsonNode expected = json("{'grades':{},'findings':[" + A + "," + B + "],'notEvaluated':[],'notInForce':[]}");
        JsonNode actual = json("{'grades':{},'findings':[" + B + "," + A + "],'notEvaluated':[],'notInForce':[]}");
        assertThat(OutcomeDiff.diff(expected, actual)).containsExactly(
                "findings: the same entries in another order: expected [R-A @ /x/0, R-B @ /x/1], found [R-B @ /x/1, R-A @ /x/0]");
        assertThat(OutcomeDiff.diff(expected, expected)).isEmpty();
    }
}
