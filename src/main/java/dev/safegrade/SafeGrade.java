package dev.safegrade;

import dev.safegrade.internal.engine.CompiledPacks;
import dev.safegrade.internal.engine.Evaluator;
import dev.safegrade.internal.engine.NoApplicablePack;
import dev.safegrade.internal.engine.ParkMembers;
import dev.safegrade.internal.engine.WaiverChecks;
import dev.safegrade.internal.engine.Waiving;
import dev.safegrade.internal.facts.RuleReferences;
import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import dev.safegrade.internal.packs.PackTrust;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entry point: facts in, report out.
 *
 * <pre>{@code
 * SafeGrade safeGrade = SafeGrade.builder().build();          // all shipped packs, compiled once
 * Report report = safeGrade.evaluate(Path.of("enterprise.json"));
 * System.out.println(report.toJson());
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: the compiled rules are shared (also between instances with
 * the same packs), and each evaluation runs in its own session.
 */
public final class SafeGrade {
    public static final String DEFAULT_PROFILE = "national";

    private final List<Pack> packs;
    /** Every pack there was to choose from, when the caller chose some by id (to say which would apply); else null. */
    private final List<Pack> choosableIfChosen;
    private final CompiledPacks compiled;
    private final String profile;
    private final LocalDate asOf;
    private final boolean strict;
    private final Set<String> profiles;
    private final Set<String> ruleIds; // of every loaded pack, chosen or not: the ids a document may name
    private final List<Waiver> waivers;

    private SafeGrade(Builder b) {
        List<Pack> available = PackLoader.available(b.includeShipped, b.packDirectories, new PackTrust(b.trustPacks, b.pinned));
        this.packs = PackLoader.select(available, b.packIds);
        this.choosableIfChosen = b.packIds.isEmpty() ? null : available;
        this.ruleIds = RuleReferences.idsOf(available);
        this.compiled = CompiledPacks.of(packs);
        this.asOf = b.asOf;
        this.strict = b.strict;
        Set<String> known = new TreeSet<>();
        known.add(DEFAULT_PROFILE);
        packs.forEach(p -> known.addAll(p.manifest().profiles()));
        this.profiles = Set.copyOf(known);
        if (b.profile != null && !profiles.contains(b.profile)) {
            throw new IllegalArgumentException("unknown profile '" + b.profile + "' (known: " + String.join(", ", known) + ")");
        }
        this.profile = b.profile;
        List<WaiverChecks.Problem> problems = WaiverChecks.check(b.waivers.list(), compiled.rules());
        if (!problems.isEmpty()) {
            throw new InvalidWaiversException(problems.stream().map(b.waivers::locate).toList());
        }
        this.waivers = b.waivers.list();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The version of this library, as it appears in reports. */
    public static String version() {
        return VersionHolder.VERSION;
    }

    /** The packs this instance evaluates with. */
    public List<PackInfo> packs() {
        return packs.stream().map(Pack::info).toList();
    }

    /** The profiles the packs know; {@code national} always. */
    public Set<String> profiles() {
        return profiles;
    }

    public Report evaluate(Path file) {
        return evaluate(FactDocument.parse(file));
    }

    public Report evaluate(InputStream in, String source) {
        return evaluate(FactDocument.parse(in, source));
    }

    /**
     * Evaluates one document.
     *
     * @throws InvalidFactsException when the document has no {@code asOf} and none was given, names an unknown
     *                               profile, names a rule id (a register entry's or an observation's {@code item})
     *                               that no loaded pack has, is a subject none of the packs chosen with
     *                               {@link Builder#packs} applies to (the problem names the packs that would), or
     *                               (in strict mode) leaves a rule without the facts it needs
     */
    public Report evaluate(FactDocument document) {
        Objects.requireNonNull(document, "document");
        if (choosableIfChosen != null) {
            InputProblem none = NoApplicablePack.problem(packs, choosableIfChosen, document.parsed());
            if (none != null) {
                throw new InvalidFactsException(InvalidFactsException.Kind.NOT_EVALUABLE, List.of(none));
            }
        }
        return evaluate(document, asOf);
    }

    private Report evaluate(FactDocument document, LocalDate asOfOverride) {
        Objects.requireNonNull(document, "document");
        RuleReferences.check(document.parsed(), ruleIds);
        LocalDate day = asOfOverride != null ? asOfOverride : document.asOf().orElseThrow(() -> new InvalidFactsException(InvalidFactsException.Kind.NOT_EVALUABLE, List.of(
                new InputProblem(document.source(), 0, 0, "/asOf", "the date the facts describe (asOf), in the document or given by the caller",
                        "none"))));
        String p = profile != null ? profile : document.profile().orElse(DEFAULT_PROFILE);
        if (!profiles.contains(p)) {
            throw new InvalidFactsException(InvalidFactsException.Kind.NOT_EVALUABLE, List.of(new InputProblem(document.source(), 0, 0, "/profile",
                    "one of the profiles " + new TreeSet<>(profiles), "\"" + p + "\"")));
        }
        Report report = Waiving.apply(Evaluator.evaluate(compiled, document.parsed(), day, p, version()), waivers);
        if (strict && !report.notEvaluated().isEmpty()) {
            List<InputProblem> problems = new ArrayList<>();
            for (NotEvaluated n : report.notEvaluated()) {
                for (String missing : n.missing()) {
                    // The key may be there and still not decide the rule (observations, but none of its item).
                    String found = document.parsed().tree().at(missing).isMissingNode() ? "no such key" : "nothing there that decides it";
                    problems.add(new InputProblem(document.source(), 0, 0, missing, "a value (strict mode; rule " + n.ruleId() + " needs it)",
                            found));
                }
            }
            throw new InvalidFactsException(InvalidFactsException.Kind.INCOMPLETE, problems);
        }
        return report;
    }

    /**
     * Evaluates a park file together with the member enterprises it lists ({@code park.members}, paths relative
     * to the park file). The park's report gains {@code grades.parkMembers}.
     *
     * @throws InvalidFactsException when the park or a member file is invalid (the problem names that file)
     */
    public Report evaluatePark(Path parkFile) {
        FactDocument park = FactDocument.parse(parkFile);
        return evaluatePark(park, park.members(parkFile.getParent()));
    }

    /**
     * Evaluates a park together with its member enterprises, each for the park's {@code asOf}; the park's report
     * gains {@code grades.parkMembers}: the members counted by overall colour, those with an open 重大事故隐患 (an open
     * major register entry or a fired 重大事故隐患 criteria item: a rule of kind {@code major-accident-hazard}) and those
     * without 安责险 ({@code required} by the high-risk-industry table of a park pack, null when none of the park's packs
     * has one).
     */
    public Report evaluatePark(FactDocument park, List<FactDocument> members) {
        if (!"park".equals(park.subjectKind())) {
            throw new InvalidFactsException(InvalidFactsException.Kind.NOT_EVALUABLE,
                    List.of(new InputProblem(park.source(), 0, 0, "", "a park fact document", "an enterprise")));
        }
        Report parkReport = evaluate(park);
        List<ParkMembers.Member> evaluated = new ArrayList<>();
        for (FactDocument m : members) {
            if (!"enterprise".equals(m.subjectKind())) {
                throw new InvalidFactsException(InvalidFactsException.Kind.INVALID_MEMBER,
                        List.of(new InputProblem(m.source(), 0, 0, "", "a member enterprise's fact document", "a park")));
            }
            Report r = evaluate(m, parkReport.asOf());
            evaluated.add(new ParkMembers.Member(m.parsed().model().getEnterprise(), r));
        }
        Set<String> parkPacks = new TreeSet<>();
        parkReport.packs().forEach(p -> parkPacks.add(p.id()));
        Set<String> insuranceRequired = ParkMembers.insuranceRequired(packs.stream().filter(p -> parkPacks.contains(p.id())).toList());
        return Evaluator.withGrade(parkReport, "parkMembers", ParkMembers.summarise(evaluated, parkReport.asOf(),
                id -> compiled.rules().containsKey(id) && compiled.rules().get(id).majorAccidentHazard(), insuranceRequired));
    }

    /** Chooses packs, profile, an {@code asOf} override and strictness (the language is chosen per text: {@link Report#toText(Language)}). */
    public static final class Builder {
        private final Set<String> packIds = new LinkedHashSet<>();
        private final List<Path> packDirectories = new ArrayList<>();
        private boolean includeShipped = true;
        private boolean trustPacks;
        private final java.util.Map<String, String> pinned = new java.util.LinkedHashMap<>();
        private String profile;
        private LocalDate asOf;
        private boolean strict;
        private Waivers waivers = Waivers.none();

        private Builder() {
        }

        /**
         * Evaluate with only these packs (by id); all available packs when never called. A document none of them applies
         * to is refused by {@link SafeGrade#evaluate(FactDocument)} rather than given an empty report.
         */
        public Builder packs(String... ids) {
            packIds.addAll(List.of(ids));
            return this;
        }

        /**
         * Also load the packs in this folder; a pack there replaces a shipped pack of the same id. Its rules are code that
         * runs in this process, so {@link #build()} refuses them unless trusted: {@link #trustPacks()}, or each pinned
         * by {@link #packDigest}.
         */
        public Builder packDirectory(Path dir) {
            packDirectories.add(Objects.requireNonNull(dir));
            return this;
        }

        /**
         * Run the rules of every {@link #packDirectory} pack (trusting who wrote them). Trusted or not, a folder pack's
         * compiled rules are checked against an allow-list (no file, network, process, reflection, thread or clock) and its
         * tables as {@code safegrade packs lint} checks them; see the README, "What a pack can do".
         */
        public Builder trustPacks() {
            trustPacks = true;
            return this;
        }

        /**
         * Run the {@link #packDirectory} pack with this id only when its content has this digest ({@code sha256:…}, as
         * {@link PackInfo#digest()} and reports' {@code packs[].digest} give it): a pack reviewed once and pinned.
         */
        public Builder packDigest(String packId, String digest) {
            pinned.put(Objects.requireNonNull(packId), Objects.requireNonNull(digest));
            return this;
        }

        /** Leave out the packs shipped in the jar (use only {@link #packDirectory} packs). */
        public Builder withoutShippedPacks() {
            includeShipped = false;
            return this;
        }

        /** The profile for every document, overriding the document's own. */
        public Builder profile(String profile) {
            this.profile = Objects.requireNonNull(profile);
            return this;
        }

        /**
         * The date to apply the rules for, overriding the document's {@code asOf}: a day of the years 0001–9999, as
         * report-v1 writes dates (YYYY-MM-DD), like the facts' own {@code asOf}.
         *
         * @throws IllegalArgumentException for a day outside those years
         */
        public Builder asOf(LocalDate asOf) {
            Objects.requireNonNull(asOf);
            if (asOf.getYear() < 1 || asOf.getYear() > 9999) {
                throw new IllegalArgumentException("asOf must be a day of the years 0001-9999 (report-v1 writes YYYY-MM-DD), found " + asOf);
            }
            this.asOf = asOf;
            return this;
        }

        /** Treat any rule left without its facts as an input error. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Accept, on the record, the findings these waivers cover (see {@link Waiver}): they are reported under
         * {@link Report#waived()}, and a waiver that waived nothing under {@link Report#waiverNotices()}.
         */
        public Builder waivers(Waivers waivers) {
            this.waivers = Objects.requireNonNull(waivers);
            return this;
        }

        /**
         * Loads and compiles the packs (once per distinct set of pack contents in this JVM).
         *
         * @throws PackException            when a pack is incomplete, its DRL does not compile, a pack folder is not
         *                                  trusted, or its compiled rules or tables are refused
         * @throws IllegalArgumentException for an unknown pack id or profile
         * @throws InvalidWaiversException  when a waiver names a rule no loaded pack has, or one that may not be waived
         */
        public SafeGrade build() {
            return new SafeGrade(this);
        }
    }

    private static final class VersionHolder {
        static final String VERSION = load();

        private static String load() {
            try (InputStream in = SafeGrade.class.getClassLoader().getResourceAsStream("safegrade/version.properties")) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(in);
                }
                return p.getProperty("version", "0.0.0-dev");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
