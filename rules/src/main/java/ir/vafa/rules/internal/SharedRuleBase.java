package ir.vafa.rules.internal;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The one rule base of the standard kinds, compiled with the executable model when the engine starts. */
public final class SharedRuleBase {

    static final String DRL = "ir/vafa/rules/internal/standard-kinds.drl";

    private final KieBase kieBase;
    private final ReleaseId releaseId;

    private SharedRuleBase(KieBase kieBase, ReleaseId releaseId) {
        this.kieBase = kieBase;
        this.releaseId = releaseId;
    }

    public static SharedRuleBase compile() {
        ClassLoader loader = SharedRuleBase.class.getClassLoader();
        KieServices ks = KieServices.Factory.get();
        // Unique per engine so that two engines in one JVM (tests) never share or overwrite a module.
        ReleaseId releaseId = ks.newReleaseId("ir.vafa.rules", "standard-kinds", "1.0.0-" + UUID.randomUUID());
        KieFileSystem files = ks.newKieFileSystem()
                .generateAndWritePomXML(releaseId)
                .write("src/main/resources/" + DRL, read(loader));
        KieBuilder builder = ks.newKieBuilder(files, loader).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("standard rule kinds do not compile: " + builder.getResults().getMessages());
        }
        try {
            return new SharedRuleBase(ks.newKieContainer(releaseId, loader).getKieBase(), releaseId);
        } finally {
            // The container holds what it needs; the global repository would otherwise keep every module forever.
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    ReleaseId releaseId() {
        return releaseId;
    }

    private static String read(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(DRL)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DRL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
