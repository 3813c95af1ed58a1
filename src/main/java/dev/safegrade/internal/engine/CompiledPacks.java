package dev.safegrade.internal.engine;

import dev.safegrade.PackException;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.RuleMeta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ConstraintJittingThresholdOption;

/**
 * A set of packs compiled into one KieBase, with everything evaluation needs beside it. Compiled once per
 * set of pack digests and shared: a KieBase is thread-safe, sessions are not (one per evaluation).
 */
public final class CompiledPacks {
    private static final Map<String, CompiledPacks> CACHE = new ConcurrentHashMap<>();

    private final List<Pack> packs;
    private final KieBase kieBase;
    private final Map<String, FolderPackModel.Source> models; // pack id -> its executable model classes; null: DRL compiled
    private final boolean precompiled;
    private final Map<List<Set<String>>, KieBase> kieBasesBySubset = new ConcurrentHashMap<>();
    /** Enough for every industry × activity × asOf a batch meets; a bound only against one asOf per document. */
    private static final int PLANS_KEPT = 10_000;
    private final Map<EvaluationPlan.Key, EvaluationPlan> plans = new ConcurrentHashMap<>();
    private final DrlScopes scopes;
    private final Map<String, RuleMeta> rules;
    private final Map<String, Pack> packByDrlPackage;
    private final SessionTables tables;

    private CompiledPacks(List<Pack> packs, KieBase kieBase, Map<String, FolderPackModel.Source> models, boolean precompiled, Map<String, RuleMeta> rules,
                          Map<String, Pack> packByDrlPackage, SessionTables tables) {
        this.packs = packs;
        this.kieBase = kieBase;
        this.models = models;
        this.precompiled = precompiled;
        this.rules = rules;
        this.packByDrlPackage = packByDrlPackage;
        this.tables = tables;
        this.scopes = new DrlScopes(packs);
    }

    /**
     * The compiled form of these packs, from the cache when the same content was compiled before. Packs the
     * build precompiled (same digest) are loaded from their executable model; any other pack's DRL is compiled to the
     * executable model now, and refused when its compiled code uses anything outside {@link CodeCheck}'s allow-list.
     */
    public static CompiledPacks of(List<Pack> packs) {
        return CACHE.computeIfAbsent(key(packs), k -> compile(packs, k, true));
    }

    /** A reference of a pack's compiled code outside the allow-list ({@link CodeCheck}), where the DRL makes it. */
    public record CodeProblem(String file, int line, String message) {
    }

    /**
     * Compiles a pack the build did not precompile to the executable model and tells every reference of its code the
     * allow-list refuses (for {@code packs lint}); none for a precompiled pack (the build checked it).
     *
     * @throws PackException when the DRL does not compile
     */
    public static List<CodeProblem> codeProblems(Pack pack) {
        if (PrecompiledPacks.modelClasses(pack).isPresent()) {
            return List.of();
        }
        return FolderPackModel.refusals(pack);
    }

    /** Runs Drools' own first-use work (class loading, static set-up) with an empty rule base and session. */
    public static void warmUp() {
        KieBaseBuilder.createKieBaseFromModel(List.of()).newKieSession().dispose();
    }

    /** Always compiles the DRL, even of precompiled packs: to check both paths agree. */
    public static CompiledPacks fromDrl(List<Pack> packs) {
        return CACHE.computeIfAbsent("drl:" + key(packs), k -> compile(packs, k, false));
    }

    /** Whether every pack was loaded from the build's executable model rather than compiled now. */
    public boolean precompiled() {
        return precompiled;
    }

    /**
     * The KieBase for a subject to which only {@code packIds} apply, without the rules of {@code excludedFiles}
     * ({@code pack/file}, see {@link DrlScopes}). From the executable model it holds just those rules (a session
     * costs in proportion to what its facts reach); compiled from DRL it is the whole set, and the evaluator's
     * agenda filter skips the rest.
     */
    KieBase kieBaseFor(Set<String> packIds, Set<String> excludedFiles) {
        if (models == null) {
            return kieBase;
        }
        return kieBasesBySubset.computeIfAbsent(List.of(Set.copyOf(packIds), Set.copyOf(excludedFiles)), key -> {
            List<Model> subset = new ArrayList<>();
            for (Pack p : packs) {
                if (packIds.contains(p.id())) {
                    FolderPackModel.Source source = models.get(p.id());
                    for (Model m : PrecompiledPacks.instantiate(p.id(), source.classes(), source.loader())) {
                        subset.add(excludedFiles.isEmpty() ? m : new ScopedModel(m, r -> !scopes.excludesRule(p.id(), r.getName(), excludedFiles)));
                    }
                }
            }
            return KieBaseBuilder.createKieBaseFromModel(subset);
        });
    }

    /**
     * The plan for a subject to which these packs apply, without these DRL files (see {@link DrlScopes}), on asOf: from
     * the cache, which stops growing at {@value #PLANS_KEPT} combinations (then plans are worked out per subject).
     */
    EvaluationPlan plan(List<Pack> applicable, Set<String> excludedFiles, Set<String> undecidedFiles, java.time.LocalDate asOf) {
        Set<String> ids = new java.util.HashSet<>();
        applicable.forEach(p -> ids.add(p.id()));
        EvaluationPlan.Key key = new EvaluationPlan.Key(ids, excludedFiles, undecidedFiles, asOf);
        EvaluationPlan plan = plans.get(key);
        if (plan == null) {
            plan = EvaluationPlan.of(this, applicable, key);
            if (plans.size() < PLANS_KEPT) {
                plans.putIfAbsent(key, plan);
            }
        }
        return plan;
    }

    DrlScopes scopes() {
        return scopes;
    }

    public List<Pack> packs() {
        return packs;
    }

    public Map<String, RuleMeta> rules() {
        return rules;
    }

    Pack packOfDrlPackage(String drlPackage) {
        return packByDrlPackage.get(drlPackage);
    }

    /** The table facts of these packs, each table once (see {@link SessionTables}). */
    List<Object> tableFacts(Set<String> packIds) {
        return tables.factsFor(packIds);
    }

    /** The DRL package a pack's files must declare: {@code safegrade.<id with '-' as '_'>}. */
    public static String drlPackageOf(String packId) {
        return "safegrade." + packId.replace('-', '_');
    }

    private static String key(List<Pack> packs) {
        StringBuilder b = new StringBuilder();
        packs.forEach(p -> b.append(p.id()).append('@').append(p.digest()).append(';'));
        return b.toString();
    }

    private static CompiledPacks compile(List<Pack> packs, String key, boolean usePrecompiled) {
        Map<String, RuleMeta> rules = new LinkedHashMap<>();
        Map<String, Pack> byPackage = new LinkedHashMap<>();
        Map<String, FolderPackModel.Source> models = usePrecompiled ? new LinkedHashMap<>() : null;
        boolean precompiled = usePrecompiled;
        for (Pack pack : packs) {
            for (RuleMeta meta : pack.rules().values()) {
                RuleMeta clash = rules.putIfAbsent(meta.id(), meta);
                if (clash != null) {
                    throw new PackException(pack.id(), "pack.json", 0, "rule id " + meta.id() + " is also used by pack " + clash.pack());
                }
            }
            byPackage.put(drlPackageOf(pack.id()), pack);
            if (usePrecompiled) {
                Optional<List<String>> built = PrecompiledPacks.modelClasses(pack);
                if (built.isPresent()) {
                    models.put(pack.id(), new FolderPackModel.Source(built.get(), PrecompiledPacks.class.getClassLoader()));
                } else {
                    FolderPackModel.Source source = FolderPackModel.compile(pack);
                    checkRuleNames(pack, PrecompiledPacks.instantiate(pack.id(), source.classes(), source.loader()), rules);
                    models.put(pack.id(), source);
                    precompiled = false;
                }
            }
        }
        // From the executable model, KieBases are made per set of applicable packs, when first needed (cheap: no
        // compilation), so a subject pays only for its packs and start-up builds none it does not use.
        KieBase kieBase = models == null ? compileDrl(packs, key) : null;
        if (kieBase != null) {
            checkRuleNames(kieBase, rules, byPackage); // precompiled packs were checked when their DRL was (tests)
        }
        return new CompiledPacks(List.copyOf(packs), kieBase, models == null ? null : Map.copyOf(models), precompiled, Map.copyOf(rules),
                Map.copyOf(byPackage), new SessionTables(packs));
    }

    /** A rule of a pack compiled now named like an id must be described in its manifest (as {@link #checkRuleNames(KieBase, Map, Map)}). */
    private static void checkRuleNames(Pack pack, List<Model> models, Map<String, RuleMeta> rules) {
        for (Model m : models) {
            for (org.drools.model.Rule r : m.getRules()) {
                if (!Character.isLowerCase(r.getName().charAt(0)) && !rules.containsKey(r.getName())) {
                    throw new PackException(pack.id(), "pack.json", 0,
                            "DRL rule \"" + r.getName() + "\" is not described in pack.json (helper rules have lower-case names)");
                }
            }
        }
    }

    /** Compiles the pack's DRL (classic, nothing run) only to throw its first error, with file and line; returns when it has none. */
    static void drlErrors(Pack pack) {
        compileDrl(List.of(pack), "errors:" + pack.id() + "@" + pack.digest());
    }

    private static KieBase compileDrl(List<Pack> packs, String key) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("dev.safegrade.packs", "set-" + shortHash(key), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String[]> written = new LinkedHashMap<>(); // resource path (as Drools reports it) -> {pack, file}
        packs.forEach(p -> DrlSources.write(p, kfs, written));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Message first = errors.get(0);
            String[] origin = written.getOrDefault(first.getPath(), new String[] {"?", first.getPath()});
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more DRL error(s))" : "";
            throw new PackException(origin[0], origin[1], first.getLine(), "DRL does not compile: " + first.getText().trim() + more);
        }
        try {
            // Drools 10.2.0's JIT of MVEL constraints calls EvaluatorHelper.initOperators with a signature that no
            // longer exists (NoSuchMethodError after 20 evaluations of a constraint with an operator such as
            // str[startsWith] $x; apache/incubator-kie-drools#6711, fixed after 10.2.0): constraints stay interpreted.
            KieBaseConfiguration conf = ks.newKieBaseConfiguration();
            conf.setOption(ConstraintJittingThresholdOption.get(-1));
            return ks.newKieContainer(releaseId).newKieBase(conf);
        } finally {
            // Otherwise every compiled set stays in Drools' global repository.
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** A rule named like an id must be described in its manifest; helper rules have lower-case names. */
    private static void checkRuleNames(KieBase kieBase, Map<String, RuleMeta> rules, Map<String, Pack> byPackage) {
        for (KiePackage kp : kieBase.getKiePackages()) {
            Pack pack = byPackage.get(kp.getName());
            for (Rule r : kp.getRules()) {
                boolean helper = Character.isLowerCase(r.getName().charAt(0));
                if (!helper && !rules.containsKey(r.getName())) {
                    throw new PackException(pack == null ? kp.getName() : pack.id(), "pack.json", 0,
                            "DRL rule \"" + r.getName() + "\" is not described in pack.json (helper rules have lower-case names)");
                }
            }
        }
    }

    private static String shortHash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
