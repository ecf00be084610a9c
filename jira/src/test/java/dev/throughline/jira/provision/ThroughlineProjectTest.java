package dev.throughline.jira.provision;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The chosen project is read from SAL's global settings; anything but a key there means none is chosen. */
class ThroughlineProjectTest {

    static Stream<Arguments> stored() {
        return Stream.of(
                Arguments.of("ONE", Optional.of("ONE")),
                Arguments.of(" ONE\n", Optional.of("ONE")),
                Arguments.of(null, Optional.empty()),
                Arguments.of("", Optional.empty()),
                Arguments.of("   ", Optional.empty()),
                Arguments.of(java.util.List.of("ONE"), Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("stored")
    void theKeyIsWhatTheSettingsHold(Object stored, Optional<String> key) {
        PluginSettingsFactory factory = mock(PluginSettingsFactory.class);
        PluginSettings settings = mock(PluginSettings.class);
        when(factory.createGlobalSettings()).thenReturn(settings);
        when(settings.get("dev.throughline.jira:project")).thenReturn(stored);

        assertEquals(key, new ThroughlineProject(factory).key());
    }
}
