package dev.safegrade.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A deterministic generator of realistic facts-v1 documents: enterprises of every industry with people,
 * licences, insurance, units with substances, 10–50 risk points, accidents and hazards; and some parks.
 * The same seed and count always give the same file.
 *
 * <pre>java -cp benchmarks.jar dev.safegrade.bench.FactGenerator SEED COUNT OUT.ndjson</pre>
 */
public class FactGenerator {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] INDUSTRIES = {"coal-mine", "metal-nonmetal-mine", "hazardous-chemicals", "chemical", "pharmaceutical",
            "fireworks", "petroleum-extraction", "metallurgy", "nonferrous", "building-materials", "machinery", "light-industry", "textile",
            "tobacco", "commerce", "construction", "transport", "civil-explosives", "metal-smelting", "fishery", "other"};
    /** Heavier weight on the industries inspectors see most, still every industry present. */
    private static final int[] INDUSTRY_WEIGHTS = {3, 3, 12, 10, 3, 2, 1, 4, 3, 5, 12, 10, 6, 1, 8, 4, 4, 1, 2, 1, 5};
    private static final String[] REGIONS = {"610102", "610116", "610117", "610526", "610402", "610302", "610881", "430181", "320506", "370883"};
    private static final String[] CITIES = {"西安", "咸阳", "宝鸡", "渭南", "榆林", "延安", "汉中", "安康", "商洛", "铜川"};
    static final String[] WORDS = {"华瑞", "恒泰", "鑫源", "宏达", "明辉", "泾渭", "秦川", "长安", "金桥", "中天", "新锐", "安和"};
    /** Synthetic substances with the q/Q/β a unit might hold (test data, not a regulation table). */
    static final Object[][] SUBSTANCES = {
            {"甲醇", "67-56-1", 500.0, 1.0}, {"液氨", "7664-41-7", 10.0, 2.0}, {"液化石油气", "68476-85-7", 50.0, 1.5},
            {"氯", "7782-50-5", 5.0, 4.0}, {"苯", "71-43-2", 50.0, 1.0}, {"汽油", "86290-81-5", 200.0, 1.0}, {"硫化氢", "7783-06-4", 5.0, 5.0}};
    static final double[] LEC_L = {10, 6, 3, 1, 0.5, 0.2, 0.1};
    static final double[] LEC_E = {10, 6, 3, 2, 1, 0.5};
    static final double[] LEC_C = {100, 40, 15, 7, 3, 1};
    static final String[] HAZARD_TYPES = {"fire", "explosion", "poisoning", "asphyxiation", "fall", "mechanical", "electrical", "other"};
    static final String[] UNIT_KINDS = {"production-unit", "tank-farm", "warehouse", "workshop", "loading-station", "control-room", "other"};

    final SplittableRandom random;
    final JsonNodeFactory f = JsonNodeFactory.instance;
    /** The date the documents describe; dates are drawn relative to it. */
    final LocalDate asOf;

    public FactGenerator(long seed) {
        this(seed, AS_OF);
    }

    FactGenerator(long seed, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.asOf = asOf;
    }

    public static void main(String[] args) throws IOException {
        long seed = Long.parseLong(args[0]);
        long count = Long.parseLong(args[1]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            new FactGenerator(seed).write(count, out);
        }
    }

    public void write(long count, Writer out) throws IOException {
        for (long i = 0; i < count; i++) {
            out.write(next(i).toString());
            out.write('\n');
        }
    }

    /** Document number {@code i}: about 2% are parks. */
    public ObjectNode next(long i) {
        ObjectNode doc = f.objectNode().put("factsVersion", 1).put("asOf", asOf.toString());
        if (random.nextInt(50) == 0) {
            doc.set("park", park(i));
        } else {
            doc.set("enterprise", enterprise(i));
        }
        return doc;
    }

    private ObjectNode enterprise(long i) {
        String industry = weighted(INDUSTRIES, INDUSTRY_WEIGHTS);
        String region = pick(REGIONS);
        ObjectNode e = f.objectNode().put("id", uscc(region)).put("name", pick(CITIES) + pick(WORDS) + industryWord(industry) + "有限公司" + i)
                .put("region", region).put("industry", industry);
        if (industry.equals("hazardous-chemicals")) {
            ArrayNode a = e.putArray("activities");
            a.add(random.nextInt(4) == 0 ? "trading-with-storage" : "production");
            if (random.nextBoolean()) {
                a.add("storage");
            }
        }
        int employees = 20 + random.nextInt(1500);
        e.put("aboveDesignatedSize", employees > 100).put("employees", employees).put("inChemicalPark", random.nextInt(3) == 0);
        people(e.putArray("people"));
        e.putArray("licences").addObject().put("kind", "safety-production").put("number", "(陕)WH安许证字[" + (10000 + random.nextInt(90000)) + "]")
                .put("validUntil", date(-200, 900)).put("status", random.nextInt(30) == 0 ? "suspended" : "valid");
        e.putObject("insurance").putObject("safetyLiability").put("insured", random.nextInt(10) != 0).put("validUntil", date(-100, 365))
                .put("perPersonLimitYuan", random.nextBoolean() ? 400000 : 300000).put("coversAllEmployees", random.nextInt(5) != 0);
        accidents(e.putArray("accidents"));
        int units = units(e.putArray("units"), industry);
        riskPoints(e.putArray("riskPoints"), units);
        hazards(e.putArray("hazards"));
        if (random.nextInt(3) != 0) {
            e.putObject("standardization").put("grade", 1 + random.nextInt(3)).put("awardedOn", date(-1500, -30));
        }
        return e;
    }

    void people(ArrayNode people) {
        people.addObject().put("id", "P1").putArray("roles").add("principal");
        ((ObjectNode) people.get(0)).putArray("certificates").addObject().put("kind", "safety-competence").put("validUntil", date(-60, 1000));
        int managers = 1 + random.nextInt(3);
        staff(people, managers, 6);
    }

    /** Adds {@code managers} safety managers and 0 to {@code operatorBound - 1} special operators after the people listed. */
    void staff(ArrayNode people, int managers, int operatorBound) {
        for (int m = 0; m < managers; m++) {
            ObjectNode p = people.addObject().put("id", "P" + (people.size() + 1));
            p.putArray("roles").add("safety-manager");
            p.putArray("certificates").addObject().put("kind", "safety-competence").put("validUntil", date(-60, 1000));
            p.put("education", random.nextBoolean() ? "college" : "bachelor");
        }
        int operators = random.nextInt(operatorBound);
        for (int o = 0; o < operators; o++) {
            ObjectNode p = people.addObject().put("id", "P" + (people.size() + 1));
            p.putArray("roles").add("special-operator");
            if (random.nextInt(8) != 0) {
                p.putArray("certificates").addObject().put("kind", "special-operation").put("validUntil", date(-90, 1500));
            }
            p.put("education", random.nextInt(5) == 0 ? "below-high-school" : "high-school");
        }
    }

    private void accidents(ArrayNode accidents) {
        int n = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3);
        for (int a = 0; a < n; a++) {
            ObjectNode acc = accidents.addObject().put("id", "A" + (a + 1)).put("date", date(-3000, -1));
            acc.put("deaths", random.nextInt(10) < 8 ? 0 : random.nextInt(5));
            acc.put("seriousInjuries", random.nextInt(12));
            if (random.nextInt(6) != 0) {
                acc.put("directLossYuan", 10000L * random.nextInt(2000));
            }
            acc.put("concealed", random.nextInt(40) == 0);
        }
    }

    int units(ArrayNode units, String industry) {
        boolean chemical = industry.equals("hazardous-chemicals") || industry.equals("chemical") || industry.equals("pharmaceutical");
        return units(units, chemical, 1 + random.nextInt(chemical ? 6 : 3));
    }

    /** {@code n} units; chemical ones hold substances (the first is a tank farm). */
    int units(ArrayNode units, boolean chemical, int n) {
        for (int u = 0; u < n; u++) {
            String kind = chemical && u == 0 ? "tank-farm" : pick(UNIT_KINDS);
            ObjectNode unit = units.addObject().put("id", "U" + (u + 1)).put("name", kind + "-" + (u + 1)).put("kind", kind);
            if (chemical) {
                ArrayNode subs = unit.putArray("substances");
                int s = 1 + random.nextInt(3);
                for (int k = 0; k < s; k++) {
                    Object[] sub = SUBSTANCES[(u + k * 3 + random.nextInt(SUBSTANCES.length)) % SUBSTANCES.length];
                    double q = Math.round((Double) sub[2] * random.nextDouble() * 3 * 10) / 10.0;
                    subs.addObject().put("name", (String) sub[0] + (k > 0 ? "-" + k : "")).put("cas", (String) sub[1]).put("quantityT", q)
                            .put("criticalQuantityT", (Double) sub[2]).put("beta", (Double) sub[3]);
                }
                unit.put("exposedPeople", random.nextInt(150));
                if (kind.equals("tank-farm")) {
                    unit.putObject("tankFarm").put("emergencyShutoff", random.nextInt(5) != 0).put("independentSis", random.nextInt(3) != 0)
                            .putArray("media").add(random.nextBoolean() ? "flammable-liquid" : "liquefied-gas");
                }
                if (kind.equals("production-unit") && random.nextBoolean()) {
                    unit.putArray("keyRegulatedProcesses").add(random.nextBoolean() ? "氯化工艺" : "加氢工艺");
                    unit.putObject("automation").put("controlInstalled", random.nextInt(8) != 0).put("esdInstalled", random.nextInt(6) != 0)
                            .put("inService", random.nextInt(10) != 0);
                }
            }
        }
        return n;
    }

    void riskPoints(ArrayNode points, int units) {
        riskPoints(points, units, 10 + random.nextInt(41));
    }

    /** {@code n} risk points; with no units they name none. */
    void riskPoints(ArrayNode points, int units, int n) {
        for (int p = 0; p < n; p++) {
            ObjectNode rp = points.addObject().put("id", "R" + (p + 1)).put("name", "风险点" + (p + 1));
            if (units > 0) {
                rp.put("unit", "U" + (1 + random.nextInt(units)));
            }
            ObjectNode a = rp.putObject("assessment");
            if (random.nextInt(4) == 0) {
                a.put("method", "LS").put("L", 1 + random.nextInt(5)).put("S", 1 + random.nextInt(5));
            } else {
                a.put("method", "LEC").put("L", LEC_L[random.nextInt(LEC_L.length)]).put("E", LEC_E[random.nextInt(LEC_E.length)])
                        .put("C", LEC_C[random.nextInt(LEC_C.length)]);
            }
            rp.put("simultaneousWorkers", random.nextInt(15));
            rp.putArray("hazardTypes").add(HAZARD_TYPES[random.nextInt(HAZARD_TYPES.length)]);
            rp.put("violatesMandatoryStandard", random.nextInt(30) == 0).put("accidentConditionsPersist", random.nextInt(40) == 0);
        }
    }

    void hazards(ArrayNode hazards) {
        hazards(hazards, random.nextInt(6));
    }

    void hazards(ArrayNode hazards, int n) {
        for (int h = 0; h < n; h++) {
            LocalDate found = asOf.minusDays(10 + random.nextInt(400));
            ObjectNode hz = hazards.addObject().put("id", "H" + (h + 1)).put("description", "隐患" + (h + 1))
                    .put("grade", random.nextInt(8) == 0 ? "major" : "general").put("foundOn", found.toString())
                    .put("deadline", found.plusDays(30 + random.nextInt(60)).toString());
            if (random.nextInt(4) != 0) {
                hz.put("rectifiedOn", found.plusDays(5 + random.nextInt(80)).toString());
            }
        }
    }

    ObjectNode park(long i) {
        ObjectNode p = f.objectNode().put("id", "PARK-" + i).put("name", pick(CITIES) + pick(WORDS) + "化工园区").put("region", pick(REGIONS));
        p.putObject("recognized").put("status", random.nextInt(5) != 0).put("notice", "认定公告" + i).put("on", date(-2000, -100));
        p.putObject("plans").putObject("overall").put("approved", random.nextBoolean()).put("hasSafetyDisasterChapter", random.nextBoolean());
        ((ObjectNode) p.get("plans")).putObject("industry").put("approved", random.nextBoolean());
        p.putObject("management").put("body", true).put("safetyEmergencyBody", random.nextBoolean()).put("safetyStaff", random.nextInt(20))
                .put("rules", true);
        p.put("boundaryDefined", random.nextInt(4) != 0);
        p.putObject("safetyControlLine").put("drawn", random.nextBoolean()).put("adoptedInLandPlan", random.nextBoolean());
        p.putObject("integralRiskAssessment").put("date", date(-2500, -30));
        p.putObject("utilities").put("water", true).put("power", true).put("steam", random.nextBoolean()).put("wastewater", true)
                .put("accidentPool", random.nextBoolean()).put("hazWaste", random.nextBoolean());
        p.putObject("enclosure").put("physical", random.nextBoolean()).put("gateControl", random.nextBoolean()).put("hazmatRouteControl", random.nextBoolean());
        p.putObject("hazmatParking").put("exists", random.nextBoolean()).put("spaces", random.nextInt(200));
        p.putObject("platform").put("exists", random.nextBoolean()).put("online", random.nextBoolean());
        p.putObject("trainingBase").put("exists", random.nextBoolean());
        p.putObject("fireStation").put("exists", random.nextBoolean()).put("type", "特勤站");
        p.putObject("catalog").put("forbiddenRestrictedControlled", random.nextBoolean()).put("projectEntryConditions", random.nextBoolean());
        p.put("residentsInside", random.nextInt(10) == 0 ? random.nextInt(300) : 0).put("laborIntensiveEnterprises", random.nextInt(12) == 0 ? 1 : 0);
        return p;
    }

    String uscc(String region) {
        StringBuilder b = new StringBuilder("91").append(region);
        for (int k = 0; k < 9; k++) {
            b.append(USCC.charAt(random.nextInt(USCC.length())));
        }
        return withCheck(b);
    }

    /** The 17 characters of {@code b} and their GB 32100-2015 check character. */
    static String withCheck(StringBuilder b) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += USCC.indexOf(b.charAt(k)) * WEIGHTS[k];
        }
        int check = 31 - sum % 31;
        return b.append(USCC.charAt(check == 31 ? 0 : check)).toString();
    }

    String date(int fromDays, int toDays) {
        return asOf.plusDays(fromDays + random.nextInt(toDays - fromDays + 1)).toString();
    }

    String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int k = 0; k < values.length; k++) {
            r -= weights[k];
            if (r < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    private static String industryWord(String industry) {
        return switch (industry) {
            case "hazardous-chemicals", "chemical" -> "化工";
            case "pharmaceutical" -> "制药";
            case "coal-mine" -> "煤业";
            case "metal-nonmetal-mine" -> "矿业";
            case "fireworks" -> "烟花";
            case "machinery" -> "机械";
            case "textile" -> "纺织";
            default -> "实业";
        };
    }
}
