package dev.safegrade.internal.engine;

import dev.safegrade.internal.packs.Pack;
import dev.safegrade.internal.packs.PackLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;

/**
 * Build step: compiles each pack under {@code <classes>/safegrade/packs} to Drools' executable model and writes
 * the generated classes into {@code <classes>}, with an index {@code safegrade/precompiled/<pack>.properties}
 * (the pack digest it was built from and the model class names). At run time {@link PrecompiledPacks} loads
 * them instead of compiling DRL, as long as the digest still matches.
 *
 * <p>Run by the build (exec-maven-plugin, process-classes); needs drools-model-codegen, which is not shipped.
 */
public final class Precompiler {
    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path index = classes.resolve(PrecompiledPacks.INDEX_DIR);
        Files.createDirectories(index);
        long start = System.nanoTime();
        List<Pack> packs = PackLoader.fromDirectory(classes.resolve("safegrade/packs"));
        for (Pack pack : packs) {
            List<String> models = precompile(pack, classes);
            // Written by hand, not Properties.store: no timestamp, so the build is reproducible.
            Files.writeString(index.resolve(pack.id() + ".properties"), "# executable model of pack " + pack.id() + ", made by the build\n"
                    + "digest=" + pack.digest() + "\nmodels=" + String.join(",", models) + "\n");
        }
        System.out.printf("precompiled %d rule packs to the executable model in %d ms%n", packs.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private static List<String> precompile(Pack pack, Path classes) throws IOException {
        // A class left from an earlier build would clash with a type the DRL now declares differently.
        deleteTree(classes.resolve(CompiledPacks.drlPackageOf(pack.id()).replace('.', '/')));
        KieServices ks = KieServices.get();
        var kfs = ks.newKieFileSystem();
        var releaseId = ks.newReleaseId("dev.safegrade.packs", pack.id(), pack.manifest().version());
        kfs.generateAndWritePomXML(releaseId);
        DrlSources.write(pack, kfs);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("pack " + pack.id() + " does not compile to the executable model: " + errors);
        }
        byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        List<String> models = new ArrayList<>();
        java.util.Map<String, byte[]> generated = new java.util.TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().endsWith("/drools-model")) {
                    models.addAll(modelNames(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
                } else if (e.getName().endsWith(".class") && !e.getName().startsWith("org/drools/project/")) {
                    generated.put(e.getName().substring(0, e.getName().length() - ".class".length()), bytes);
                }
            }
        }
        // The shipped packs are held to the allow-list a pack folder is held to at run time.
        List<CodeCheck.Refusal> refused = CodeCheck.check(generated);
        if (!refused.isEmpty()) {
            throw FolderPackModel.refusal(pack, refused);
        }
        for (java.util.Map.Entry<String, byte[]> c : generated.entrySet()) {
            Path target = classes.resolve(c.getKey() + ".class");
            Files.createDirectories(target.getParent());
            Files.write(target, c.getValue());
        }
        return models;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The drools-model file lists the model classes, one per line, after a version line. */
    private static List<String> modelNames(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.contains(":")).toList();
    }
}
