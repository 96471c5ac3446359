package org.euc.portal.common.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lets pages read record components as properties ({@code #{row.reference}}). Jakarta EL 6
 * (Jakarta EE 11) does this itself; WildFly 39 runs EL 5, whose bean resolver only knows getters.
 * Records are read-only, so is this resolver.
 *
 * <p>A record's accessors are looked up once per class: {@link Class#getRecordComponents()} is a
 * native call that copies its answer, and a 50-row table asks for a component thousands of times
 * per page — the benchmark found most request threads of the ledger page inside it.
 */
public class RecordElResolver extends ELResolver {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> record) {
            return Arrays.stream(record.getRecordComponents())
                    .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Optional<Method> accessor = component(base, property);
        if (accessor.isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.get().invoke(base);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (component(base, property).isEmpty()) {
            return null;
        }
        context.setPropertyResolved(base, property);
        // read-only: the spec asks for null when nothing can be written
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property).isPresent()) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + " is a record: read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property).isPresent()) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    /** The accessor of the record component the property names; empty when base is no record or has none. */
    private static Optional<Method> component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ACCESSORS.get(base.getClass()).get(property.toString()));
    }
}
