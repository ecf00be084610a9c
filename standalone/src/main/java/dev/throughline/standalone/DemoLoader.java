package dev.throughline.standalone;

import dev.throughline.core.store.OneOnOneStore;
import dev.throughline.standalone.demo.DemoData;

import java.time.Clock;

/** {@code --demo}: the demo team, loaded once into an empty database. */
final class DemoLoader {

    private DemoLoader() {
    }

    static void load(OneOnOneStore store, Clock clock) {
        new DemoData(store, clock).load();
    }
}
