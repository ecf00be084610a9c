package dev.throughline.core.session;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimeBoxTest {

    @ParameterizedTest
    @CsvSource({
            "0, FAR_UNDER", "2, FAR_UNDER", "3, UNDER", "4, UNDER", "5, WITHIN", "10, WITHIN",
            "11, OVER", "15, OVER", "16, FAR_OVER", "60, FAR_OVER"})
    void fiveToTenMinuteBox(int minutes, TimeBox.Fit expected) {
        assertEquals(expected, new TimeBox(5, 10).assess(minutes));
    }

    @ParameterizedTest
    @CsvSource({"4, FAR_UNDER", "5, UNDER", "10, WITHIN", "15, WITHIN", "22, OVER", "23, FAR_OVER"})
    void tenToFifteenMinuteBox(int minutes, TimeBox.Fit expected) {
        assertEquals(expected, Segment.DEVELOPMENT_THREAD.timeBox().assess(minutes));
    }
}
