package io.inpact.spa.pages.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void shouldDropBlanksAndTrimWhenSplitting() {
        assertEquals(List.of("United States", "Germany"), Lists.split(" United States ,, Germany ,"));
        assertEquals(List.of(), Lists.split(""));
        assertEquals(List.of(), Lists.split(null));
    }

    @Test
    void shouldRoundTripWhenJoinedThenSplit() {
        List<String> niches = List.of("TECH", "GAMING");

        assertEquals(niches, Lists.split(Lists.join(niches)));
        assertEquals("TECH,GAMING", Lists.join(niches));
    }
}
