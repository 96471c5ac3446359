package org.euc.portal.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordElResolverTest {

    record Row(String reference, int entries) {
    }

    private final RecordElResolver resolver = new RecordElResolver();

    @Test
    void readsARecordsComponentsAsPropertiesAndSaysItResolvedThem() {
        ELContext context = context();
        assertEquals("EUC-2026-000001", resolver.getValue(context, new Row("EUC-2026-000001", 3), "reference"));
        assertTrue(context.isPropertyResolved());
        ELContext again = context();
        assertEquals(3, resolver.getValue(again, new Row("EUC-2026-000002", 3), "entries"), "the same class, read again");
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void leavesUnknownComponentsAndOtherObjectsToTheNextResolver() {
        ELContext context = context();
        assertNull(resolver.getValue(context, new Row("x", 1), "status"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void recordsAreReadOnly() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Row("x", 1), "reference"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Row("x", 1), "reference", "y"));
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
