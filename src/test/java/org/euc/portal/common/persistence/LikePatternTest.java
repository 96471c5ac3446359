package org.euc.portal.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsTypedByAUserMatchOnlyThemselves() {
        assertEquals("EUC-2026-00\\_1\\%\\\\%", LikePattern.startingWith("EUC-2026-00_1%\\"));
        assertEquals("%a\\%b%", LikePattern.containing("a%b"));
    }
}
