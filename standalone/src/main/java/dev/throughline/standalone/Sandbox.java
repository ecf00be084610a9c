package dev.throughline.standalone;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar throughline-sandbox.jar [--demo] [--port N] [--data-dir DIR | --jdbc-url URL]}. */
public final class Sandbox {

    private Sandbox() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        if (arguments.contains("--help")) {
            System.out.println(SandboxOptions.USAGE);
            return;
        }
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SandboxApp app = SandboxApp.start(options, Clock.systemDefaultZone());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e);
            }
        }, "throughline-shutdown"));
        System.out.printf("Throughline sandbox running at %s (data: %s)%n", app.uri(), options.describeData());
        System.out.printf("Sign in as morgan (a manager), alex (a report) or casey (a peer); password: %s%n",
                SandboxApp.PASSWORD);
    }
}
