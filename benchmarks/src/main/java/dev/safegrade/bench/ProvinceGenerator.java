package dev.safegrade.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated province: facts-v1 documents of 陕西 enterprises (and a few parks) in 21 real counties of 7 cities, with
 * the industry mix of a province, two years of accidents before {@code asOf} whose rate per county differs between
 * the two years (so some counties rise in both accidents and deaths, 双上升, and others fall), and the obligation
 * facts the regulator's coverage rates read (安责险, 承诺制, 标准化) with realistic gaps. Test data for the summaries
 * and the benchmarks, not a statistic of 陕西: every proportion below is an assumption, no source gives the real mix.
 * Deterministic: the same seed, count and asOf always give the same file; the county rates depend on the seed only.
 * Streams: one document at a time, memory flat at any count.
 *
 * <pre>java -cp benchmarks.jar dev.safegrade.bench.ProvinceGenerator [--count N] [--seed S] [--as-of YYYY-MM-DD] [-o FILE]</pre>
 *
 * <p>Industry mix (‰ of enterprises before the county adjustments below; assumptions):
 * 工贸 66% — machinery 160, light-industry 130, commerce 130, building-materials 90, textile 40, metallurgy 30,
 * nonferrous 20, tobacco 5, other 55 — small shops with few facts (one unit, 2–12 risk points); hazardous-chemicals
 * 70 (production 30%, trading with storage 25%, storage 5%, licensed use 10%: the heavy documents with 4–12 units,
 * 2–4 substances each and 40–150 risk points; trading without storage 30%: no unit, few risk points), chemical 30,
 * pharmaceutical 15; construction 80; transport 60; coal-mine 15; metal-nonmetal-mine 25; metal-smelting 20; fireworks
 * 15; petroleum-extraction 5; civil-explosives 3; fishery 2. Counties change it: no mines in the central districts of
 * 西安, coal and oil and coal chemicals in 榆林 and 延安, quarries and fisheries in the rural counties. About 0.1% of the
 * documents are chemical parks (without member files: a batch line cannot name them).
 */
public final class ProvinceGenerator extends FactGenerator {
    /** A county: GB/T 2260 code, name, its city's name, relative number of enterprises, and its kind. */
    record County(String code, String name, String city, int weight, Kind kind) {
    }

    enum Kind { URBAN, INDUSTRIAL, RURAL, RESOURCE }

    static final County[] COUNTIES = {
            new County("610102", "新城区", "西安", 40, Kind.URBAN), new County("610103", "碑林区", "西安", 35, Kind.URBAN),
            new County("610104", "莲湖区", "西安", 45, Kind.URBAN), new County("610111", "灞桥区", "西安", 55, Kind.INDUSTRIAL),
            new County("610112", "未央区", "西安", 100, Kind.INDUSTRIAL), new County("610113", "雁塔区", "西安", 90, Kind.URBAN),
            new County("610114", "阎良区", "西安", 35, Kind.INDUSTRIAL), new County("610115", "临潼区", "西安", 40, Kind.INDUSTRIAL),
            new County("610116", "长安区", "西安", 75, Kind.INDUSTRIAL), new County("610117", "高陵区", "西安", 55, Kind.INDUSTRIAL),
            new County("610122", "蓝田县", "西安", 15, Kind.RURAL), new County("610124", "周至县", "西安", 12, Kind.RURAL),
            new County("610302", "渭滨区", "宝鸡", 45, Kind.INDUSTRIAL), new County("610303", "金台区", "宝鸡", 35, Kind.URBAN),
            new County("610304", "陈仓区", "宝鸡", 30, Kind.INDUSTRIAL), new County("610402", "秦都区", "咸阳", 50, Kind.INDUSTRIAL),
            new County("610502", "临渭区", "渭南", 45, Kind.INDUSTRIAL), new County("610602", "宝塔区", "延安", 30, Kind.RESOURCE),
            new County("610702", "汉台区", "汉中", 28, Kind.URBAN), new County("610802", "榆阳区", "榆林", 50, Kind.RESOURCE),
            new County("610881", "神木市", "榆林", 45, Kind.RESOURCE)};
    /** A well-formed code that is in no table (~0.5% of enterprises), so summaries show their "unknown" bucket. */
    static final String UNKNOWN_REGION = "619999";

    private static final String[] INDUSTRIES = {"machinery", "light-industry", "commerce", "building-materials", "textile", "metallurgy",
            "nonferrous", "tobacco", "other", "hazardous-chemicals", "chemical", "pharmaceutical", "construction", "transport", "coal-mine",
            "metal-nonmetal-mine", "metal-smelting", "fireworks", "petroleum-extraction", "civil-explosives", "fishery"};
    /** ‰ of enterprises before the county's adjustment (see the class comment). */
    private static final int[] BASE_PERMILLE = {160, 130, 130, 90, 40, 30, 20, 5, 55, 70, 30, 15, 80, 60, 15, 25, 20, 15, 5, 3, 2};
    /** The eight high-risk industries and fields that must hold 安责险 (应急〔2025〕27号 第二条; the insurance pack's table). */
    static final Set<String> HIGH_RISK = Set.of("coal-mine", "metal-nonmetal-mine", "hazardous-chemicals", "fireworks", "transport",
            "construction", "civil-explosives", "metal-smelting", "fishery");
    /** The industries 陕应急〔2019〕109号 gives the 2019 deadline (the commitment pack's table). */
    static final Set<String> COMMITMENT_LISTED = Set.of("coal-mine", "metal-nonmetal-mine", "construction", "hazardous-chemicals",
            "fireworks", "civil-explosives");
    private static final Set<String> INDUSTRY_TRADE = Set.of("machinery", "light-industry", "commerce", "building-materials", "textile",
            "metallurgy", "nonferrous", "tobacco", "other");
    private static final LocalDate MEM_2021 = LocalDate.of(2021, 10, 27);
    /** Accidents per enterprise and year at county level 1 before the industry's factor (raised so counties have counts). */
    private static final double BASE_ACCIDENT_RATE = 0.02;

    private final int[][] industryWeights = new int[Kind.values().length][];
    /** Per county index (and COUNTIES.length for the unknown/absent regions): accident level of year 1 and 2, fatal share of year 1 and 2. */
    private final double[][] countyRates;
    private final int totalCountyWeight;

    public ProvinceGenerator(long seed, LocalDate asOf) {
        super(seed, asOf);
        for (Kind k : Kind.values()) {
            int[] w = new int[INDUSTRIES.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = (int) Math.round(BASE_PERMILLE[i] * 10 * adjust(k, INDUSTRIES[i]));
            }
            industryWeights[k.ordinal()] = w;
        }
        SplittableRandom rates = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x2260);
        countyRates = new double[COUNTIES.length + 1][];
        for (int c = 0; c < countyRates.length; c++) {
            double level = Math.exp(0.3 * rates.nextGaussian());
            double trend = -0.45 + rates.nextDouble(); // year 2 against year 1: ×0.55 … ×1.55
            double fatal1 = Math.min(0.7, 0.4 * Math.exp(0.15 * rates.nextGaussian()));
            double fatal2 = Math.max(0.1, Math.min(0.8, fatal1 * (1 + 0.6 * trend + 0.1 * rates.nextGaussian())));
            countyRates[c] = new double[] {level, level * (1 + trend), fatal1, fatal2};
        }
        int total = 0;
        for (County c : COUNTIES) {
            total += c.weight();
        }
        totalCountyWeight = total;
    }

    public static void main(String[] args) throws IOException {
        long count = 20_000;
        long seed = 42;
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        String out = "-";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "-o", "--output" -> out = args[++i];
                default -> {
                    System.err.println("usage: ProvinceGenerator [--count N] [--seed S] [--as-of YYYY-MM-DD] [-o FILE|-]");
                    System.exit(64);
                }
            }
        }
        try (Writer w = out.equals("-") ? new BufferedWriter(new OutputStreamWriter(new FileOutputStream(java.io.FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16) : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            new ProvinceGenerator(seed, asOf).write(count, w);
        }
    }

    /** Document number {@code i}: about 0.1% are chemical parks. */
    @Override
    public ObjectNode next(long i) {
        ObjectNode doc = f.objectNode().put("factsVersion", 1).put("asOf", asOf.toString());
        if (random.nextInt(1000) == 0) {
            ObjectNode park = park(i);
            County c = parkCounty();
            park.put("region", c.code()).put("name", c.city() + c.name() + WORDS[random.nextInt(WORDS.length)] + "化工园区");
            doc.set("park", park);
        } else {
            doc.set("enterprise", provinceEnterprise(i));
        }
        return doc;
    }

    private ObjectNode provinceEnterprise(long i) {
        int r = random.nextInt(1000);
        County county = r < 8 ? null : county(); // 0.3% no region at all, 0.5% a code in no table
        String region = r < 8 ? UNKNOWN_REGION : county.code();
        int rateIndex = county == null ? COUNTIES.length : indexOf(county);
        String industry = industry(county == null ? Kind.INDUSTRIAL : county.kind());
        String activity = industry.equals("hazardous-chemicals") ? hazchemActivity() : null;
        Weight weight = weight(industry, activity);

        String place = county == null ? "陕西" : county.city() + county.name();
        ObjectNode e = f.objectNode().put("id", uscc(r < 3 ? "610100" : region, i))
                .put("name", place + WORDS[random.nextInt(WORDS.length)] + industryName(industry) + "有限公司" + i);
        if (r >= 3) {
            e.put("region", region);
        }
        e.put("industry", industry);
        if (activity != null) {
            ArrayNode a = e.putArray("activities").add(activity);
            if (activity.equals("production") && random.nextInt(3) == 0) {
                a.add("storage");
            }
        }
        int employees = switch (weight) {
            case LIGHT -> 3 + (int) Math.round(Math.exp(2.3 + 0.9 * random.nextGaussian()));
            case MEDIUM -> 20 + (int) Math.round(Math.exp(4.0 + 0.8 * random.nextGaussian()));
            case HEAVY -> 50 + (int) Math.round(Math.exp(5.0 + 0.7 * random.nextGaussian()));
        };
        boolean above = employees >= 100 ? random.nextInt(10) != 0 : employees >= 30 && random.nextInt(4) == 0;
        e.put("aboveDesignatedSize", above).put("employees", employees);
        if (industry.equals("hazardous-chemicals") || industry.equals("chemical")) {
            e.put("inChemicalPark", random.nextInt(5) < 2);
        }
        if (industry.equals("metal-smelting")) {
            e.put("metalSmelting", true);
        }
        people(e.putArray("people"), weight);
        licences(e.putArray("licences"), industry, activity);
        insurance(e, industry);
        commitment(e, industry, activity, above);
        accidents(e.putArray("accidents"), industry, rateIndex);
        int units;
        int points;
        int hazards;
        switch (weight) {
            case LIGHT -> {
                units = 1;
                points = 2 + random.nextInt(11);
                hazards = random.nextInt(3);
            }
            case MEDIUM -> {
                units = 1 + random.nextInt(4);
                points = 8 + random.nextInt(23);
                hazards = random.nextInt(5);
            }
            default -> {
                units = 4 + random.nextInt(9);
                points = 40 + random.nextInt(111);
                hazards = 2 + random.nextInt(11);
            }
        }
        boolean chemical = weight == Weight.HEAVY || industry.equals("chemical") || industry.equals("pharmaceutical");
        provinceUnits(e.putArray("units"), chemical, units);
        provinceRiskPoints(e.putArray("riskPoints"), units, points, weight);
        provinceHazards(e.putArray("hazards"), hazards, weight);
        standardization(e, industry, above);
        return e;
    }

    /** How many facts an enterprise carries: small shops, ordinary, the heavy hazardous-chemicals documents. */
    enum Weight { LIGHT, MEDIUM, HEAVY }

    private static Weight weight(String industry, String activity) {
        if (INDUSTRY_TRADE.contains(industry)) {
            return Weight.LIGHT;
        }
        if (activity != null) {
            return activity.equals("trading") ? Weight.LIGHT : Weight.HEAVY;
        }
        return Weight.MEDIUM;
    }

    private String hazchemActivity() {
        int r = random.nextInt(100);
        return r < 30 ? "production" : r < 55 ? "trading-with-storage" : r < 60 ? "storage" : r < 70 ? "use-licensed" : "trading";
    }

    private void people(ArrayNode people, Weight weight) {
        ObjectNode principal = people.addObject().put("id", "P1");
        principal.putArray("roles").add("principal");
        if (weight != Weight.LIGHT || random.nextBoolean()) {
            principal.putArray("certificates").addObject().put("kind", "safety-competence").put("validUntil", date(-60, 1000));
        }
        switch (weight) {
            case LIGHT -> staff(people, random.nextInt(5) < 3 ? 1 : 0, 3);
            case MEDIUM -> staff(people, 1 + random.nextInt(3), 6);
            case HEAVY -> {
                staff(people, 2 + random.nextInt(4), 16);
                if (random.nextInt(4) != 0) {
                    people.addObject().put("id", "P" + (people.size() + 1)).put("education", "bachelor").putArray("roles")
                            .add("registered-safety-engineer");
                }
            }
        }
    }

    private void licences(ArrayNode licences, String industry, String activity) {
        switch (industry) {
            case "coal-mine", "metal-nonmetal-mine" -> {
                licence(licences, "mining", "采矿许可证C6100002021");
                licence(licences, "safety-production", "(陕)FM安许证字[");
            }
            case "construction", "civil-explosives", "petroleum-extraction" -> licence(licences, "safety-production", "(陕)JZ安许证字[");
            case "fireworks" -> licence(licences, "fireworks", "(陕)YH经字[");
            case "hazardous-chemicals" -> {
                switch (activity) {
                    case "production", "storage" -> licence(licences, "safety-production", "(陕)WH安许证字[");
                    case "use-licensed" -> licence(licences, "hazchem-use", "陕WH使字[");
                    default -> licence(licences, "hazchem-trading", "陕WH经字[");
                }
            }
            default -> {
                // 工贸 and the others hold no safety licence
            }
        }
    }

    private void licence(ArrayNode licences, String kind, String prefix) {
        int r = random.nextInt(100);
        licences.addObject().put("kind", kind).put("number", prefix + (10000 + random.nextInt(90000)) + "]")
                .put("validUntil", r < 6 ? date(-300, -1) : date(30, 1100)).put("status", r == 99 ? "suspended" : "valid");
    }

    /** 安责险: in the eight industries 78% insured and in force, 6% lapsed, 8% not insured, 8% unknown; elsewhere 25% voluntary. */
    private void insurance(ObjectNode e, String industry) {
        int r = random.nextInt(100);
        if (!HIGH_RISK.contains(industry)) {
            if (r < 25) {
                e.putObject("insurance").putObject("safetyLiability").put("insured", true).put("validUntil", date(1, 365))
                        .put("perPersonLimitYuan", 400000);
            }
            return;
        }
        if (r >= 92) {
            return;
        }
        ObjectNode sl = e.putObject("insurance").putObject("safetyLiability");
        if (r >= 84) {
            sl.put("insured", false);
            return;
        }
        int limit = random.nextInt(100);
        sl.put("insured", true).put("validUntil", r < 78 ? date(1, 365) : date(-200, -1))
                .put("perPersonLimitYuan", limit < 70 ? 400000 : limit < 85 ? 500000 : 300000).put("coversAllEmployees", random.nextInt(100) < 85);
    }

    /**
     * 承诺制: where 陕应急〔2019〕109号 requires it (listed industry or above designated size) 88% signed, 6% not, 6% unknown;
     * elsewhere 45% / 25% / 30%. The daily 研判承诺公告 of 危化 producers, traders with storage and licensed users: 85% run it.
     */
    private void commitment(ObjectNode e, String industry, String activity, boolean above) {
        boolean required = COMMITMENT_LISTED.contains(industry) || above;
        boolean daily = activity != null && Set.of("production", "trading-with-storage", "use-licensed").contains(activity);
        int r = random.nextInt(100);
        int signedBelow = required ? 88 : 45;
        int notBelow = required ? 94 : 70;
        if (r >= notBelow && !daily) {
            return;
        }
        ObjectNode c = e.putObject("commitment");
        if (r < signedBelow) {
            c.put("signed", true).put("type", random.nextInt(100) < 85 ? "periodic" : "licence").put("date", date(-365, -1))
                    .put("publicDisplayed", random.nextInt(100) < 85);
        } else if (r < notBelow) {
            c.put("signed", false);
        }
        if (daily) {
            int d = random.nextInt(100);
            if (d < 95) {
                c.put("dailyRiskAnnouncement", d < 85);
            }
        }
        if (c.isEmpty()) {
            e.remove("commitment");
        }
    }

    /**
     * Accidents: a Poisson number in each of the two years before asOf at the county's rate of that year times the
     * industry's factor, and about 3% of enterprises with one older accident (2–6 years back). Of the accidents, the
     * county's fatal share (times the industry's) have deaths: 1 (86%), 2 (10%), 3–9 (3.9%, 较大), 10–14 (0.1%, 重大).
     */
    private void accidents(ArrayNode accidents, String industry, int rateIndex) {
        double[] rates = countyRates[rateIndex];
        double factor = accidentFactor(industry);
        double fatalFactor = fatalFactor(industry);
        int n1 = poisson(BASE_ACCIDENT_RATE * factor * rates[0]);
        int n2 = poisson(BASE_ACCIDENT_RATE * factor * rates[1]);
        if (random.nextInt(100) < 3) {
            accident(accidents, asOf.minusDays(730 + random.nextInt(1461)), rates[2] * fatalFactor);
        }
        for (int k = 0; k < n1; k++) {
            accident(accidents, asOf.minusDays(365 + random.nextInt(365)), rates[2] * fatalFactor);
        }
        for (int k = 0; k < n2; k++) {
            accident(accidents, asOf.minusDays(random.nextInt(365)), rates[3] * fatalFactor);
        }
    }

    private void accident(ArrayNode accidents, LocalDate date, double fatalShare) {
        int deaths = 0;
        if (random.nextDouble() < Math.min(0.9, fatalShare)) {
            double d = random.nextDouble();
            deaths = d < 0.86 ? 1 : d < 0.96 ? 2 : d < 0.999 ? 3 + random.nextInt(7) : 10 + random.nextInt(5);
        }
        double s = random.nextDouble();
        int injuries = s < 0.62 ? 0 : s < 0.87 ? 1 : s < 0.96 ? 2 + random.nextInt(2) : s < 0.995 ? 4 + random.nextInt(6) : 10 + random.nextInt(5);
        ObjectNode a = accidents.addObject().put("id", "A" + (accidents.size() + 1)).put("date", date.toString()).put("deaths", deaths)
                .put("seriousInjuries", injuries);
        if (random.nextInt(10) != 0) {
            long loss = 10_000L * (5 + random.nextInt(60)) + deaths * (1_200_000L + 1000L * random.nextInt(600)) + injuries * 300_000L;
            a.put("directLossYuan", loss);
        }
        a.put("concealed", random.nextInt(100) == 0);
    }

    private static double accidentFactor(String industry) {
        return switch (industry) {
            case "coal-mine" -> 4;
            case "metal-nonmetal-mine" -> 3.5;
            case "construction" -> 3;
            case "transport", "metal-smelting" -> 2.5;
            case "hazardous-chemicals", "chemical", "fireworks", "civil-explosives", "petroleum-extraction", "fishery" -> 2;
            case "metallurgy" -> 1.5;
            case "building-materials", "nonferrous" -> 1.2;
            case "machinery", "pharmaceutical" -> 1;
            default -> 0.5;
        };
    }

    private static double fatalFactor(String industry) {
        return switch (industry) {
            case "coal-mine", "metal-nonmetal-mine" -> 1.6;
            case "construction", "transport", "fireworks", "civil-explosives" -> 1.5;
            case "metal-smelting" -> 1.3;
            case "hazardous-chemicals", "chemical", "petroleum-extraction", "fishery" -> 1.2;
            default -> 0.8;
        };
    }

    /**
     * 标准化: the high-risk and chemical industries 60% graded and in force, 20% graded more than three years ago
     * (lapsed unless renewed), 20% none; 工贸 above designated size 40% / 15%; small shops 10% / 5%. 1% of grades revoked.
     */
    private void standardization(ObjectNode e, String industry, boolean above) {
        boolean heavy = HIGH_RISK.contains(industry) || industry.equals("chemical") || industry.equals("pharmaceutical");
        int valid = heavy ? 60 : above ? 40 : 10;
        int lapsed = valid + (heavy ? 20 : above ? 15 : 5);
        int r = random.nextInt(100);
        if (r >= lapsed) {
            return;
        }
        LocalDate awarded = r < valid ? asOf.minusDays(1 + random.nextInt(1000)) : asOf.minusDays(1100 + random.nextInt(1400));
        int g = random.nextInt(100);
        ObjectNode s = e.putObject("standardization").put("grade", g < 5 ? 1 : g < 35 ? 2 : 3)
                .put("regime", !awarded.isBefore(MEM_2021) ? "mem-2021" : INDUSTRY_TRADE.contains(industry) ? "industry-trade-2011" : "hazchem-2011")
                .put("awardedOn", awarded.toString());
        if (random.nextBoolean()) {
            s.put("validUntil", awarded.plusYears(3).minusDays(1).toString());
        }
        if (random.nextInt(100) == 0) {
            s.put("revokedOn", awarded.plusDays(1 + random.nextInt((int) Math.max(1, asOf.toEpochDay() - awarded.toEpochDay()))).toString());
        }
    }

    private static final String[] CHEMICAL_UNIT_KINDS = {"production-unit", "production-unit", "warehouse", "loading-station", "workshop",
            "tank-farm", "control-room"};
    private static final String[] PLAIN_UNIT_KINDS = {"workshop", "workshop", "workshop", "warehouse", "other"};

    /**
     * Units. Chemical ones (the first a tank farm) hold 1–3 substances (a control room none) at q = Q × e^(−2.2 + 1.2 g):
     * a substance passes its critical quantity about 3% of the time, so some units, not all, are 重大危险源. Other units
     * hold no listed substance ({@code []}, known), now and then a little 液化石油气 far below Q.
     */
    private void provinceUnits(ArrayNode units, boolean chemical, int n) {
        for (int u = 0; u < n; u++) {
            String kind = chemical ? (u == 0 ? "tank-farm" : CHEMICAL_UNIT_KINDS[random.nextInt(CHEMICAL_UNIT_KINDS.length)])
                    : PLAIN_UNIT_KINDS[random.nextInt(PLAIN_UNIT_KINDS.length)];
            ObjectNode unit = units.addObject().put("id", "U" + (u + 1)).put("name", kind + "-" + (u + 1)).put("kind", kind);
            ArrayNode subs = unit.putArray("substances");
            if (!chemical || kind.equals("control-room")) {
                if (random.nextInt(10) == 0) {
                    subs.addObject().put("name", "液化石油气").put("cas", "68476-85-7").put("quantityT", 0.1 * (1 + random.nextInt(20)))
                            .put("criticalQuantityT", 50.0).put("beta", 1.5);
                    unit.put("exposedPeople", random.nextInt(60));
                }
                continue;
            }
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                Object[] sub = SUBSTANCES[(u + k * 3 + random.nextInt(SUBSTANCES.length)) % SUBSTANCES.length];
                double q = Math.round((Double) sub[2] * Math.exp(-2.2 + 1.2 * random.nextGaussian()) * 10) / 10.0;
                subs.addObject().put("name", (String) sub[0] + (k > 0 ? "-" + k : "")).put("cas", (String) sub[1]).put("quantityT", q)
                        .put("criticalQuantityT", (Double) sub[2]).put("beta", (Double) sub[3]);
            }
            unit.put("exposedPeople", random.nextInt(150));
            if (kind.equals("tank-farm")) {
                unit.putObject("tankFarm").put("emergencyShutoff", random.nextInt(8) != 0).put("independentSis", random.nextInt(4) != 0)
                        .putArray("media").add(random.nextBoolean() ? "flammable-liquid" : "liquefied-gas");
            }
            if (kind.equals("production-unit") && random.nextInt(3) == 0) {
                unit.putArray("keyRegulatedProcesses").add(random.nextBoolean() ? "氯化工艺" : "加氢工艺");
                unit.putObject("automation").put("controlInstalled", random.nextInt(12) != 0).put("esdInstalled", random.nextInt(8) != 0)
                        .put("inService", random.nextInt(15) != 0);
            }
        }
    }

    /**
     * LEC weights (‰) over FactGenerator's L, E, C tables: by score alone a point is RED 0.3% (small shops) or 0.8% of
     * the time, ORANGE 1.2% / 2.2%, YELLOW 5.6% / 8.2%, else BLUE (national bands, variant A).
     */
    private static final int[][] LEC_LIGHT = {{0, 8, 150, 350, 260, 132, 100}, {30, 280, 350, 190, 100, 50}, {0, 15, 170, 355, 280, 180}};
    private static final int[][] LEC_OTHER = {{1, 10, 200, 370, 210, 119, 90}, {50, 300, 330, 170, 100, 50}, {1, 25, 200, 354, 250, 170}};
    /** LS weights of L = 1…5 and S = 1…5 (RED by score about 0.3%). */
    private static final int[] LS_L = {38, 36, 17, 7, 2};
    private static final int[] LS_S = {32, 36, 22, 8, 2};
    private static final String[] LIGHT_HAZARDS = {"mechanical", "mechanical", "electrical", "fall", "fire", "other"};

    /**
     * The risk register: every point in a unit; LEC three times in four, else LS, with the weights above; few people
     * at once (10 or more 0.5% of the time); 违反强制性标准 1 in 2000, 事故条件持续 1 in 3000. Small shops see mostly
     * mechanical, electrical and fall hazards; the others any.
     */
    private void provinceRiskPoints(ArrayNode points, int units, int n, Weight weight) {
        int[][] lec = weight == Weight.LIGHT ? LEC_LIGHT : LEC_OTHER;
        for (int p = 0; p < n; p++) {
            ObjectNode rp = points.addObject().put("id", "R" + (p + 1)).put("name", "风险点" + (p + 1)).put("unit", "U" + (1 + random.nextInt(units)));
            ObjectNode a = rp.putObject("assessment");
            if (random.nextInt(4) == 0) {
                a.put("method", "LS").put("L", 1 + pick(LS_L)).put("S", 1 + pick(LS_S));
            } else {
                a.put("method", "LEC").put("L", LEC_L[pick(lec[0])]).put("E", LEC_E[pick(lec[1])]).put("C", LEC_C[pick(lec[2])]);
            }
            int w = random.nextInt(1000);
            rp.put("simultaneousWorkers", w < 995 ? random.nextInt(8) : 10 + random.nextInt(11));
            rp.putArray("hazardTypes").add(weight == Weight.LIGHT ? LIGHT_HAZARDS[random.nextInt(LIGHT_HAZARDS.length)]
                    : HAZARD_TYPES[random.nextInt(HAZARD_TYPES.length)]);
            rp.put("violatesMandatoryStandard", random.nextInt(2000) == 0).put("accidentConditionsPersist", random.nextInt(3000) == 0);
        }
    }

    /**
     * The hidden-danger register: found in the last 400 days, deadline 30–90 days later; 重大 1 in 25 (small shops) or
     * 1 in 12; 85% rectified, on a day up to asOf (a later day would be a future fact, so such a hazard stays open).
     */
    private void provinceHazards(ArrayNode hazards, int n, Weight weight) {
        for (int h = 0; h < n; h++) {
            LocalDate found = asOf.minusDays(10 + random.nextInt(400));
            boolean major = random.nextInt(weight == Weight.LIGHT ? 25 : 12) == 0;
            ObjectNode hz = hazards.addObject().put("id", "H" + (h + 1)).put("description", "隐患" + (h + 1))
                    .put("grade", major ? "major" : "general").put("foundOn", found.toString())
                    .put("deadline", found.plusDays(30 + random.nextInt(60)).toString());
            LocalDate rectified = found.plusDays(5 + random.nextInt(80));
            if (random.nextInt(100) < 85 && !rectified.isAfter(asOf)) {
                hz.put("rectifiedOn", rectified.toString());
            }
        }
    }

    private int pick(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            r -= weights[k];
            if (r < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private int poisson(double lambda) {
        double l = Math.exp(-lambda);
        double p = random.nextDouble();
        int k = 0;
        while (p > l) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    private County county() {
        int r = random.nextInt(totalCountyWeight);
        for (County c : COUNTIES) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        return COUNTIES[COUNTIES.length - 1];
    }

    private County parkCounty() {
        String[] parks = {"610117", "610802", "610881", "610602", "610302", "610502", "610304", "610115"};
        String code = parks[random.nextInt(parks.length)];
        for (County c : COUNTIES) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalStateException(code);
    }

    private static int indexOf(County county) {
        for (int k = 0; k < COUNTIES.length; k++) {
            if (COUNTIES[k] == county) {
                return k;
            }
        }
        throw new IllegalStateException(county.code());
    }

    private String industry(Kind kind) {
        int[] w = industryWeights[kind.ordinal()];
        int total = 0;
        for (int x : w) {
            total += x;
        }
        int r = random.nextInt(total);
        for (int k = 0; k < w.length; k++) {
            r -= w[k];
            if (r < 0) {
                return INDUSTRIES[k];
            }
        }
        return INDUSTRIES[INDUSTRIES.length - 1];
    }

    /** The county's kind scales the base mix (assumptions, see the class comment). */
    private static double adjust(Kind kind, String industry) {
        Map<String, Double> m = new HashMap<>();
        switch (kind) {
            case URBAN -> {
                m.put("coal-mine", 0.0);
                m.put("metal-nonmetal-mine", 0.0);
                m.put("petroleum-extraction", 0.0);
                m.put("fishery", 0.0);
                m.put("civil-explosives", 0.0);
                m.put("metal-smelting", 0.2);
                m.put("hazardous-chemicals", 0.5);
                m.put("chemical", 0.2);
                m.put("building-materials", 0.4);
                m.put("commerce", 2.0);
                m.put("light-industry", 1.2);
                m.put("construction", 1.5);
                m.put("transport", 1.3);
            }
            case INDUSTRIAL -> {
                m.put("coal-mine", 0.1);
                m.put("metal-nonmetal-mine", 0.5);
                m.put("petroleum-extraction", 0.0);
                m.put("metal-smelting", 1.5);
                m.put("machinery", 1.3);
            }
            case RURAL -> {
                m.put("coal-mine", 0.0);
                m.put("metal-nonmetal-mine", 2.5);
                m.put("petroleum-extraction", 0.0);
                m.put("building-materials", 1.5);
                m.put("fishery", 4.0);
                m.put("fireworks", 1.5);
                m.put("machinery", 0.5);
                m.put("commerce", 0.7);
            }
            case RESOURCE -> {
                m.put("coal-mine", 8.0);
                m.put("petroleum-extraction", 6.0);
                m.put("hazardous-chemicals", 2.0);
                m.put("chemical", 2.0);
                m.put("metal-smelting", 2.0);
                m.put("transport", 2.0);
                m.put("machinery", 0.5);
                m.put("textile", 0.2);
                m.put("fishery", 0.0);
            }
        }
        return m.getOrDefault(industry, 1.0);
    }

    /** A distinct valid 统一社会信用代码: 91 + region + 4 random characters + the document number in base 31 + check. */
    private String uscc(String region, long i) {
        StringBuilder b = new StringBuilder("91").append(region);
        for (int k = 0; k < 4; k++) {
            b.append(USCC.charAt(random.nextInt(USCC.length())));
        }
        long n = i;
        char[] tail = new char[5];
        for (int k = 4; k >= 0; k--) {
            tail[k] = USCC.charAt((int) (n % 31));
            n /= 31;
        }
        return withCheck(b.append(tail));
    }

    private static String industryName(String industry) {
        return switch (industry) {
            case "hazardous-chemicals", "chemical" -> "化工";
            case "pharmaceutical" -> "制药";
            case "coal-mine" -> "煤业";
            case "metal-nonmetal-mine" -> "矿业";
            case "fireworks" -> "烟花爆竹";
            case "machinery" -> "机械";
            case "textile" -> "纺织";
            case "construction" -> "建设工程";
            case "transport" -> "运输";
            case "metal-smelting", "metallurgy", "nonferrous" -> "冶金";
            case "building-materials" -> "建材";
            case "commerce" -> "商贸";
            default -> "实业";
        };
    }
}
