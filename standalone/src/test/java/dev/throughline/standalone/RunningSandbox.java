package dev.throughline.standalone;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/** A sandbox on a free port with a fresh embedded database and the seeded users, for one test class. */
final class RunningSandbox implements BeforeAllCallback, AfterAllCallback {

    private final boolean demo;
    private Path directory;
    private SandboxApp app;

    RunningSandbox(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        directory = Files.createTempDirectory("throughline-sandbox-test");
        app = SandboxApp.start(new SandboxOptions(0, directory, null, null, null, demo), Clock.systemDefaultZone());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            app.close();
        } finally {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not remove " + directory, e);
            }
        }
    }

    SandboxApp app() {
        return app;
    }

    SandboxClient client() {
        return new SandboxClient(app.uri());
    }

    SandboxClient as(String user) throws Exception {
        return client().signIn(user);
    }
}
